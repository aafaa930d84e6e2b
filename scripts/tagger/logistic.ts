// Multinomial logistic regression for the sentence model, at build time: classes why, how and
// neither, with neither as the reference (its weights are 0), binary features scaled by their
// contrast factor, each example's vector scaled to length 1 (as the tagger does), L2 regularisation. Trained by full-batch gradient descent with AdaGrad steps in
// a fixed order, so the same data always gives the same weights.
export type SentenceClass = 'why' | 'how' | 'none';

export interface Example {
  /** Feature keys with their factors (sentenceModel.ts). */
  readonly features: readonly { readonly key: number; readonly factor: number; readonly showable: boolean }[];
  readonly label: SentenceClass;
  /** Weight of the example in the loss (1 by default). */
  readonly weight?: number;
}

export interface TrainOptions {
  /** L2 penalty per feature weight. */
  readonly l2: number;
  /** Full passes over the data. */
  readonly epochs: number;
  readonly learningRate: number;
}

export interface Trained {
  readonly biasWhy: number;
  readonly biasHow: number;
  readonly weights: Map<number, [number, number]>;
}

export const DEFAULT_TRAINING: TrainOptions = { l2: 0.001, epochs: 300, learningRate: 0.5 };

/** The length of a feature vector (0 counts as 1, so an empty vector stays empty). */
export function vectorLength(features: readonly { readonly factor: number }[]): number {
  let sum = 0;
  for (const feature of features) {
    sum += feature.factor * feature.factor;
  }
  return sum > 0 ? Math.sqrt(sum) : 1;
}

export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAINING): Trained {
  const index = new Map<number, number>();
  for (const example of examples) {
    for (const feature of example.features) {
      if (!index.has(feature.key)) {
        index.set(feature.key, index.size);
      }
    }
  }
  const size = index.size;
  const w = new Float64Array(size * 2); // [why, how] per feature
  const g2 = new Float64Array(size * 2);
  const bias = [0, 0];
  const biasG2 = [0, 0];
  const grad = new Float64Array(size * 2);
  const totalWeight = examples.reduce((sum, example) => sum + (example.weight ?? 1), 0);
  const rows = examples.map((example) => ({
    at: example.features.map((feature) => index.get(feature.key) as number),
    // Each example's feature vector is scaled to length 1, as the tagger scales it (sentenceModel.ts).
    factor: example.features.map((feature) => feature.factor / vectorLength(example.features)),
    target: example.label === 'why' ? 0 : example.label === 'how' ? 1 : 2,
    weight: (example.weight ?? 1) / totalWeight,
  }));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0);
    const biasGrad = [0, 0];
    for (const row of rows) {
      let sWhy = bias[0] as number;
      let sHow = bias[1] as number;
      for (let i = 0; i < row.at.length; i++) {
        const f = (row.at[i] as number) * 2;
        const x = row.factor[i] as number;
        sWhy += (w[f] as number) * x;
        sHow += (w[f + 1] as number) * x;
      }
      const max = Math.max(sWhy, sHow, 0);
      const eWhy = Math.exp(sWhy - max);
      const eHow = Math.exp(sHow - max);
      const eNone = Math.exp(-max);
      const z = eWhy + eHow + eNone;
      const dWhy = (eWhy / z - (row.target === 0 ? 1 : 0)) * row.weight;
      const dHow = (eHow / z - (row.target === 1 ? 1 : 0)) * row.weight;
      biasGrad[0] = (biasGrad[0] as number) + dWhy;
      biasGrad[1] = (biasGrad[1] as number) + dHow;
      for (let i = 0; i < row.at.length; i++) {
        const f = (row.at[i] as number) * 2;
        const x = row.factor[i] as number;
        grad[f] = (grad[f] as number) + dWhy * x;
        grad[f + 1] = (grad[f + 1] as number) + dHow * x;
      }
    }
    for (let f = 0; f < size * 2; f++) {
      const g = (grad[f] as number) + options.l2 * (w[f] as number);
      g2[f] = (g2[f] as number) + g * g;
      w[f] = (w[f] as number) - options.learningRate * g / (Math.sqrt(g2[f] as number) + 1e-8);
    }
    for (let c = 0; c < 2; c++) {
      const g = biasGrad[c] as number;
      biasG2[c] = (biasG2[c] as number) + g * g;
      bias[c] = (bias[c] as number) - options.learningRate * g / (Math.sqrt(biasG2[c] as number) + 1e-8);
    }
  }
  const weights = new Map<number, [number, number]>();
  for (const [key, at] of index) {
    weights.set(key, [w[at * 2] as number, w[at * 2 + 1] as number]);
  }
  return { biasWhy: bias[0] as number, biasHow: bias[1] as number, weights };
}
