// scripts/featuresCore.ts: dist/reports.js and dist/encryption.js read the code dist/features.js
// already holds from it instead of carrying their own copy. Built here as the build builds them
// (the features over the stub `vscode`), loaded in the order the extension loads them, and held to
// the same results as the source; a name the list lacks fails the build rather than reading undefined.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { AGE_ALIAS } from '../../../scripts/ageAlias';
import { FEATURES_CORE, featuresCore, featuresCoreModules, sharedWithFeatures } from '../../../scripts/featuresCore';
import { lazyYaml } from '../../../scripts/lazyYaml';
import { renderHtmlReport } from '../../../src/core/report/htmlReport';
import { buildReport } from '../../../src/core/report/reportModel';
import { metricsCsv } from '../../../src/core/reflect/exportMetrics';
import type * as Reports from '../../../src/extension/export/reportsBundle';
import { day, entry, tagged } from '../core/trends/fixtures';

const ROOT = join(__dirname, '..', '..', '..');

describe('the code dist/features.js hands the bundles it loads (featuresCore)', function () {
  this.timeout(60_000);
  let dir: string;
  let metafiles: esbuild.Metafile[];
  let reports: typeof Reports;
  let handed: Record<string, unknown>;
  let encryptionLoads: boolean;
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: ROOT, metafile: true } as const;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-features-core-'));
    const out = (file: string): string => join(dir, file);
    const results = await Promise.all([
      esbuild.build({ ...common, entryPoints: ['src/extension/lazy/yamlBundle.ts'], outfile: out('yaml.js') }),
      // The features' side only: the object, with `vscode` the stub (dist/features.js keeps it external).
      esbuild.build({
        ...common,
        stdin: { contents: "export { featuresCore } from './src/extension/featuresCore';", resolveDir: ROOT, sourcefile: 'features.ts', loader: 'ts' },
        alias: { vscode: './test/support/vscodeStub.ts' }, plugins: [lazyYaml], outfile: out('features.js'),
      }),
      esbuild.build({ ...common, entryPoints: ['src/extension/export/reportsBundle.ts'], plugins: [lazyYaml, featuresCore], outfile: out('reports.js') }),
      esbuild.build({
        ...common, entryPoints: ['src/extension/encryption/encryptionBundle.ts'], alias: { ...AGE_ALIAS, vscode: './test/support/vscodeStub.ts' },
        plugins: [featuresCore], outfile: out('encryption.js'),
      }),
    ]);
    // The metafiles name outputs by their path from ROOT; sharedWithFeatures reads them as dist/….
    metafiles = results.map((result) => ({
      inputs: result.metafile.inputs,
      outputs: Object.fromEntries(Object.entries(result.metafile.outputs).map(([file, output]) => [`dist/${relative(relative(ROOT, dir), file)}`, output])),
    }));
    /* eslint-disable @typescript-eslint/no-require-imports */
    handed = (require(out('features.js')) as { featuresCore: Record<string, unknown> }).featuresCore;
    reports = require(out('reports.js')) as typeof Reports;
    encryptionLoads = typeof (require(out('encryption.js')) as { encryptCommand?: unknown }).encryptCommand === 'function';
    /* eslint-enable @typescript-eslint/no-require-imports */
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the listed modules out of the later bundles: they share nothing with the features', () => {
    // The stub `vscode` stands in for the host's module, which the build leaves external to both.
    assert.deepEqual(sharedWithFeatures(metafiles).filter((line) => !line.endsWith('test/support/vscodeStub.ts')), []);
    const reportsInputs = Object.keys(metafiles[2]?.inputs ?? {});
    assert.ok(!reportsInputs.includes('src/core/entries/kinds.ts') && !reportsInputs.includes('src/core/entries/germanKinds.ts'));
    assert.ok(reportsInputs.includes('src/core/reflect/reviewWords.ts'), 'the review words stay in dist/reports.js');
    assert.doesNotMatch(readFileSync(join(dir, 'reports.js'), 'utf8'), /Einzelgespräch/, "the entry kinds' German names are not in it");
  });

  it('hands over every name it lists, each one defined', () => {
    const listed = [...featuresCoreModules().values()].flat();
    assert.ok(listed.length > 40);
    assert.deepEqual(Object.keys(handed).sort(), [...listed].sort());
    assert.deepEqual(listed.filter((name) => handed[name] === undefined), []);
  });

  it('drafts the report and the metrics from the features\' code exactly as the source does', () => {
    const records = [tagged('2026-11-20', 0.3, { people: ['Ana'], traps: ['micromanaging-leader'], style: 'directing' }), entry('2026-11-19')];
    const options = { journal: 'journal', generator: 'leadership-journal 9.9.9' };
    const model = reports.buildReport(records, [], day('2026-11-23'));
    assert.deepEqual(model, buildReport(records, [], day('2026-11-23')));
    assert.equal(reports.renderHtmlReport(model, options), renderHtmlReport(model, options));
    assert.equal(reports.metricsCsv(records), metricsCsv(records));
    assert.ok(encryptionLoads, 'dist/encryption.js loads beside the features');
  });

  it('fails the build when a bundle imports a name the list lacks', async () => {
    const listed = featuresCoreModules();
    const [path, names = []] = [...listed].find(([, named]) => named.length > 0) ?? [];
    assert.ok(path !== undefined && names.length > 0);
    const specifier = `./${relative(ROOT, path).replaceAll('\\', '/')}`;
    await assert.rejects(esbuild.build({
      ...common, write: false, plugins: [featuresCore], outfile: join(dir, 'probe.js'),
      stdin: { contents: `import { notListedHere } from '${specifier}';\nexport const probe = notListedHere;`, resolveDir: ROOT, sourcefile: 'probe.ts', loader: 'ts' },
    }), /No matching export|notListedHere/);
  });

  it('reads its list from featuresCore.ts\'s import lines', () => {
    const source = "import { a, b } from './x';\nimport { c } from '../y/z';\nimport type { T } from './t';\n";
    const file = join(ROOT, 'src', 'extension', 'featuresCore.ts');
    assert.deepEqual([...featuresCoreModules(source, file)], [
      [join(ROOT, 'src', 'extension', 'x'), ['a', 'b']],
      [join(ROOT, 'src', 'y', 'z'), ['c']],
    ]);
    assert.equal(FEATURES_CORE, file);
  });
});
