// The user's answers to a kind's prompts, found in an entry's Markdown by the kind's own texts, in
// English or German: a free section's answer is the text under its `## ` heading (up to the next
// heading), a structured item's is what follows `- <label>:` on its line. Recognition is by text, as
// the tagger's scaffolding is (scaffoldLines.ts): sections may be moved or reordered. Drafted blocks
// are not the user's answers and are skipped; so are front matter and fenced code. Labels earlier
// templates wrote (kinds.ts LEGACY_LABELS) are read as the item they were. Linear.
import { atxHeading, bodyLines } from '../reflect/markdownLines';
import { blankDrafted } from './drafted';
import { LEGACY_LABELS, type EntryKind } from './kinds';
import { isScaffoldedLine, normalisePromptText } from './scaffoldLines';

export interface Answer {
  /** The answer, whitespace collapsed; never empty (an unanswered prompt has no answer). */
  readonly text: string;
  /** Zero-based line of its heading or labelled item. */
  readonly line: number;
}

/** The kind's texts in every language given, each mapped to its section or item id. */
function textsOf(kinds: readonly Pick<EntryKind, 'sections'>[]): { readonly headings: Map<string, string>; readonly labels: Map<string, string> } {
  const headings = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const kind of kinds) {
    for (const section of kind.sections) {
      if (section.items) {
        for (const item of section.items) {
          labels.set(normalisePromptText(item.label), item.id);
          // An entry made with an earlier template's label is still answered (kinds.ts LEGACY_LABELS).
          for (const legacy of LEGACY_LABELS[item.id] ?? []) {
            labels.set(normalisePromptText(legacy), item.id);
          }
        }
      } else {
        headings.set(normalisePromptText(section.heading), section.id);
      }
    }
  }
  return { headings, labels };
}

const LABELLED = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?([^:\n]{1,120}):(.*)$/;

/**
 * The first answer to each of the kinds' prompts (`kinds`: the same kind in each language the entry
 * may be written in), keyed by section or item id. A prompt answered twice keeps its first answer.
 */
export function readAnswers(text: string, kinds: readonly Pick<EntryKind, 'sections'>[]): Map<string, Answer> {
  const { headings, labels } = textsOf(kinds);
  const answers = new Map<string, Answer>();
  let section: { readonly id: string; readonly line: number; readonly words: string[] } | undefined;
  const close = (): void => {
    if (section && !answers.has(section.id)) {
      const answer = section.words.join(' ').replace(/\s+/g, ' ').trim();
      if (answer !== '') {
        answers.set(section.id, { text: answer, line: section.line });
      }
    }
    section = undefined;
  };
  for (const { text: lineText, line } of bodyLines(blankDrafted(text))) {
    const heading = atxHeading(lineText);
    if (heading) {
      close();
      const id = headings.get(normalisePromptText(heading.text));
      section = id === undefined ? undefined : { id, line, words: [] };
      continue;
    }
    const item = LABELLED.exec(lineText);
    const itemId = item ? labels.get(normalisePromptText(item[1] ?? '')) : undefined;
    if (item && itemId !== undefined) {
      const answer = (item[2] ?? '').replace(/\s+/g, ' ').trim();
      if (answer !== '' && !answers.has(itemId)) {
        answers.set(itemId, { text: answer, line });
      }
      continue;
    }
    if (section && lineText.trim() !== '' && !isScaffoldedLine(lineText)) {
      section.words.push(lineText.trim());
    }
  }
  close();
  return answers;
}
