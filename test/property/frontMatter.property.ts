// The property test of the front-matter writer (issue #18): on front matter of any mix of user keys,
// owned keys in every form, comments, blank lines, anchors and aliases, flow maps, indentation, BOM
// and every kind of line ending, with any body, a write
//   - keeps the body and the BOM as they were;
//   - keeps every user piece byte for byte, in order, and every comment inside an owned piece;
//   - leaves YAML that parses, in which every user key reads as before and every owned key as written;
//   - is idempotent: writing the same tags again changes nothing;
// or refuses, leaving the text untouched, only where the change cannot be made without changing a
// user's key: an alias outside an owned pair reads an anchor inside it, or removing an owned pair
// would make the indented lines after it part of the block scalar before it.
//
// 20,000 cases by default (FC_RUNS to change), with a fresh seed each run, printed first so a failure
// can be replayed: FC_SEED=<seed> npm run test:property.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitEntry } from '../../src/core/entries/entrySplit';
import { readFrontMatter, updateFrontMatter } from '../../src/core/entries/frontMatter';
import { sameData } from '../../src/core/entries/yamlValue';
import { frontMatterCase, OWNED_KEYS, tagPatchArbitrary, type FrontMatterCase } from './frontMatterShapes';

const RUNS = Number(process.env.FC_RUNS ?? 20_000);
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;

/** Where each of `needles` is found in `haystack`, one after the other; the first missing one, if any. */
function missingInOrder(haystack: string, needles: readonly string[]): string | undefined {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) {
      return needle;
    }
    from = at + needle.length;
  }
  return undefined;
}

type Outcome = 'invalid' | 'refused: anchor' | 'refused: fold' | 'edited' | 'unchanged';

function checkCase(entry: FrontMatterCase, patch: Readonly<Record<string, unknown>>): Outcome {
  const before = readFrontMatter(entry.text);
  if (!before.ok) {
    return 'invalid'; // Not valid YAML to begin with: nothing to keep, and nothing is written.
  }
  const result = updateFrontMatter(entry.text, patch as never);
  if (!result.ok) {
    // Only the two shapes that cannot change without changing a user's key may be refused.
    if (entry.aliasIntoOwned && /anchor/.test(result.reason)) {
      return 'refused: anchor';
    }
    assert.ok(entry.foldRisk && /would read differently/.test(result.reason), `refused a shape it should edit: ${result.reason}`);
    return 'refused: fold';
  }
  const original = splitEntry(entry.text);
  const written = splitEntry(result.text);
  assert.equal(written.bom, original.bom, 'BOM');
  assert.equal(written.body, original.body, 'body');
  assert.equal(result.text.slice(written.bom.length + written.bodyStart), entry.text.slice(original.bom.length + original.bodyStart), 'body bytes');

  const yaml = written.yaml ?? '';
  const kept = entry.pieces.flatMap((piece) => (piece.owned ? piece.comments : [piece.text]));
  const missing = missingInOrder(yaml, kept);
  assert.equal(missing, undefined, `a user piece or comment is missing or out of order: ${JSON.stringify(missing)}\nin ${JSON.stringify(yaml)}`);

  const after = readFrontMatter(result.text);
  assert.ok(after.ok && after.present, `the result does not parse: ${after.ok ? 'no front matter' : after.reason}`);
  for (const key of OWNED_KEYS) {
    const wanted = patch[key];
    if (Object.hasOwn(patch, key)) {
      assert.ok(wanted === undefined ? !Object.hasOwn(after.data, key) : sameData(after.data[key], wanted), `${key} reads ${JSON.stringify(after.data[key])}, not ${JSON.stringify(wanted)}`);
    }
  }
  for (const [key, value] of Object.entries(before.data)) {
    if (!Object.hasOwn(patch, key)) {
      assert.ok(sameData(after.data[key], value), `the user's ${key} reads ${JSON.stringify(after.data[key])}, was ${JSON.stringify(value)}`);
    }
  }

  const again = updateFrontMatter(result.text, patch as never);
  assert.ok(again.ok && !again.changed, `a second write changed it:\n${JSON.stringify(result.text)}\n${again.ok ? JSON.stringify(again.text) : again.reason}`);
  return result.changed ? 'edited' : 'unchanged';
}

describe('the front-matter writer (property)', function () {
  this.timeout(600_000);

  it(`keeps every user byte, parses, reads back as written and is idempotent (${RUNS.toLocaleString('en')} cases)`, () => {
    console.log(`      seed ${SEED} (replay: FC_SEED=${SEED} npm run test:property)`);
    const outcomes: Record<Outcome, number> = { invalid: 0, 'refused: anchor': 0, 'refused: fold': 0, edited: 0, unchanged: 0 };
    const shapes = { block: 0, flow: 0 };
    fc.assert(fc.property(frontMatterCase, tagPatchArbitrary, (entry, patch) => {
      const full = { style: undefined, ...patch }; // The tagger removes a style it no longer sees.
      outcomes[checkCase(entry, full)]++;
      shapes[entry.shape]++;
    }), { numRuns: RUNS, seed: SEED });
    console.log(`      ${shapes.block} block and ${shapes.flow} flow front matters: ${outcomes.edited} edited, ${outcomes.unchanged} already as written, `
      + `${outcomes['refused: anchor']} refused because an alias reads an owned anchor, ${outcomes['refused: fold']} because removing a pair would fold`
      + ` indented lines into a block scalar, ${outcomes.invalid} not valid YAML to begin with`);
    assert.ok(outcomes.invalid < RUNS / 10, 'most generated front matter is valid YAML');
  });
});
