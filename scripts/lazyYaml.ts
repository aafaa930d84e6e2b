// esbuild plugin for the Node features bundle (dist/features.js) and the index workers: maps
// `import … from 'yaml'` to src/extension/lazy/yamlShim.ts, which loads dist/yaml.js on first use, so
// the features do not pay for parsing a YAML library they do not call. The web bundle does not use it (no require there).
import { join } from 'node:path';
import type * as esbuild from 'esbuild';
import { repoRoot } from './vscodePaths';

const SHIM = join(repoRoot, 'src', 'extension', 'lazy', 'yamlShim.ts');

export const lazyYaml: esbuild.Plugin = {
  name: 'lazy-yaml',
  setup(build) {
    // The shim's own (type-only) import of 'yaml' is left alone.
    build.onResolve({ filter: /^yaml$/ }, (args) => (args.importer === SHIM ? undefined : { path: SHIM }));
  },
};
