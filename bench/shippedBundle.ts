// Tagger code bundled and minified as the product ships it (scripts/build.ts: the same aliases that
// leave out markdown-it's inline parts), for benches that call its internals: `entry` is a module's
// source of `export … from './…'` lines, resolved from `src/core/tagger` of the tree at `root`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { TAGGER_ALIAS } from '../scripts/taggerAlias';

/**
 * Builds `entry` into `outfile` and loads it. A tree older than one of the stand-ins (bench/sameTags.ts
 * --old) has no file for it, and bundles the library it stands in for, as that tree shipped it.
 */
export async function loadShippedBundle<T>(root: string, entry: string, outfile: string, plugins: esbuild.Plugin[]): Promise<T> {
  const alias = Object.fromEntries(Object.entries(TAGGER_ALIAS).filter(([, standIn]) => existsSync(join(root, standIn))));
  await esbuild.build({
    stdin: { contents: entry, resolveDir: join(root, 'src', 'core', 'tagger'), loader: 'ts' },
    outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20',
    alias, plugins, logLevel: 'silent', absWorkingDir: root,
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle built just now
  return require(outfile) as T;
}
