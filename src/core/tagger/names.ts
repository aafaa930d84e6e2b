// The four traps' names and one-line meanings in English, for every place that prints them outside
// the webview (which has its own translated strings): the tag explanation, the reviews and the reports.
import type { TrapId } from './types';

export const TRAP_NAMES: Readonly<Record<TrapId, string>> = {
  'micromanaging-leader': 'Micromanaging leader',
  'visionless-manager': 'Visionless manager',
  'nice-leader-no-follow-through': 'Nice leader, no follow-through',
  'taskmaster-manager': 'Taskmaster manager',
};

export const TRAP_MEANINGS: Readonly<Record<TrapId, string>> = {
  'micromanaging-leader': 'holding every detail instead of trusting the team',
  'visionless-manager': 'keeping the routine going with no bigger picture',
  'nice-leader-no-follow-through': 'ideas and promises without execution',
  'taskmaster-manager': 'pushing output with no why and no care for people',
};
