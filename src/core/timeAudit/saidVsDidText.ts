// The said-vs-did sentence, in English or German: which way writing and calendar part, by how much,
// where the calendar's time went, and the week they parted most. Under ten points apart they are said
// to agree. Built-in categories are named in the sentence's language; a user's own by its label.
import { percent } from '../text/format';
import type { CategoryDefinition } from './categoryRules';
import type { SaidVsDid } from './saidVsDid';

export type SentenceLanguage = 'en' | 'de';

/** A gap smaller than this (in share points, 0–1) is read as agreement. */
export const AGREEMENT_GAP = 0.1;

const LABELS: Record<SentenceLanguage, Readonly<Record<string, string>>> = {
  en: {
    'one-on-one': '1:1s', team: 'team meetings', 'all-hands': 'all-hands meetings', external: 'external meetings',
    hiring: 'hiring', planning: 'planning, reviews and status', coaching: 'coaching and mentoring', focus: 'focus time', other: 'other events',
  },
  de: {
    'one-on-one': 'Einzelgespräche', team: 'Teammeetings', 'all-hands': 'Versammlungen aller Mitarbeitenden', external: 'externe Termine',
    hiring: 'Einstellungen', planning: 'Planung, Reviews und Status', coaching: 'Coaching und Mentoring', focus: 'Fokuszeit', other: 'sonstige Termine',
  },
};

/** A category's name in a sentence: the built-in name for the language, else the user's label. */
export function categoryName(category: CategoryDefinition, language: SentenceLanguage): string {
  return LABELS[language][category.id] ?? category.label;
}

export function saidVsDidSentence(result: SaidVsDid, language: SentenceLanguage): string {
  const de = language === 'de';
  const { calendarWhy, writingWhy, gap } = result;
  if (calendarWhy === null || writingWhy === null || gap === null) {
    return de
      ? 'Noch nichts zu vergleichen: Es braucht Wochen, in denen du geschrieben hast und dein Kalender Termine auf der Warum- oder Wie-Seite zeigt.'
      : 'Nothing to compare yet: that takes weeks in which you wrote and your calendar has time on the why or the how side.';
  }
  const widest = result.widest && result.widest.gap !== null && Math.abs(result.widest.gap) >= AGREEMENT_GAP
    ? result.widest
    : undefined;
  const widestText = widest && widest.writingWhy !== null && widest.calendarWhy !== null
    ? de
      ? ` Am weitesten auseinander lag ${widest.key}: ${percent(widest.writingWhy, ' ')} Warum im Geschriebenen, ${percent(widest.calendarWhy, ' ')} im Kalender.`
      : ` The gap was widest in ${widest.key}: ${percent(widest.writingWhy, ' ')} why in your writing, ${percent(widest.calendarWhy, ' ')} in your calendar.`
    : '';
  if (Math.abs(gap) < AGREEMENT_GAP) {
    return (de
      ? `Geschriebenes und Kalender stimmen überein: ${percent(writingWhy, ' ')} Warum in deinen Einträgen, ${percent(calendarWhy, ' ')} deiner Kalenderzeit auf der Warum-Seite.`
      : `What you wrote and where your time went agree: ${percent(writingWhy, ' ')} why in your writing, ${percent(calendarWhy, ' ')} of your calendar time on the why side.`) + widestText;
  }
  if (gap > 0) {
    // Wrote more about the why than the calendar gave it.
    const top = result.topHow;
    const where = top
      ? de ? `, am meisten (${percent(top.share, ' ')}) für ${categoryName(top.category, 'de')}` : `, the most (${percent(top.share, ' ')}) to ${categoryName(top.category, 'en')}`
      : '';
    return (de
      ? `Du hast ${writingWhy > 0.5 ? 'vor allem ' : ''}über das Warum geschrieben (${percent(writingWhy, ' ')}), aber ${percent(1 - calendarWhy, ' ')} deiner Kalenderzeit gingen ans Wie${where}.`
      : `You wrote ${writingWhy > 0.5 ? 'mostly ' : ''}about the why (${percent(writingWhy, ' ')}), but ${percent(1 - calendarWhy, ' ')} of your calendar time went to the how${where}.`) + widestText;
  }
  const top = result.topWhy;
  const where = top
    ? de ? `, am meisten (${percent(top.share, ' ')}) für ${categoryName(top.category, 'de')}` : `, the most (${percent(top.share, ' ')}) to ${categoryName(top.category, 'en')}`
    : '';
  return (de
    ? `Dein Kalender gab dem Warum mehr Zeit (${percent(calendarWhy, ' ')}${where}), als dein Schreiben zeigt: ${percent(writingWhy, ' ')} Warum in deinen Einträgen.`
    : `Your calendar gave the why more time (${percent(calendarWhy, ' ')}${where}) than your writing shows: ${percent(writingWhy, ' ')} why in your entries.`) + widestText;
}
