// scripts/activationBundle.ts: what dist/extension.js may hold, derived from the activation table —
// none of the features' code, and the rest within its budget — on the real entry, built as
// bench/bundle.ts measures it, and on made-up inputs.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ACTIVATION_BUDGET, activationProblems, featureRooms, featuresInActivation } from '../../../scripts/activationBundle';

const ROOT = join(__dirname, '..', '..', '..');

describe('what activation may hold (scripts/activationBundle.ts)', function () {
  this.timeout(30_000);

  it('holds on the real entry: none of the features, and within its budget', async () => {
    const built = await esbuild.build({
      entryPoints: ['src/extension/extension.ts'], bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20',
      external: ['vscode'], write: false, metafile: true, outfile: 'extension.js', logLevel: 'silent', absWorkingDir: ROOT,
    });
    const output = Object.values(built.metafile.outputs)[0];
    const bytes = built.outputFiles[0]?.contents.length ?? 0;
    assert.ok(output && bytes > 0);
    const inputs = Object.fromEntries(Object.entries(output.inputs).map(([path, input]) => [path, input.bytesInOutput]));
    assert.deepEqual(activationProblems(inputs, bytes), []);
    // The shell and the journal-entry test are there: the check looks at what is really bundled.
    assert.ok('src/extension/shell/registerContributions.ts' in inputs);
    assert.ok('src/extension/journal/journalDocuments.ts' in inputs);
  });

  it("takes the features' rooms from the table's `by` files, and leaves the shell's own out", () => {
    const rooms = featureRooms();
    for (const room of ['entries', 'tagging', 'trends', 'reflect', 'people', 'search', 'export', 'calendar', 'encryption', 'features', 'featuresCore']) {
      assert.ok(rooms.has(room), room);
    }
    for (const room of ['shell', 'extension', 'journal', 'activationTable']) {
      assert.ok(!rooms.has(room), room);
    }
  });

  it("names a module of the features' rooms, and an entry over its budget", () => {
    const inputs = {
      'src/extension/shell/featureLoader.ts': 200,
      'src/extension/tagging/tagLens.ts': 900,
      'src/extension/features.ts': 300,
      'src/extension/journal/journalDocuments.ts': 250,
      'src/core/journal/entryPath.ts': 100,
    };
    assert.deepEqual(featuresInActivation(Object.keys(inputs)).map((line) => line.split(' ')[0]), ['src/extension/tagging/tagLens.ts', 'src/extension/features.ts']);
    assert.equal(activationProblems(inputs, ACTIVATION_BUDGET).length, 2);
    const over = activationProblems(inputs, ACTIVATION_BUDGET + 1);
    assert.equal(over.length, 3);
    assert.match(over[2] ?? '', /over its budget .* src\/extension\/tagging\/tagLens\.ts 900, src\/extension\/features\.ts 300/);
  });
});
