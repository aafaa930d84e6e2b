// What dist/extension.js, loaded at every activation, may hold — derived from the activation table
// (src/extension/activationTable.ts) rather than listed: activation registers the table's lines and
// hands their calls to the features (src/extension/shell/), so it holds
// - none of the features' code: no module of a room that runs a line of the table (the rooms of its
//   `by` files: entries/, tagging/, reflect/…), nor features.ts or featuresCore.ts, which load them;
//   a room that gains a line is covered from then on;
// - and at most ACTIVATION_BUDGET bytes minified, which is what the rest may cost: the shell, the
//   table, the journal-entry test and the little they import (a settings reader or a date formatter
//   pulled in by accident costs 9 KB and 147 KB, and fails here).
// scripts/build.ts fails the build on either; test/unit/scripts/activationBundle.test.ts builds the
// entry as bench/bundle.ts measures it and holds both in the unit tier.
import { COMMAND_NAMES, COMMAND_TABLE, PROVIDER_NAMES, PROVIDER_TABLE, VIEW_NAMES, VIEW_TABLE } from '../src/extension/activationTable';
import { roomOf } from './extensionLayers';

/** The budget of dist/extension.js, minified (8.9 KB when it was set, with the views and providers in the table). */
export const ACTIVATION_BUDGET = 10 * 1024;

const EXTENSION = 'src/extension/';

/** The rooms of src/extension whose files run a line of the table, and the features' two top-level files. */
export function featureRooms(): Set<string> {
  const files = [
    ...COMMAND_NAMES.map((name) => COMMAND_TABLE[name].by),
    ...VIEW_NAMES.map((name) => VIEW_TABLE[name].by),
    ...PROVIDER_NAMES.map((name) => PROVIDER_TABLE[name].by),
  ];
  return new Set([...files.map((file) => roomOf(`${file}.ts`)), 'features', 'featuresCore']);
}

/**
 * The inputs (paths from the repository's root, as esbuild's metafile has them) of an activation
 * bundle that are the features' code, each with its room.
 */
export function featuresInActivation(inputs: readonly string[]): string[] {
  const rooms = featureRooms();
  return inputs
    .filter((input) => input.startsWith(EXTENSION) && rooms.has(roomOf(input.slice(EXTENSION.length))))
    .map((input) => `${input} (${roomOf(input.slice(EXTENSION.length))}/ runs a line of the activation table: reach it through the features)`);
}

/**
 * What is wrong with an activation bundle whose inputs put `inputs[path]` bytes each into it (as
 * esbuild's metafile counts them) and that is `minifiedBytes` long once minified.
 */
export function activationProblems(inputs: Readonly<Record<string, number>>, minifiedBytes: number): string[] {
  const largest = Object.entries(inputs).sort(([, a], [, b]) => b - a).slice(0, 5).map(([path, bytes]) => `${path} ${bytes}`);
  const over = minifiedBytes > ACTIVATION_BUDGET
    ? [`${minifiedBytes} bytes minified, over its budget of ${ACTIVATION_BUDGET} (scripts/activationBundle.ts); its largest inputs (bytes in the bundle): ${largest.join(', ')}`]
    : [];
  return [...featuresInActivation(Object.keys(inputs)), ...over];
}
