// The entry label from the why/how shares (and the traps, for the one rule that reaches across; see
// tagger.ts). Kept apart from the tagger so the explanation (used by the extension's hover) can
// tell how a label was reached without loading the tagger and markdown-it.
import type { EntryLabel, TrapId, TrapResult } from './types';

/** Entry thresholds on the why share: the guide's 0.65 and 0.35, which the dev entries confirmed (no better split). */
export const WHY_ABOVE = 0.65;
export const WHY_BELOW = 0.35;

/** Traps of the managing side: their entries are labelled `how` unless why is the majority. */
export const MANAGING_TRAPS: readonly TrapId[] = ['taskmaster-manager', 'visionless-manager'];

/** Whether a managing-side trap decided the label, against the shares alone. */
export function labelledByTrap(whyShare: number, howShare: number, traps: readonly TrapResult[]): boolean {
  return whyShare + howShare > 0 && whyShare <= 0.5 && whyShare >= WHY_BELOW
    && traps.some((trap) => MANAGING_TRAPS.includes(trap.id));
}

export function entryLabel(whyShare: number, howShare: number, traps: readonly TrapResult[] = []): EntryLabel {
  if (whyShare + howShare === 0) {
    return 'balanced';
  }
  if (labelledByTrap(whyShare, howShare, traps)) {
    return 'how';
  }
  return whyShare > WHY_ABOVE ? 'why' : whyShare < WHY_BELOW ? 'how' : 'balanced';
}

