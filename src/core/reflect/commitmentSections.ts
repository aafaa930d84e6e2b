// The sections of an entry whose items are promises, and which of their labelled answers are mine
// and which are the other person's. Built from the kind tables in English and German (by section and
// item id, so rewording a label in kinds.ts or germanKinds.ts is followed here) plus a few headings
// any entry may use, and a review's own in both languages (its *Start* and its list of open ones).
import { GERMAN_ENTRY_KINDS } from '../entries/germanKinds';
import { ENTRY_KINDS, type EntryKind, type EntryKindId } from '../entries/kinds';
import { CONTENT_LANGUAGES } from '../locale/contentLanguage';
import { SCAFFOLD_WORDS } from './reviewScaffoldWords';

/** Headings that hold commitments in any entry (compared after {@link headingKey}). */
export const COMMITMENT_HEADINGS: readonly string[] = [...new Set([
  'Next', 'Start', 'Next time', 'Next steps', 'Commitments',
  ...CONTENT_LANGUAGES.flatMap((language) => [SCAFFOLD_WORDS[language].startHeading, SCAFFOLD_WORDS[language].commitmentsHeading]),
])];

/**
 * The built-in templates' sections whose task items are commitments, and the structured items whose
 * answer is one: mine (`item`) or the other person's (`theirs`).
 */
const TEMPLATE_SECTIONS: readonly { readonly kind: EntryKindId; readonly section: string; readonly item?: string; readonly theirs?: string }[] = [
  { kind: 'daily', section: 'daily.close', item: 'daily.close.commitment' },
  { kind: 'weekly-review', section: 'weekly-review.next' },
  { kind: 'one-on-one', section: 'one-on-one.agreements', item: 'one-on-one.agreements.i-will', theirs: 'one-on-one.agreements.they-will' },
  { kind: 'decision', section: 'decision.follow-through' },
  { kind: 'after-action', section: 'after-action.next-time' },
  { kind: 'start-stop-continue', section: 'start-stop-continue.act', item: 'start-stop-continue.act.change' },
  { kind: 'situational', section: 'situational.next' },
  { kind: 'trap-check', section: 'trap-check.counter-move', item: 'trap-check.counter-move.counter-move' },
];

/** The labels (lower case) of a commitment section's answered items that are promises, by whose they are. */
export interface SectionLabels {
  readonly mine: ReadonlySet<string>;
  readonly theirs: ReadonlySet<string>;
}

/** Heading text for comparison: emphasis and a trailing colon dropped, whitespace collapsed, lower case. */
export function headingKey(text: string): string {
  return text.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().replace(/:$/, '').trim().toLowerCase();
}

function buildHeadings(languages: readonly (readonly EntryKind[])[]): ReadonlyMap<string, SectionLabels> {
  const headings = new Map<string, { mine: Set<string>; theirs: Set<string> }>(
    COMMITMENT_HEADINGS.map((heading) => [headingKey(heading), { mine: new Set<string>(), theirs: new Set<string>() }]),
  );
  for (const kinds of languages) {
    for (const source of TEMPLATE_SECTIONS) {
      const section = kinds.find((kind) => kind.id === source.kind)?.sections.find((candidate) => candidate.id === source.section);
      if (!section) {
        continue; // A removed section stops counting; a unit test keeps this list in step with kinds.ts.
      }
      const labels = headings.get(headingKey(section.heading)) ?? { mine: new Set<string>(), theirs: new Set<string>() };
      for (const item of section.items ?? []) {
        if (item.id === source.item) {
          labels.mine.add(item.label.toLowerCase());
        } else if (item.id === source.theirs) {
          labels.theirs.add(item.label.toLowerCase());
        }
      }
      headings.set(headingKey(section.heading), labels);
    }
  }
  return headings;
}

const HEADINGS = buildHeadings([ENTRY_KINDS, GERMAN_ENTRY_KINDS]);

/** The longest key, plus the trailing colon {@link headingKey} drops. */
const LONGEST_KEY = Math.max(...[...HEADINGS.keys()].map((key) => key.length)) + 1;

/** The characters `\s` matches: whitespace, which {@link headingKey} collapses. */
function isSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * True when `text` cannot be a commitment heading because it keeps more characters than the longest
 * key has: every character but whitespace and emphasis stays in the key (lower case never shortens
 * one). Read without copying, so a long heading costs one pass and no new strings.
 */
function longerThanAnyKey(text: string): boolean {
  let kept = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x2a && code !== 0x5f && !isSpace(code) && ++kept > LONGEST_KEY) {
      return true;
    }
  }
  return false;
}

/** The labels of the commitment section `text` (a heading's text) opens, or undefined for any other heading. */
export function commitmentSection(text: string): SectionLabels | undefined {
  return longerThanAnyKey(text) ? undefined : HEADINGS.get(headingKey(text));
}

/** Whether `text` (a heading's text) opens a commitment section. */
export function isCommitmentHeading(text: string): boolean {
  return commitmentSection(text) !== undefined;
}
