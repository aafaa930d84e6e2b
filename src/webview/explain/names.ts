// The display names of the ids the tagger writes (functions, styles, traps), in the panel's language.
import type { FunctionId, StyleId, TrapId } from '../../core/tagger/types';
import type { ExplainStringKey } from '../explainProtocol';
import { t } from './i18n';

const FUNCTION_KEYS: Readonly<Record<FunctionId, ExplainStringKey>> = {
  direction: 'functionDirection', alignment: 'functionAlignment', motivation: 'functionMotivation',
  planning: 'functionPlanning', organising: 'functionOrganising', controlling: 'functionControlling',
};

const STYLE_KEYS: Readonly<Record<StyleId, ExplainStringKey>> = {
  directing: 'styleDirecting', coaching: 'styleCoaching', supporting: 'styleSupporting', delegating: 'styleDelegating',
};

const TRAP_KEYS: Readonly<Record<TrapId, readonly [ExplainStringKey, ExplainStringKey]>> = {
  'micromanaging-leader': ['trapMicromanagingLeader', 'hintMicromanagingLeader'],
  'visionless-manager': ['trapVisionlessManager', 'hintVisionlessManager'],
  'nice-leader-no-follow-through': ['trapNiceLeader', 'hintNiceLeader'],
  'taskmaster-manager': ['trapTaskmasterManager', 'hintTaskmasterManager'],
};

export const functionName = (id: FunctionId): string => t(FUNCTION_KEYS[id]);
export const styleName = (id: StyleId): string => t(STYLE_KEYS[id]);
export const trapName = (id: TrapId): string => t(TRAP_KEYS[id][0]);
export const trapHint = (id: TrapId): string => t(TRAP_KEYS[id][1]);
