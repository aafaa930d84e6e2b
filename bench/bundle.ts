// Bundle figures: the production extension bundle, and what the tagger adds to it — its own code and
// data, and with markdown-it (which it parses with) — plus how long loading the tagger takes in a
// fresh Node process (require the bundle and build a tagger), the median of several runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { lazyYaml } from '../scripts/lazyYaml';
import { repoRoot } from '../scripts/vscodePaths';
import { TAGGER_ALIAS } from '../scripts/taggerAlias';
import { AGE_ALIAS } from '../scripts/ageAlias';
import { asciiOnly } from '../scripts/asciiOnly';
import { featuresCore } from '../scripts/featuresCore';

export interface BundleFigures {
  /** dist/extension.js, loaded at activation: it registers the contributions and loads nothing else. */
  readonly extensionKb: number;
  /** dist/features.js, loaded the first time a contribution is used (yaml after it: scripts/lazyYaml.ts). */
  readonly featuresKb: number;
  /** dist/reports.js: reviews, the HTML report and the metrics exports, loaded the first time one of them runs. */
  readonly reportsKb: number;
  /** dist/encryption.js, the age library and the encrypted journal's code: loaded only for an encrypted journal. */
  readonly encryptionKb: number;
  /** dist/tagger.js, loaded by the extension the first time it tags. */
  readonly lazyTaggerKb: number;
  readonly taggerWithMarkdownItKb: number;
  readonly taggerOwnKb: number;
  readonly taggerLoadMs: number;
  /** The parts of the median run: require the bundle, createTagger, the first tag. */
  readonly taggerLoadParts: { readonly require: number; readonly create: number; readonly firstTag: number };
}

export { TAGGER_ALIAS };

async function bundleSize(entry: string, outfile: string, external: string[] = [], plugins: esbuild.Plugin[] = [], alias: Record<string, string> = {}): Promise<number> {
  await esbuild.build({
    entryPoints: [entry], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20',
    external, plugins, alias, logLevel: 'silent', absWorkingDir: repoRoot,
  });
  return statSync(outfile).size / 1024;
}

export async function runBundleBench(): Promise<BundleFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'lj-bundle-'));
  try {
    const extensionKb = await bundleSize('src/extension/extension.ts', join(dir, 'extension.js'), ['vscode']);
    const featuresKb = await bundleSize('src/extension/features.ts', join(dir, 'features.js'), ['vscode'], [lazyYaml]);
    const reportsKb = await bundleSize('src/extension/export/reportsBundle.ts', join(dir, 'reports.js'), [], [lazyYaml, featuresCore]);
    const encryptionKb = await bundleSize('src/extension/encryption/encryptionBundle.ts', join(dir, 'encryption.js'), ['vscode'], [featuresCore], AGE_ALIAS);
    const lazyTaggerKb = await bundleSize('src/extension/tagging/taggerBundle.ts', join(dir, 'lazyTagger.js'), [], [asciiOnly], TAGGER_ALIAS);
    const taggerFile = join(dir, 'tagger.js');
    const taggerWithMarkdownItKb = await bundleSize('src/core/tagger/tagger.ts', taggerFile, [], [asciiOnly], TAGGER_ALIAS);
    // As shipped, with the scaffolded texts written out (TAGGER_ALIAS), but markdown-it left out.
    const taggerOwnKb = await bundleSize('src/core/tagger/tagger.ts', join(dir, 'taggerOwn.js'), ['markdown-it'], [asciiOnly], TAGGER_ALIAS);
    const probe = join(dir, 'load.js');
    writeFileSync(probe, [
      'const t0 = performance.now();',
      `const { createTagger } = require(${JSON.stringify(taggerFile)});`,
      'const t1 = performance.now();',
      'const tagger = createTagger();',
      'const t2 = performance.now();',
      "tagger.tag('I explained why.');",
      'const t3 = performance.now();',
      'process.stdout.write(JSON.stringify([t3 - t0, t1 - t0, t2 - t1, t3 - t2]));',
    ].join('\n'));
    const runs = Array.from({ length: 7 }, () => JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as number[]);
    runs.sort((a, b) => (a[0] as number) - (b[0] as number));
    const median = runs[Math.floor(runs.length / 2)] as number[];
    return {
      extensionKb, featuresKb, reportsKb, encryptionKb, lazyTaggerKb, taggerWithMarkdownItKb, taggerOwnKb, taggerLoadMs: median[0] as number,
      taggerLoadParts: { require: median[1] as number, create: median[2] as number, firstTag: median[3] as number },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The load line: total, then its parts. */
export function formatTaggerLoad(f: BundleFigures): string {
  const { require: load, create, firstTag } = f.taggerLoadParts;
  return `tagger load + first tag, fresh process:    ${f.taggerLoadMs.toFixed(1)} ms  (target ≤ 25 ms, median of 7: `
    + `require ${load.toFixed(1)} + createTagger ${create.toFixed(1)} + first tag ${firstTag.toFixed(1)})`;
}

/** The lines `npm run bench` and this file print. */
export function formatBundle(f: BundleFigures): string[] {
  return [
    `extension bundle (production, minified):   ${f.extensionKb.toFixed(1)} KB   (target ≤ 10 KB; loaded at activation)`,
    `features bundle, loaded on first use:       ${f.featuresKb.toFixed(1)} KB   (target ≤ 300 KB)`,
    `reports bundle, reviews and exports only:   ${f.reportsKb.toFixed(1)} KB`,
    `encryption bundle, encrypted journals only: ${f.encryptionKb.toFixed(1)} KB`,
    `tagger bundle, loaded on first use:         ${f.lazyTaggerKb.toFixed(1)} KB`,
    `tagger code + data (without markdown-it):  ${f.taggerOwnKb.toFixed(1)} KB   (target ≤ 150 KB)`,
    `tagger with markdown-it:                   ${f.taggerWithMarkdownItKb.toFixed(1)} KB`,
    formatTaggerLoad(f),
  ];
}

if (require.main === module) {
  void runBundleBench().then((f) => console.log(formatBundle(f).join('\n')));
}
