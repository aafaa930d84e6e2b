// The explanation of an entry's tags, as Markdown, for the hover over the tag keys: what the label
// is, the shares, and the sentences and cues behind them. VS Code renders it, so the escapes do not
// show. The Explain Tags panel is drawn from the same reading as data (explanation.ts).
import { percent } from '../text/format';
import { labelledByTrap } from './entryLabel';
import type { SentenceResult, TagResult } from './types';
import { UNCLEAR_TEXT, unclearReason } from './unclearReason';
import { ENTRY_LABEL_TERMS, TRAPS } from './vocabulary';

/** Escapes text from an entry so it shows literally in Markdown (no links, HTML or emphasis). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}

function sentenceLine(sentence: SentenceResult): string {
  const cues = sentence.cues.length > 0 ? ` — ${sentence.cues.map(escapeMarkdown).join('; ')}` : '';
  return `- ${escapeMarkdown(sentence.text)} *(line ${sentence.line + 1}${cues})*`;
}

/** `limit` caps the sentences listed per side (the hover shows few, the document more). */
export function explainMarkdown(result: TagResult, limit = 5): string {
  const lines: string[] = [];
  const reason = unclearReason(result);
  const leaning = result.label === 'unclear' ? UNCLEAR_TEXT[reason ?? 'no-evidence'] : ENTRY_LABEL_TERMS[result.label].meaning;
  const counted = result.sentences.filter((s) => s.label !== 'unclear').length;
  lines.push(`**${result.label}** — ${leaning}: why ${percent(result.why)}, how ${percent(result.how)} over ${counted} of ${result.sentences.length} sentences.`);
  if (result.label === 'how' && labelledByTrap(result.why, result.how, result.traps)) {
    lines.push('', 'Labelled **how** although the shares alone say balanced: the entry shows a managing-side trap '
      + '(below), and such entries are about output and routine even where they turn down care or change.');
  }
  lines.push('');
  // One paragraph each: consecutive lines would run together when rendered.
  if (result.functions.length > 0) {
    lines.push(`**Functions:** ${result.functions.join(', ')}`, '');
  }
  if (result.style) {
    lines.push(`**Situational style you used:** ${result.style}`, '');
  }
  for (const side of ['why', 'how'] as const) {
    const sentences = result.sentences.filter((s) => s.label === side);
    if (sentences.length > 0) {
      lines.push('', `**${side === 'why' ? 'Leading (why)' : 'Managing (how)'}** — ${sentences.length} sentence${sentences.length === 1 ? '' : 's'}:`, '');
      lines.push(...sentences.slice(0, limit).map(sentenceLine));
      if (sentences.length > limit) {
        lines.push(`- …and ${sentences.length - limit} more`);
      }
    }
  }
  if (result.traps.length > 0) {
    lines.push('', '**Traps to look at:**', '');
    for (const trap of result.traps) {
      lines.push(`- ${trap.id in TRAPS ? `${TRAPS[trap.id].name} — ${TRAPS[trap.id].meaning}` : trap.id}`);
      lines.push(...trap.evidence.map((e) => `  - “${escapeMarkdown(e)}”`));
    }
  }
  if (counted === 0 && reason !== 'language') {
    lines.push('', 'No sentence here reads as leading or managing yet, so the shares are 0.');
  }
  return `${lines.join('\n')}\n`;
}
