// Which key of the webviews' string tables holds each vocabulary id's translated name (and a trap's
// meaning), keyed by the vocabulary's ids (src/core/tagger/vocabulary.ts). The trends view and the
// Explain Tags panel share these keys; both tables fill them from one translation of the vocabulary
// (./vocabularyStrings.ts), the views look a name up here.
import type { FunctionId, StyleId, TrapId } from '../core/tagger/types';
import type { ExplainStringKey } from './explain/strings';
import type { WebviewStringKey } from './trends/strings';

/** A key both tables hold. */
export type SharedKey = ExplainStringKey & WebviewStringKey;

export const TRAP_KEYS = {
  'micromanaging-leader': { name: 'trapMicromanagingLeader', meaning: 'hintMicromanagingLeader' },
  'visionless-manager': { name: 'trapVisionlessManager', meaning: 'hintVisionlessManager' },
  'nice-leader-no-follow-through': { name: 'trapNiceLeader', meaning: 'hintNiceLeader' },
  'taskmaster-manager': { name: 'trapTaskmasterManager', meaning: 'hintTaskmasterManager' },
} as const satisfies Readonly<Record<TrapId, { readonly name: SharedKey; readonly meaning: SharedKey }>>;

export const FUNCTION_KEYS = {
  direction: 'functionDirection',
  alignment: 'functionAlignment',
  motivation: 'functionMotivation',
  planning: 'functionPlanning',
  organising: 'functionOrganising',
  controlling: 'functionControlling',
} as const satisfies Readonly<Record<FunctionId, SharedKey>>;

export const STYLE_KEYS = {
  directing: 'styleDirecting',
  coaching: 'styleCoaching',
  supporting: 'styleSupporting',
  delegating: 'styleDelegating',
} as const satisfies Readonly<Record<StyleId, SharedKey>>;

export type VocabularyKey = (typeof TRAP_KEYS)[TrapId][keyof (typeof TRAP_KEYS)[TrapId]]
  | (typeof FUNCTION_KEYS)[FunctionId] | (typeof STYLE_KEYS)[StyleId];

/** Undefined for an id from a newer tagger than the view knows: the caller names it another way. */
export function trapKeys(id: TrapId): { readonly name: SharedKey; readonly meaning: SharedKey } | undefined {
  return (TRAP_KEYS as Readonly<Record<string, { readonly name: SharedKey; readonly meaning: SharedKey }>>)[id];
}

export function functionKey(id: FunctionId): SharedKey | undefined {
  return (FUNCTION_KEYS as Readonly<Record<string, SharedKey>>)[id];
}

export function styleKey(id: StyleId): SharedKey | undefined {
  return (STYLE_KEYS as Readonly<Record<string, SharedKey>>)[id];
}
