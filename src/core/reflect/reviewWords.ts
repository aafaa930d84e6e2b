// The names and one-line meanings the reviews use for Kotter's functions, in the product's voice (the
// traps' names are core/tagger/names.ts). Data only, so rewording never touches the review's structure.
import type { FunctionId } from '../tagger/types';

export const FUNCTION_WORDS: Readonly<Record<FunctionId, { readonly name: string; readonly side: 'leading' | 'managing'; readonly meaning: string }>> = {
  direction: { name: 'Direction', side: 'leading', meaning: 'saying where we are going and why it is worth it' },
  alignment: { name: 'Alignment', side: 'leading', meaning: 'getting the people who matter behind that direction' },
  motivation: { name: 'Motivation', side: 'leading', meaning: 'keeping energy up through meaning, recognition and trust' },
  planning: { name: 'Planning', side: 'managing', meaning: 'turning aims into steps, dates and budgets' },
  organising: { name: 'Organising', side: 'managing', meaning: 'putting people, roles and resources where the plan needs them' },
  controlling: { name: 'Controlling', side: 'managing', meaning: 'watching progress and fixing problems as they show up' },
};


export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
