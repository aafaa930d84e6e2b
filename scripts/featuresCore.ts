// esbuild plugin for the bundles only dist/features.js loads, in the extension host's thread —
// dist/reports.js (export/reportsModule.ts) and dist/encryption.js (encryption/encryptionModule.ts):
// an import of a module listed in src/extension/featuresCore.ts is not bundled again but read, at run
// time, from the `featuresCore` object dist/features.js exports — the features bundle is loaded by
// then, so requiring it beside them hands back the loaded module and nothing runs twice. (Not for the
// tagger or the index workers: a worker thread has no dist/features.js loaded, nor can it load it.)
// Each listed module becomes a small module exporting the names featuresCore.ts imports from it, so an
// import of a name the list lacks fails the build (no matching export) rather than reading undefined.
// scripts/build.ts also fails when such a bundle and the features still share a module (sharedWithFeatures below).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type * as esbuild from 'esbuild';
import { repoRoot } from './vscodePaths';

export const FEATURES_CORE = resolve(repoRoot, 'src', 'extension', 'featuresCore.ts');

const NAMESPACE = 'features-core';
/** The one module that requires dist/features.js; each listed module reads its names from it. */
const ROOT = 'features-core';

/** The listed modules, by absolute path without `.ts`, to the names featuresCore.ts imports from each. */
export function featuresCoreModules(source = readFileSync(FEATURES_CORE, 'utf8'), file = FEATURES_CORE): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  for (const [, names = '', specifier = ''] of source.matchAll(/^import \{([^}]*)\} from '([^']+)';$/gm)) {
    modules.set(resolve(dirname(file), specifier), names.split(',').map((name) => name.trim()).filter((name) => name !== ''));
  }
  return modules;
}

/** The module standing in for one listed module: its names, read from the features' object. */
export function standIn(names: readonly string[]): string {
  return `const core = require(${JSON.stringify(ROOT)});\n${names.map((name) => `export const ${name} = core.${name};`).join('\n')}\n`;
}

export const featuresCore: esbuild.Plugin = {
  name: 'features-core',
  setup(build) {
    const modules = featuresCoreModules();
    build.onResolve({ filter: /^features-core$/ }, () => ({ path: ROOT, namespace: NAMESPACE }));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
      return modules.has(path) ? { path, namespace: NAMESPACE } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
      loader: 'js',
      contents: args.path === ROOT
        ? "module.exports = require(require('node:path').join(__dirname, 'features.js')).featuresCore;"
        : standIn(modules.get(args.path) ?? []),
    }));
  },
};

/** The bundles built with {@link featuresCore}. */
export const FEATURES_SATELLITES = ['dist/reports.js', 'dist/encryption.js'] as const;

/**
 * Inputs one of {@link FEATURES_SATELLITES} carries that dist/features.js carries too, as `bundle: input`
 * (the yaml shim is a few lines and loads dist/yaml.js once either way).
 */
export function sharedWithFeatures(metafiles: readonly esbuild.Metafile[]): string[] {
  const inputsOf = (file: string): string[] => Object.keys(metafiles.find((metafile) => file in metafile.outputs)?.outputs[file]?.inputs ?? {});
  const features = new Set(inputsOf('dist/features.js'));
  return FEATURES_SATELLITES.flatMap((bundle) => inputsOf(bundle)
    .filter((input) => features.has(input) && input !== 'src/extension/lazy/yamlShim.ts')
    .map((input) => `${bundle}: ${input}`));
}
