// The product's vocabulary: every id a person sees named — the four traps, Kotter's six functions,
// the four situational styles and the four entry labels — with its English name, a one-line meaning
// and the side of the job it belongs to. The one table every English surface reads (the tagger's
// explanation, reviews, reports); the same names are translated, keyed by the same ids, in
// translatedVocabulary.ts (checked against this table by a unit test), for the views and the German
// bundle. Data only: rewording a name touches nothing else.
import type { EntryLabel, FunctionId, StyleId, TrapId } from './types';
import { sentenceCase } from '../text/format';

/** Kotter's two sides of the job: leading (the why) and managing (the how). */
export type Side = 'leading' | 'managing';

/** What a person reads for one id. */
export interface Term<S extends Side | null = Side | null> {
  /** As it heads a line or a table column: `Micromanaging leader`, `Direction`. */
  readonly name: string;
  /** Lower case, to follow a name or a dash: `holding every detail instead of trusting the team`. */
  readonly meaning: string;
  readonly side: S;
}

/**
 * A trap's side is the one its name gives it: the leader's traps and the manager's traps. An entry
 * showing a manager's trap is labelled how unless why is the majority (entryLabel.ts).
 */
export const TRAPS: Readonly<Record<TrapId, Term<Side>>> = {
  'micromanaging-leader': { name: 'Micromanaging leader', meaning: 'holding every detail instead of trusting the team', side: 'leading' },
  'visionless-manager': { name: 'Visionless manager', meaning: 'keeping the routine going with no bigger picture', side: 'managing' },
  'nice-leader-no-follow-through': { name: 'Nice leader, no follow-through', meaning: 'ideas and promises without execution', side: 'leading' },
  'taskmaster-manager': { name: 'Taskmaster manager', meaning: 'pushing output with no why and no care for people', side: 'managing' },
};

export const FUNCTIONS: Readonly<Record<FunctionId, Term<Side>>> = {
  direction: { name: 'Direction', meaning: 'saying where we are going and why it is worth it', side: 'leading' },
  alignment: { name: 'Alignment', meaning: 'getting the people who matter behind that direction', side: 'leading' },
  motivation: { name: 'Motivation', meaning: 'keeping energy up through meaning, recognition and trust', side: 'leading' },
  planning: { name: 'Planning', meaning: 'turning aims into steps, dates and budgets', side: 'managing' },
  organising: { name: 'Organising', meaning: 'putting people, roles and resources where the plan needs them', side: 'managing' },
  controlling: { name: 'Controlling', meaning: 'watching progress and fixing problems as they show up', side: 'managing' },
};

/** Situational styles S1–S4 fit the person and the task, not a side of the job. */
export const STYLES: Readonly<Record<StyleId, Term<null>>> = {
  directing: { name: 'Directing', meaning: 'saying what to do and how, and following it closely', side: null },
  coaching: { name: 'Coaching', meaning: 'still deciding, while explaining why and encouraging', side: null },
  supporting: { name: 'Supporting', meaning: 'listening and backing them while they decide', side: null },
  delegating: { name: 'Delegating', meaning: 'handing the task and the decisions over', side: null },
};

/** An unclear entry's meaning depends on why nothing shows (unclearReason.ts says which). */
export const ENTRY_LABEL_TERMS: Readonly<Record<EntryLabel, Term>> = {
  why: { name: 'Why', meaning: 'mostly leading (why)', side: 'leading' },
  how: { name: 'How', meaning: 'mostly managing (how)', side: 'managing' },
  balanced: { name: 'Balanced', meaning: 'balanced between leading and managing', side: null },
  unclear: { name: 'Unclear', meaning: 'nothing in it shows either side', side: null },
};

// An id from a newer tagger (in an older front matter reader, say) still gets a readable name.

export function trapName(id: TrapId): string {
  return (TRAPS[id] as Term | undefined)?.name ?? sentenceCase(id);
}

export function functionName(id: FunctionId): string {
  return (FUNCTIONS[id] as Term | undefined)?.name ?? sentenceCase(id);
}

export function styleName(id: StyleId): string {
  return (STYLES[id] as Term | undefined)?.name ?? sentenceCase(id);
}
