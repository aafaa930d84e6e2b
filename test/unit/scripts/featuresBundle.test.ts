// dist/features.js, the code a first command loads: it must not carry the tagger's tokeniser or its
// generated tables, which come in dist/tagger.js on the first tag (extension/tagging/heavyModule.ts),
// and it stays within its budget. Built as the build and `bench/bundle.ts` build it. A shared name
// pulled from the tagger's code once took the tokeniser and the lexicon table along (+28.8 KB,
// over the budget; 6d8fa67), and only the bench showed it.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { lazyYaml } from '../../../scripts/lazyYaml';

const ROOT = join(__dirname, '..', '..', '..');

/** The features bundle's budget, as README *Figures* and `bench/bundle.ts` state it. */
const FEATURES_BUDGET_BYTES = 300 * 1024;

/** Modules that belong to the lazily loaded tagger: the tokeniser, its stem table and every generated table. */
const TAGGER_ONLY = /^src\/core\/tagger\/(tokens|stemTable|[A-Za-z]+\.generated)\.ts$/;

describe('what dist/features.js holds', function () {
  this.timeout(60_000);

  it("holds none of the tagger's tokeniser or tables, and stays within its budget", async () => {
    const built = await esbuild.build({
      entryPoints: ['src/extension/features.ts'], bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20',
      external: ['vscode'], plugins: [lazyYaml], write: false, metafile: true, outfile: 'features.js', logLevel: 'silent', absWorkingDir: ROOT,
    });
    const output = Object.values(built.metafile.outputs)[0];
    assert.ok(output !== undefined);
    const inputs = Object.keys(output.inputs);
    // The check looks at what is really bundled: the features' own code is there.
    assert.ok(inputs.includes('src/extension/features.ts'));
    assert.deepEqual(inputs.filter((path) => TAGGER_ONLY.test(path)), []);
    const bytes = built.outputFiles[0]?.contents.length ?? 0;
    assert.ok(bytes > 0 && bytes <= FEATURES_BUDGET_BYTES, `dist/features.js is ${(bytes / 1024).toFixed(1)} KB, over its ${FEATURES_BUDGET_BYTES / 1024} KB budget`);
  });
});
