// The explanation of an entry's tags, as Markdown, for the hover over the tag keys: what the label
// is, the shares, and the sentences and cues behind them. VS Code renders it, so the escapes do not
// show. The Explain Tags panel is drawn from the same reading as data (explanation.ts). Its words
// are handed in (`ExplainWords`, explainWords.ts: the extension's in the display language, English
// by default).
import { labelledByTrap } from './entryLabel';
import { ENGLISH_EXPLAIN_WORDS } from './explainWords';
import type { EntryLabel, FunctionId, SentenceResult, StyleId, TagResult, TrapId } from './types';
import { unclearReason, type UnclearReason } from './unclearReason';

/** Every word of the explanation; text from the entry is escaped before it is handed to these. */
export interface ExplainWords {
  /** `**why** — mostly leading (why): why 72%, how 28% over 5 of 7 sentences.` */
  readonly summary: (label: EntryLabel, leaning: string, why: number, how: number, counted: number, total: number) => string;
  readonly labelMeaning: (label: EntryLabel) => string;
  readonly unclear: (reason: UnclearReason) => string;
  readonly byTrap: string;
  readonly functions: (ids: readonly FunctionId[]) => string;
  readonly style: (id: StyleId) => string;
  readonly sideHeading: (side: 'why' | 'how', sentences: number) => string;
  /** The cue as the tagger wrote it (sentenceCues.ts), in words of the language. */
  readonly cue: (cue: string) => string;
  readonly line: (line: number, cues: string) => string;
  readonly more: (count: number) => string;
  readonly trapsHeading: string;
  readonly trap: (id: TrapId) => string;
  readonly noSentence: string;
}

/** Escapes text from an entry so it shows literally in Markdown (no links, HTML or emphasis). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}

function sentenceLine(sentence: SentenceResult, words: ExplainWords): string {
  const cues = sentence.cues.length > 0 ? ` — ${sentence.cues.map((cue) => escapeMarkdown(words.cue(cue))).join('; ')}` : '';
  return `- ${escapeMarkdown(sentence.text)} ${words.line(sentence.line + 1, cues)}`;
}

/** `limit` caps the sentences listed per side (the hover shows few, the document more). */
export function explainMarkdown(result: TagResult, limit = 5, words: ExplainWords = ENGLISH_EXPLAIN_WORDS): string {
  const lines: string[] = [];
  const reason = unclearReason(result);
  const leaning = result.label === 'unclear' ? words.unclear(reason ?? 'no-evidence') : words.labelMeaning(result.label);
  const counted = result.sentences.filter((s) => s.label !== 'unclear').length;
  lines.push(words.summary(result.label, leaning, result.why, result.how, counted, result.sentences.length));
  if (result.label === 'how' && labelledByTrap(result.why, result.how, result.traps)) {
    lines.push('', words.byTrap);
  }
  lines.push('');
  // One paragraph each: consecutive lines would run together when rendered.
  if (result.functions.length > 0) {
    lines.push(words.functions(result.functions), '');
  }
  if (result.style) {
    lines.push(words.style(result.style), '');
  }
  for (const side of ['why', 'how'] as const) {
    const sentences = result.sentences.filter((s) => s.label === side);
    if (sentences.length > 0) {
      lines.push('', words.sideHeading(side, sentences.length), '');
      lines.push(...sentences.slice(0, limit).map((sentence) => sentenceLine(sentence, words)));
      if (sentences.length > limit) {
        lines.push(words.more(sentences.length - limit));
      }
    }
  }
  if (result.traps.length > 0) {
    lines.push('', words.trapsHeading, '');
    for (const trap of result.traps) {
      lines.push(`- ${words.trap(trap.id)}`);
      lines.push(...trap.evidence.map((e) => `  - “${escapeMarkdown(e)}”`));
    }
  }
  if (counted === 0 && reason !== 'language') {
    lines.push('', words.noSentence);
  }
  return `${lines.join('\n')}\n`;
}
