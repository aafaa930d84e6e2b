// The managing shapes' keys and names (issue 12), apart from the code that finds them (managingShapes.ts):
// Explain Tags reads a cue's shape back by these (explanation.ts), and the features bundle that
// renders it must not take the tokeniser and its tables along. No imports, on purpose.
/** A figure set against another, or a rate: "4.2, down from 5", "2 days not 3", "14 of 22", "£5 per head". */
export const SHAPE_FIGURES = -3;

/** An amount on hand or needed: "enough gloves", "two pallets left", "short of drivers", "how many crates". */
export const SHAPE_SUPPLY = -4;

/** The shape keys, in the order a shipped table numbers them after the lexicon sums (modelTable.ts). */
export const SHAPE_KEYS: readonly number[] = [SHAPE_FIGURES, SHAPE_SUPPLY];

/** A shape by name, as the explanation carries it (explanation.ts) and the panel words it. */
export type ShapeId = 'figures' | 'supply';

/** Each shape's id and what it is called where a cue names it, in English (sentenceCues.ts; read back by explanation.ts). */
export const SHAPES: ReadonlyMap<number, { readonly id: ShapeId; readonly name: string }> = new Map([
  [SHAPE_FIGURES, { id: 'figures', name: 'a figure set against another' }],
  [SHAPE_SUPPLY, { id: 'supply', name: 'an amount on hand or needed' }],
]);
