// What a new daily entry can bring back from the journal: yesterday's calendar, when one is imported
// (yesterdayCalendar.ts), the people whose 1:1 is due by their
// cadence (at most three lines, people/oneOnOneNudge.ts), the decisions due to revisit (at most three
// lines, decisions/revisitReminder.ts), the two oldest open commitments, as a
// "Still open" list under the entry's closing (commitment) section, and an "On this day" line linking
// the entries of the same date in earlier months and years. Written in the entry's language.
//
// The commitments are written exactly as they were, as task items, so they keep their key
// (commitments.ts): ticking one in the new entry closes it everywhere. Their age goes on a nested line
// of its own, which is not a commitment.
import { revisitLines } from '../decisions/revisitReminder';
import type { DueRevisit } from '../decisions/revisits';
import { DRAFTED_END, DRAFTED_START } from '../entries/drafted';
import { contentLanguage, type ContentLanguage } from '../locale/contentLanguage';
import { nudgeLines, type OneOnOneNudge } from '../people/oneOnOneNudge';
import { plural, pluralMessage } from '../text/format';
import type { OpenCommitment } from './commitmentTracking';
import { markdownLink } from './relativeLink';
import { yesterdayCalendarLines, type YesterdayCalendar } from './yesterdayCalendar';

export interface RecalledEntry {
  readonly date: string;
  readonly path: string;
  /** Whole months back: 12 for last year. */
  readonly monthsAgo: number;
}

export interface DailyReminders {
  /** The new entry's journal-relative path: links are made relative to it. */
  readonly path: string;
  /** Oldest first; at most {@link STILL_OPEN_SHOWN} are written. */
  readonly stillOpen: readonly OpenCommitment[];
  /** Newest first (earlier years, then earlier months); at most {@link ON_THIS_DAY_SHOWN} are linked. */
  readonly onThisDay: readonly RecalledEntry[];
  /** BCP 47 tag of the entry's language (German for `de`, else English). */
  readonly locale?: string;
  /** The 1:1s due or overdue (oneOnOneNudges), first of the block; absent or empty for none. */
  readonly oneOnOnes?: readonly OneOnOneNudge[];
  /** The decisions due to revisit (dueRevisits), after the 1:1s; absent or empty for none. */
  readonly revisits?: readonly DueRevisit[];
  /** The day before the entry's in the imported calendar, first of the block; absent for none. */
  readonly calendar?: YesterdayCalendar;
}

export const STILL_OPEN_SHOWN = 2;
export const ON_THIS_DAY_SHOWN = 3;

interface Words {
  readonly stillOpen: string;
  readonly onThisDay: string;
  readonly age: (days: number) => string;
  readonly ago: (months: number) => string;
  readonly more: (count: number) => string;
}

const WORDS: Readonly<Record<ContentLanguage, Words>> = {
  en: {
    stillOpen: 'Still open:',
    onThisDay: 'On this day:',
    age: (days) => (days === 0 ? 'open since today' : `open ${plural(days, 'day')}`),
    ago: (months) => {
      if (months % 12 === 0) {
        return months === 12 ? 'a year ago' : `${months / 12} years ago`;
      }
      return pluralMessage(months, 'a month ago', '{0} months ago');
    },
    more: (count) => `and ${count} more`,
  },
  de: {
    stillOpen: 'Noch offen:',
    onThisDay: 'An diesem Tag:',
    age: (days) => (days === 0 ? 'seit heute offen' : `seit ${plural(days, 'Tag', 'Tagen')} offen`),
    ago: (months) => {
      if (months % 12 === 0) {
        return months === 12 ? 'vor einem Jahr' : `vor ${months / 12} Jahren`;
      }
      return pluralMessage(months, 'vor einem Monat', 'vor {0} Monaten');
    },
    more: (count) => `und ${count} weitere`,
  },
};

/** The lines to add (without a trailing newline), or '' when there is nothing to bring back. */
export function dailyReminderText(reminders: DailyReminders): string {
  const words = WORDS[contentLanguage(reminders.locale)];
  const blocks: string[] = [];
  // Yesterday's calendar opens with a sentence, so it may come first.
  const calendar = reminders.calendar ? yesterdayCalendarLines(reminders.calendar, reminders.locale) : [];
  if (calendar.length > 0) {
    blocks.push(calendar.join('\n'));
  }
  // Then the nudges: a list right after the opening comment (or a sentence) cannot run into the entry's own last list.
  const nudges = nudgeLines(reminders.oneOnOnes ?? [], reminders.path, reminders.locale);
  if (nudges.length > 0) {
    blocks.push(nudges.join('\n'));
  }
  const revisits = revisitLines(reminders.revisits ?? [], reminders.path, reminders.locale);
  if (revisits.length > 0) {
    blocks.push(revisits.join('\n'));
  }
  const open = reminders.stillOpen.slice(0, STILL_OPEN_SHOWN);
  if (open.length > 0) {
    const lines = [words.stillOpen, ''];
    for (const commitment of open) {
      lines.push(`- [ ] ${commitment.text}`);
      lines.push(`  - ${words.age(commitment.ageDays)}: ${markdownLink(commitment.firstSeen.date, reminders.path, commitment.firstSeen.path)}`);
    }
    blocks.push(lines.join('\n'));
  }
  const recalled = reminders.onThisDay.filter((entry) => entry.path !== reminders.path);
  if (recalled.length > 0) {
    const links = recalled.slice(0, ON_THIS_DAY_SHOWN).map((entry) => `${markdownLink(entry.date, reminders.path, entry.path)} (${words.ago(entry.monthsAgo)})`);
    const rest = recalled.length - ON_THIS_DAY_SHOWN;
    blocks.push(`${words.onThisDay} ${links.join(', ')}${rest > 0 ? `, ${words.more(rest)}` : ''}`);
  }
  return blocks.join('\n\n');
}

/**
 * `entryText` (a new daily entry, ending in a newline) with the reminders added at its end, after the
 * closing section; unchanged when there is nothing to add. Line endings follow the entry's.
 */
export function withDailyReminders(entryText: string, reminders: DailyReminders): string {
  const added = dailyReminderText(reminders);
  if (added === '') {
    return entryText;
  }
  const eol = entryText.includes('\r\n') ? '\r\n' : '\n';
  const base = entryText.endsWith(eol) ? entryText : `${entryText}${eol}`;
  // An unanswered `- Label: ` item ends the entry; one blank line separates the reminders from it.
  // They are drafted (entries/drafted.ts): not the user's writing, so neither tagged nor read for
  // mentions; the commitments in them still count, so ticking one here closes it.
  const block = [DRAFTED_START, added, DRAFTED_END].join('\n');
  return `${base}${eol}${block.split('\n').join(eol)}${eol}`;
}
