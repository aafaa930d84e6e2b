// The kinds of trap signal: the sides of the trap lexicon (trapCues.ts) and the slots of a sentence's
// signal weights (traps.ts). Kept apart from the phrase data, which only the lexicon generator reads.

/** Signal kinds. The prefix is the trap; `guard.*` kinds argue against a trap (see traps.ts). */
export const TRAP_SIGNALS = [
  'micro.redo', 'micro.gate', 'micro.watch', 'micro.distrust',
  'vision.reject', 'vision.routine', 'vision.idea',
  'nice.big', 'nice.dropped', 'nice.dismiss',
  'task.push', 'task.dismiss', 'task.need', 'task.cut', 'task.punish',
  'guard.novice', 'guard.care', 'guard.owner',
] as const;
export type TrapSignal = (typeof TRAP_SIGNALS)[number];
