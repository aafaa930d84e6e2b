// An entry's facts (reflect/entryFacts.ts) as plain data: the empty value, and the check of what
// comes back from storage or another thread. Apart from indexItem.ts, which makes facts (and loads
// the front-matter reader and its YAML library to do it), because the catalogue and its persisted
// form need only these two.
import type { EntryFacts } from '../reflect/entryFacts';

export const NO_FACTS: EntryFacts = { commitments: [], mentions: [], answers: {} };

function isNonNegativeInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Whether `value` is exactly the shape of {@link EntryFacts} (plain data, right types). */
export function isEntryFacts(value: unknown): value is EntryFacts {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { commitments, mentions, answers } = value as Record<string, unknown>;
  return typeof answers === 'object' && answers !== null && !Array.isArray(answers)
    && Object.values(answers).every((answer) => typeof answer === 'string')
    && Array.isArray(mentions) && mentions.every((name) => typeof name === 'string' && name !== '')
    && Array.isArray(commitments) && commitments.every((item: unknown) => {
      if (typeof item !== 'object' || item === null) {
        return false;
      }
      const { text, done, line, key } = item as Record<string, unknown>;
      return typeof text === 'string' && typeof done === 'boolean' && isNonNegativeInteger(line) && typeof key === 'string';
    });
}
