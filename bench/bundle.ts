// Bundle figures: the production extension bundle, and what the tagger adds to it — its own code and
// data, and with markdown-it (which it parses with) — plus how long loading the tagger takes in a
// fresh Node process (require the bundle and build a tagger), the median of several runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../scripts/vscodePaths';

export interface BundleFigures {
  /** dist/extension.js, loaded at activation. */
  readonly extensionKb: number;
  /** dist/tagger.js, loaded by the extension the first time it tags. */
  readonly lazyTaggerKb: number;
  readonly taggerWithMarkdownItKb: number;
  readonly taggerOwnKb: number;
  readonly taggerLoadMs: number;
}

async function bundleSize(entry: string, outfile: string, external: string[] = []): Promise<number> {
  await esbuild.build({
    entryPoints: [entry], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20',
    external, logLevel: 'silent', absWorkingDir: repoRoot,
  });
  return statSync(outfile).size / 1024;
}

export async function runBundleBench(): Promise<BundleFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'lj-bundle-'));
  try {
    const extensionKb = await bundleSize('src/extension/extension.ts', join(dir, 'extension.js'), ['vscode']);
    const lazyTaggerKb = await bundleSize('src/extension/tagging/taggerBundle.ts', join(dir, 'lazyTagger.js'));
    const taggerFile = join(dir, 'tagger.js');
    const taggerWithMarkdownItKb = await bundleSize('src/core/tagger/tagger.ts', taggerFile);
    const taggerOwnKb = await bundleSize('src/core/tagger/tagger.ts', join(dir, 'taggerOwn.js'), ['markdown-it']);
    const probe = join(dir, 'load.js');
    writeFileSync(probe, `const t0 = performance.now(); const { createTagger } = require(${JSON.stringify(taggerFile)}); createTagger().tag('I explained why.'); process.stdout.write(String(performance.now() - t0));`);
    const runs = Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, [probe], { encoding: 'utf8' })));
    runs.sort((a, b) => a - b);
    return { extensionKb, lazyTaggerKb, taggerWithMarkdownItKb, taggerOwnKb, taggerLoadMs: runs[Math.floor(runs.length / 2)] ?? NaN };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runBundleBench().then((f) => {
    console.log(`extension bundle (production, minified):   ${f.extensionKb.toFixed(1)} KB   (target ≤ 300 KB)`);
    console.log(`tagger bundle, loaded on first use:         ${f.lazyTaggerKb.toFixed(1)} KB`);
    console.log(`tagger code + data (without markdown-it):  ${f.taggerOwnKb.toFixed(1)} KB   (target ≤ 150 KB)`);
    console.log(`tagger with markdown-it:                   ${f.taggerWithMarkdownItKb.toFixed(1)} KB`);
    console.log(`tagger load + first tag, fresh process:    ${f.taggerLoadMs.toFixed(1)} ms  (target ≤ 20 ms, median of 7)`);
  });
}
