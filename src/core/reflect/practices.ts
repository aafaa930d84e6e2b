// The four balancing practices, and which one a review suggests for the next period. The choice is
// driven by the imbalance first (mostly how → a why practice, mostly why → a how practice), then
// by the trap flagged most (the practice each trap's row in the vocabulary names), and otherwise it
// keeps both sides curious. What each says is in reviewWords.ts, in English and German.
import type { TrapId } from '../tagger/types';
import { TRAPS, type PracticeId } from '../tagger/vocabulary';

export type { PracticeId } from '../tagger/vocabulary';

/** A practice; its name and what to do are the review's words (reviewWords.ts), in the review's language. */
export interface Practice {
  readonly id: PracticeId;
}

export const PRACTICES: Readonly<Record<PracticeId, Practice>> = {
  'vision-with-empathy': { id: 'vision-with-empathy' },
  'know-when-to-delegate': { id: 'know-when-to-delegate' },
  'stay-curious': { id: 'stay-curious' },
  'vision-into-steps': { id: 'vision-into-steps' },
};

/** Why shares below this lean towards the how, above {@link WHY_LEAN} towards the why. */
export const HOW_LEAN = 0.4;
export const WHY_LEAN = 0.6;

export type Lean = 'why' | 'how' | 'balanced';

export function leanOf(whyShare: number): Lean {
  return whyShare < HOW_LEAN ? 'how' : whyShare > WHY_LEAN ? 'why' : 'balanced';
}

export type PracticeReason =
  | { readonly kind: 'lean'; readonly lean: 'why' | 'how' }
  | { readonly kind: 'trap'; readonly trap: TrapId }
  | { readonly kind: 'steady' };

/**
 * The practice for the next period. `whyShare` is the period's (or, for a period with nothing
 * tagged, the comparison period's) mean why share, null when there is none; `traps` are the
 * period's trap counts, most flagged first (ties in the order given).
 */
export function choosePractice(whyShare: number | null, traps: readonly { readonly id: TrapId; readonly count: number }[]): { readonly practice: Practice; readonly reason: PracticeReason } {
  const lean = whyShare === null ? 'balanced' : leanOf(whyShare);
  if (lean === 'how') {
    return { practice: PRACTICES['vision-with-empathy'], reason: { kind: 'lean', lean } };
  }
  if (lean === 'why') {
    return { practice: PRACTICES['vision-into-steps'], reason: { kind: 'lean', lean } };
  }
  const top = traps.find((trap) => trap.count > 0);
  if (top) {
    return { practice: PRACTICES[TRAPS[top.id].practice], reason: { kind: 'trap', trap: top.id } };
  }
  return { practice: PRACTICES['stay-curious'], reason: { kind: 'steady' } };
}
