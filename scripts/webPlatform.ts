// esbuild plugin for the web extension bundle: an import of `./x` (or `./x.ts`) whose folder also has
// `x.web.ts` resolves to that file instead. The Node-only pieces — loading bundles beside the
// extension with require, worker threads — each have a web sibling (src/extension/host/,
// src/extension/lazy/), and the build fails if a Node built-in is still reached.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as esbuild from 'esbuild';

export const webPlatform: esbuild.Plugin = {
  name: 'web-platform',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const base = resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
      const web = `${base}.web.ts`;
      return !base.endsWith('.web') && existsSync(web) ? { path: web } : undefined;
    });
  },
};
