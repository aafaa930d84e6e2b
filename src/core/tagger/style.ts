// The situational-leadership style the writer used, where it clearly shows (else null):
// directing (high direction, low support), coaching (high both), supporting (low direction, high
// support), delegating (low both). Scored from the styles the sentence cues carry (whyCues.ts and
// howCues.ts tag e.g. "asked ~3 what" as coaching, "sat with" as supporting, "let ~2 decide" as
// delegating, "checked" as directing), counted only on the side the sentence was labelled. The
// directing and taskmaster traps over-direct by definition, so either one makes the style directing,
// as does close supervision of someone new. A style must lead clearly, or the answer is null.
import type { ClassifiedSentence } from './tagger';
import { STYLE_IDS, type StyleId, type TrapResult } from './types';
import { CLASS_BITS } from './wordClasses';

const { NOVICE } = CLASS_BITS; // A local binding (see CLASS_BITS).

/** Minimum score, and lead over the runner-up, for a style to be named (tuned on the dev entries). */
export const STYLE_MIN = 5;
export const STYLE_LEAD = 1.5;

/** Entry totals per style, in STYLE_IDS order. */
export function styleTotals(sentences: readonly ClassifiedSentence[]): number[] {
  const totals = STYLE_IDS.map(() => 0);
  for (const sentence of sentences) {
    const weights = sentence.result.styleWeights;
    for (let at = 0; at < weights.length; at += 1) {
      totals[at] += weights[at] as number;
    }
  }
  return totals;
}

export function entryStyle(sentences: readonly ClassifiedSentence[], traps: readonly TrapResult[] = []): StyleId | null {
  if (traps.some((trap) => trap.id === 'micromanaging-leader' || trap.id === 'taskmaster-manager')) {
    return 'directing';
  }
  const totals = styleTotals(sentences);
  if (sentences.filter((sentence) => (sentence.classes & NOVICE) !== 0).length >= 2) {
    totals[STYLE_IDS.indexOf('directing')] *= 1.5;
  }
  // Highest first; ties go to the earlier style in STYLE_IDS. Deterministic.
  const ranked = STYLE_IDS.map((style, at) => [style, totals[at] as number] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best === undefined || best[1] < STYLE_MIN || best[1] - (second?.[1] ?? 0) < STYLE_LEAD) {
    return null;
  }
  return best[0];
}
