// Revisit Decision: the short entry written beside a decision when it is time to look at it again,
// and the line that links the decision to it, so they are linked both ways. The revisit is filed
// beside the decision (`2026-11-23-decision.md` → `2026-11-23-decision-revisit.md`), dated the day it
// is written, and names the decision's journal path in its front matter (what revisits.ts reads). What
// I decided and what I expected are quoted in a drafted block, so the revisit asks about them without
// counting them as this day's writing.
import { formatIsoDate, type LocalDate } from '../calendar/localDate';
import { DRAFTED_END, DRAFTED_START } from '../entries/drafted';
import { localLongDate, localWeekday } from '../entries/entryPlan';
import { createFrontMatter } from '../entries/frontMatter';
import { GERMAN_REVISIT_TEMPLATE, REVISIT_KIND_ID, REVISIT_TEMPLATE } from '../entries/revisitKind';
import { firstAnswerLocation, type AnswerLocation } from '../entries/scaffoldLines';
import { calendarTemplateVars, renderTemplate } from '../entries/templateText';
import { contentLanguage, type ContentLanguage } from '../locale/contentLanguage';
import { escapeInline, markdownLink, relativeLink } from '../reflect/relativeLink';
import type { DecisionEntry } from './revisits';

interface Words {
  readonly decision: (link: string, date: string) => string;
  readonly decided: string;
  readonly expected: string;
  readonly notWritten: string;
  readonly revisited: (date: string, link: string) => string;
  readonly linkLabel: string;
}

const WORDS: Readonly<Record<ContentLanguage, Words>> = {
  en: {
    decision: (link, date) => `Looking back on ${link}, decided on ${date}.`,
    decided: 'What I decided',
    expected: 'What I expected',
    notWritten: '(not written down)',
    revisited: (date, link) => `Revisited on ${date}: ${link}`,
    linkLabel: 'what happened',
  },
  de: {
    decision: (link, date) => `Rückblick auf ${link}, entschieden am ${date}.`,
    decided: 'Wie ich entschieden habe',
    expected: 'Was ich erwartet habe',
    notWritten: '(nicht festgehalten)',
    revisited: (date, link) => `Zurückgeschaut am ${date}: ${link}`,
    linkLabel: 'was passiert ist',
  },
};

/** Where a decision's revisit is filed: beside it, `-revisit` before `.md`. */
export function revisitPath(decisionPath: string): string {
  return decisionPath.replace(/\.md$/i, '') + '-revisit.md';
}

export interface RevisitPlan {
  readonly path: string;
  readonly text: string;
  readonly cursor: AnswerLocation;
}

/** The revisit entry for `decision`, written on `date`, in the language of `locale`. */
export function planRevisit(decision: DecisionEntry, date: LocalDate, locale?: string): RevisitPlan {
  const language = contentLanguage(locale);
  const words = WORDS[language];
  const template = language === 'de' ? GERMAN_REVISIT_TEMPLATE : REVISIT_TEMPLATE;
  const path = revisitPath(decision.path);
  const body = renderTemplate(template.body, {
    ...calendarTemplateVars(date),
    weekday: localWeekday(date, locale),
    longdate: localLongDate(date, locale),
    person: '',
    prompt: '',
    kind: REVISIT_KIND_ID,
  });
  // The template is the product's own and uses known variables only; a failure would be a bug here.
  const lines = (body.ok ? body.text : template.body).replace(/\n$/, '').split('\n');
  const quoted = [
    DRAFTED_START,
    words.decision(markdownLink(decision.title, path, decision.path), decision.date),
    '',
    `- ${words.decided}: ${decision.facts.choice ? escapeInline(decision.facts.choice) : words.notWritten}`,
    `- ${words.expected}: ${decision.facts.expectation ? escapeInline(decision.facts.expectation) : words.notWritten}`,
    DRAFTED_END,
  ];
  const front = createFrontMatter({ date: formatIsoDate(date), kind: REVISIT_KIND_ID, decision: decision.path });
  const text = `${front}\n${[lines[0] ?? '', '', ...quoted, ...lines.slice(1)].join('\n')}\n`;
  const cursor = firstAnswerLocation(text) ?? { line: 0, character: 0 };
  return { path, text, cursor };
}

/**
 * The decision's text with a drafted line linking to its revisit added at the end, so the two are
 * linked both ways. Unchanged when it already links to that revisit. Line endings follow the entry's.
 */
export function linkDecisionToRevisit(decisionText: string, decisionPath: string, revisit: string, date: LocalDate, locale?: string): string {
  const destination = relativeLink(decisionPath, revisit);
  if (decisionText.includes(`](${destination})`)) {
    return decisionText;
  }
  const words = WORDS[contentLanguage(locale)];
  const eol = decisionText.includes('\r\n') ? '\r\n' : '\n';
  const base = decisionText === '' || decisionText.endsWith('\n') ? decisionText : `${decisionText}${eol}`;
  const line = words.revisited(formatIsoDate(date), `[${words.linkLabel}](${destination})`);
  return `${base}${eol}${[DRAFTED_START, line, DRAFTED_END].join(eol)}${eol}`;
}
