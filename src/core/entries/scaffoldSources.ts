// Where the texts the product scaffolds come from: the prompt packs, the kinds' headings, labels and
// titles (both languages, and the decision revisit), and the review's questions, practices and
// reasons. scaffoldLines.ts reads them through the import `#scaffold-text` (package.json
// "imports"), which is this module — the features and every other bundle carry the kinds and packs
// anyway — except in the tagger's bundles, where scripts/taggerAlias.ts puts scaffoldTextTable.ts in
// its place: the same texts, written out by scripts/generateScaffoldText.ts
// (scaffoldText.generated.ts), so loading the tagger builds no kind or pack. A unit test keeps the
// generated texts what these sources give. (The kinds' questions, which answers.ts reads, are
// kindQuestions.ts, `#kind-questions`, the same way.)
import { ALL_PROMPTS } from '../prompts/packs';
import { GERMAN_PROMPT_PACKS } from '../prompts/germanPacks';
import { REVIEW_SCAFFOLD_LABELS, REVIEW_SCAFFOLD_PARAGRAPHS } from '../reflect/reviewScaffold';
import { normalisePromptText, type ScaffoldPrompts } from './scaffoldLines';
import { GERMAN_ENTRY_KINDS } from './germanKinds';
import { ENTRY_KINDS, LEGACY_LABELS, PROMPT_OF_THE_DAY_HEADING, type EntryKind } from './kinds';
import { GERMAN_REVISIT_TEMPLATE, REVISIT_TEMPLATE } from './revisitKind';
import type { ScaffoldSources } from './scaffoldLines';

/**
 * The English sources: every pack prompt, every kind heading and every structured label (the kinds
 * of New Entry, the decision revisit the product writes, and a review's).
 */
export function englishScaffoldSources(kinds: readonly Pick<EntryKind, 'sections'>[] = [...ENTRY_KINDS, REVISIT_TEMPLATE]): ScaffoldSources {
  const sections = kinds.flatMap((kind) => kind.sections);
  return {
    headings: [
      ...ALL_PROMPTS.map((prompt) => prompt.text),
      ...sections.map((section) => section.heading).filter((heading) => heading !== PROMPT_OF_THE_DAY_HEADING),
    ],
    labels: [
      ...sections.flatMap((section) => section.items ?? []).map((item) => item.label),
      ...Object.values(LEGACY_LABELS).flat(),
      ...REVIEW_SCAFFOLD_LABELS,
    ],
  };
}

/** The German sources: the German packs' prompts, kind headings and structured labels. */
export function germanScaffoldSources(): ScaffoldSources {
  const sections = [...GERMAN_ENTRY_KINDS, GERMAN_REVISIT_TEMPLATE].flatMap((kind) => kind.sections);
  return {
    headings: [
      ...GERMAN_PROMPT_PACKS.flatMap((pack) => pack.prompts.map((prompt) => prompt.text)),
      ...sections.map((section) => section.heading).filter((heading) => heading !== PROMPT_OF_THE_DAY_HEADING),
    ],
    labels: sections.flatMap((section) => section.items ?? []).map((item) => item.label),
  };
}

/** Both languages' sources, English first: what scaffoldLines.ts `isScaffoldedPrompt` recognises. */
export function allScaffoldSources(): ScaffoldSources {
  const sources = [englishScaffoldSources(), germanScaffoldSources()];
  return { headings: sources.flatMap((source) => [...source.headings]), labels: sources.flatMap((source) => [...source.labels]) };
}

/** The headings and labels of both languages, normalised: what scaffoldLines.ts `isScaffoldedPrompt` recognises. */
export function scaffoldPrompts(): ScaffoldPrompts {
  const sources = allScaffoldSources();
  return { headings: new Set(Array.from(sources.headings, normalisePromptText)), labels: new Set(Array.from(sources.labels, normalisePromptText)) };
}

/** Every paragraph a review scaffolds whole (reviewScaffold.ts): what scaffoldLines.ts `isScaffoldedParagraph` recognises. */
export function reviewParagraphs(): readonly string[] {
  return REVIEW_SCAFFOLD_PARAGRAPHS;
}

/** What each template variable can expand to, as a regular-expression fragment. */
const VARIABLE_PATTERNS: Readonly<Record<string, string>> = {
  date: String.raw`\d{4}-\d{2}-\d{2}`,
  week: String.raw`\d{4}-W\d{2}`,
  weekday: String.raw`\p{L}+`,
  // A date written out: "23. November 2026", "November 23, 2026" (day, month name and year).
  longdate: String.raw`(?:\d{1,2}\.? \p{L}+|\p{L}+ \d{1,2},?) \d{4}`,
  person: '.+',
};

function titlePattern(title: string): string {
  return title
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const variable = /^\{\{(\w+)\}\}$/.exec(part);
      return variable ? `(?:${VARIABLE_PATTERNS[variable[1] ?? ''] ?? '.+'})` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
}

/** The source of the expression (flag `u`) for a `# ` title line as any kind's template writes it: scaffoldLines.ts `isScaffoldedTitle`. */
export function scaffoldTitle(): string {
  return `^# (?:${[...ENTRY_KINDS, ...GERMAN_ENTRY_KINDS, REVISIT_TEMPLATE, GERMAN_REVISIT_TEMPLATE].map((kind) => titlePattern(kind.title)).join('|')})\\s*$`;
}
