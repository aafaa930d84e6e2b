// What a situational check-in says about a person, for the person page: the task, their competence
// and commitment on it, and the style that fits and the one used — the template's answers
// (entries/entryAnswers.ts), in English or German, as written. Unanswered prompts are left out.
import { readAnswers } from '../entries/entryAnswers';
import { GERMAN_ENTRY_KINDS } from '../entries/germanKinds';
import { entryKind } from '../entries/kinds';

export const CHECK_IN_KIND = 'situational';

export interface CheckInFacts {
  readonly task?: string;
  readonly competence?: string;
  readonly commitment?: string;
  readonly styleFits?: string;
  readonly styleUsed?: string;
}

const KINDS = [entryKind(CHECK_IN_KIND), ...GERMAN_ENTRY_KINDS.filter((kind) => kind.id === CHECK_IN_KIND)];

const FIELDS: readonly [keyof CheckInFacts, string][] = [
  ['task', 'situational.task'],
  ['competence', 'situational.readiness.competence'],
  ['commitment', 'situational.readiness.commitment'],
  ['styleFits', 'situational.style.fits'],
  ['styleUsed', 'situational.style.used'],
];

/** The check-in's answers; an empty object when none is answered. */
export function readCheckIn(text: string): CheckInFacts {
  const answers = readAnswers(text, KINDS);
  const facts: Partial<Record<keyof CheckInFacts, string>> = {};
  for (const [field, id] of FIELDS) {
    const answer = answers.get(id)?.text;
    if (answer !== undefined) {
      facts[field] = answer;
    }
  }
  return facts;
}
