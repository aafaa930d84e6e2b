// Compiles the integration tier: the runner extension and each suite file, one CommonJS bundle per
// file with `vscode` left external (the extension host provides it).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/vscodePaths';

export const integrationOut = join(repoRoot, 'out', 'integration');

export async function buildIntegration(): Promise<void> {
  rmSync(integrationOut, { recursive: true, force: true });
  const suiteDir = join(repoRoot, 'test', 'integration', 'suite');
  const suiteFiles = readdirSync(suiteDir).filter((name) => name.endsWith('.test.ts')).map((name) => join(suiteDir, name));
  const common: esbuild.BuildOptions = {
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], sourcemap: 'inline',
    logLevel: 'warning', absWorkingDir: repoRoot,
  };
  await Promise.all([
    esbuild.build({ ...common, entryPoints: suiteFiles, outdir: join(integrationOut, 'suite') }),
    esbuild.build({ ...common, entryPoints: [join(repoRoot, 'test', 'integration', 'runner', 'extension.ts')], outfile: join(integrationOut, 'runner', 'extension.js') }),
    esbuild.build({ ...common, entryPoints: [join(repoRoot, 'test', 'desktop', 'suiteIndex.ts')], outfile: join(integrationOut, 'desktop', 'index.js') }),
  ]);
}
