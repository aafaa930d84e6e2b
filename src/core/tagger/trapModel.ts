// The weights that turn an entry's trap features (traps.ts) into a yes or no per trap: a logistic
// score per trap, bias included, against a threshold chosen so that false alarms stay rare (the
// labelling guide: a false alarm is worse than a miss). Trained at build time on the training
// part's labelled entries (scripts/trainTraps.ts), one model per language, and shipped as
// trapModel.generated.ts.
import type { TaggerLanguage } from './lemmaTable';
import { DE_TRAP_MODEL, TRAP_MODEL } from './trapModel.generated';
import { TRAP_IDS, type TrapId } from './types';

export interface TrapWeights {
  readonly bias: number;
  /** One weight per feature, in TRAP_FEATURE_NAMES order (traps.ts). */
  readonly weights: readonly number[];
}

export type TrapModel = Readonly<Record<TrapId, TrapWeights>>;

/** The trap's score: at or above 0, the trap is shown (the threshold is folded into the bias). */
export function trapScore(model: TrapModel, id: TrapId, features: readonly number[]): number {
  const { bias, weights } = model[id];
  let score = bias;
  for (let at = 0; at < weights.length; at++) {
    score += (weights[at] as number) * (features[at] ?? 0);
  }
  return score;
}

/**
 * The shipped format, compact for the tagger's size budget: per trap in TRAP_IDS order, separated
 * by `|`, the bias and then the weights, space-separated.
 */
export function encodeTrapModel(model: TrapModel): string {
  return TRAP_IDS.map((id) => [model[id].bias, ...model[id].weights].join(' ')).join('|');
}

export function decodeTrapModel(encoded: string): TrapModel {
  const rows = encoded.split('|');
  return Object.fromEntries(TRAP_IDS.map((id, at) => {
    const [bias, ...weights] = (rows[at] ?? '').split(' ').map(Number);
    return [id, { bias: bias ?? 0, weights }];
  })) as unknown as TrapModel;
}

const builtIn: Partial<Record<TaggerLanguage, TrapModel>> = {};

/** The shipped model of a language (English and German are trained apart), parsed once. */
export function builtInTrapModel(language: TaggerLanguage = 'en'): TrapModel {
  return (builtIn[language] ??= decodeTrapModel(language === 'en' ? TRAP_MODEL : DE_TRAP_MODEL));
}
