// The four balancing practices, and which one a review suggests for the next period. The choice is
// driven by the imbalance first (mostly how → a why practice, mostly why → a how practice), then
// by the trap flagged most, and otherwise it keeps both sides curious.
import type { TrapId } from '../tagger/types';

export type PracticeId = 'vision-with-empathy' | 'know-when-to-delegate' | 'stay-curious' | 'vision-into-steps';

export interface Practice {
  readonly id: PracticeId;
  readonly name: string;
  /** What to do, as one concrete instruction for the coming period. */
  readonly howTo: string;
}

export const PRACTICES: Readonly<Record<PracticeId, Practice>> = {
  'vision-with-empathy': {
    id: 'vision-with-empathy',
    name: 'Lead with the why, manage with care',
    howTo: 'Open each planning conversation with the reason the work matters, and close it by asking how the other person is holding up.',
  },
  'know-when-to-delegate': {
    id: 'know-when-to-delegate',
    name: 'Hand it over, then let go',
    howTo: 'Choose one task I still keep for myself, hand it over with the outcome and the date that matter, agree one check-in, and leave it alone until then.',
  },
  'stay-curious': {
    id: 'stay-curious',
    name: 'Stay curious on both sides',
    howTo: 'Before each bigger decision, ask one question about what could be possible and one about what we can keep up for months, and note both answers.',
  },
  'vision-into-steps': {
    id: 'vision-into-steps',
    name: 'Say where we are going, then break it down',
    howTo: 'Take one aim I talked about and write its first three steps, each with an owner and a date, before the end of the first day.',
  },
};

/** Why shares below this lean towards the how, above {@link WHY_LEAN} towards the why. */
export const HOW_LEAN = 0.4;
export const WHY_LEAN = 0.6;

export type Lean = 'why' | 'how' | 'balanced';

export function leanOf(whyShare: number): Lean {
  return whyShare < HOW_LEAN ? 'how' : whyShare > WHY_LEAN ? 'why' : 'balanced';
}

const TRAP_PRACTICE: Readonly<Record<TrapId, PracticeId>> = {
  'micromanaging-leader': 'know-when-to-delegate',
  'visionless-manager': 'stay-curious',
  'nice-leader-no-follow-through': 'vision-into-steps',
  'taskmaster-manager': 'vision-with-empathy',
};

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
    return { practice: PRACTICES[TRAP_PRACTICE[top.id]], reason: { kind: 'trap', trap: top.id } };
  }
  return { practice: PRACTICES['stay-curious'], reason: { kind: 'steady' } };
}
