// Extension code run in the unit tier: bundled by esbuild with `vscode` aliased to the stub
// (vscodeStub.ts) — the stub exported beside it as `vscode`, so a test drives the very copy the code
// uses — and required. `alias` adds the build's own swaps (scripts/ageAlias.ts, say), `plugins` its
// resolvers (scripts/webPlatform.ts, for the web build's files).
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..');

/** `exports` (export lines, paths from the repository's root) bundled into `dir/name.js` and loaded. */
export async function bundleWithStub<T>(dir: string, name: string, exports: string, alias: Readonly<Record<string, string>> = {}, plugins: esbuild.Plugin[] = []): Promise<T> {
  await esbuild.build({
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: ROOT,
    stdin: { contents: `${exports}\nexport * as vscode from './test/support/vscodeStub';`, resolveDir: ROOT, sourcefile: `${name}.ts`, loader: 'ts' },
    alias: { ...alias, vscode: './test/support/vscodeStub.ts' },
    outfile: join(dir, `${name}.js`),
    plugins,
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(dir, `${name}.js`)) as T;
}
