// Builds the bundles with esbuild: the extension's activation and features (Node, CommonJS, `vscode`
// external) and the bundles they load on first use, the web extension, the webview script (browser
// IIFE) and the CLI (Node, with a shebang); in production, also the README and CHANGELOG the VSIX
// ships (shippedReadme.ts, shippedChangelog.ts). Before bundling it fails the build
// if `src/core` imports the editor API or the file system, and writes package.json's commands, views
// and activation events from the activation table (commandManifest.ts; it stops when a line has no
// title in package.nls.json or package.nls.de.json); after, if a bundle pulls in network code.
//
//   tsx scripts/build.ts [--production] [--watch]
import * as esbuild from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activationProblems } from './activationBundle';
import { findCoreImpurities } from './corePurity';
import { extensionLayers, layerLines } from './extensionLayers';
import { moduleStateProblems } from './moduleState';
import { missingTitles, writeManifestCommands } from './commandManifest';
import { lazyYaml } from './lazyYaml';
import { webPlatform } from './webPlatform';
import { repoRoot } from './vscodePaths';
import { RENDER_ALIAS, TAGGER_ALIAS, TAGGER_STAND_INS } from './taggerAlias';
import { AGE_ALIAS } from './ageAlias';
import { asciiOnly } from './asciiOnly';
import { featuresCore, sharedWithFeatures } from './featuresCore';
import { SHIPPED_CHANGELOG, shippedChangelog } from './shippedChangelog';
import { SHIPPED_README, shippedReadme } from './shippedReadme';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** Node built-ins that can reach the network: a journal never leaves the machine. */
const NETWORK_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici']);

const common: esbuild.BuildOptions = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: repoRoot,
};

/** A bundle that runs in Node: the extension host, its worker threads, the CLI. */
const nodeBundle: esbuild.BuildOptions = { ...common, platform: 'node', format: 'cjs', target: 'node20' };

/** Activation: the registrations only (src/extension/shell/; what it may hold: scripts/activationBundle.ts). */
const activation: esbuild.BuildOptions = {
  ...nodeBundle,
  entryPoints: ['src/extension/extension.ts'],
  outfile: 'dist/extension.js',
  external: ['vscode'],
};

const builds: esbuild.BuildOptions[] = [
  activation,
  {
    // Everything the extension does, loaded by dist/extension.js on first use (src/extension/shell/).
    ...nodeBundle,
    entryPoints: ['src/extension/features.ts'],
    outfile: 'dist/features.js',
    external: ['vscode'],
    plugins: [lazyYaml],
  },
  {
    // The web extension (package.json "browser"): VS Code for the Web and web extension hosts. One
    // bundle, tagger and yaml included; Node-only files swapped for their .web.ts siblings.
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    alias: { ...AGE_ALIAS, ...RENDER_ALIAS }, // As in dist/encryption.js and dist/render.js (its tagger shares the renderer's markdown-it).
    plugins: [webPlatform],
  },
  {
    // The yaml library, loaded by dist/features.js on first use (src/extension/lazy/yamlShim.ts).
    ...nodeBundle,
    entryPoints: ['src/extension/lazy/yamlBundle.ts'],
    outfile: 'dist/yaml.js',
  },
  {
    // The tagger and markdown-it, loaded by the extension on first use (see taggerService.ts).
    ...nodeBundle,
    entryPoints: ['src/extension/tagging/taggerBundle.ts'],
    outfile: 'dist/tagger.js',
    alias: { ...TAGGER_ALIAS }, // Stand-ins for what the tagger's parser never uses (taggerAlias.ts).
    plugins: [asciiOnly], // Read as one-byte text: loads faster (asciiOnly.ts).
  },
  {
    // The preview renderer with the whole of markdown-it, loaded on the first preview (webviews/renderModule.ts).
    ...nodeBundle,
    entryPoints: ['src/extension/webviews/renderBundle.ts'],
    outfile: 'dist/render.js',
    alias: { ...RENDER_ALIAS }, // Linkify is off in the renderer (taggerAlias.ts).
  },
  {
    // Reviews, the HTML report and the metrics exports, loaded the first time one of them drafts or
    // writes (export/reportsModule.ts): kept out of dist/features.js, whose budget is 300 KB.
    ...nodeBundle,
    entryPoints: ['src/extension/export/reportsBundle.ts'],
    outfile: 'dist/reports.js',
    // dist/yaml.js only if front matter needs the library, as in dist/features.js; the core modules the
    // features already hold are read from dist/features.js, not bundled again (featuresCore.ts).
    plugins: [lazyYaml, featuresCore],
  },
  {
    // The encrypted journal with the age library, loaded the first time a journal is found encrypted
    // or an encryption command runs (encryption/encryptionModule.ts, encryption/encryptionGate.ts).
    ...nodeBundle,
    entryPoints: ['src/extension/encryption/encryptionBundle.ts'],
    outfile: 'dist/encryption.js',
    external: ['vscode'],
    alias: { ...AGE_ALIAS }, // X25519 keys and passphrases only: no post-quantum, P-256 or Ed25519 code (ageAlias.ts).
    plugins: [featuresCore], // What the features already hold is read from dist/features.js (featuresCore.ts).
  },
  {
    // The time audit with ical.js, loaded the first time a calendar is read (calendar/calendarModule.ts).
    ...nodeBundle,
    entryPoints: ['src/extension/calendar/calendarBundle.ts'],
    outfile: 'dist/calendar.js',
  },
  {
    // Index records on worker threads (src/node/recordPool.ts); loads dist/tagger.js at run time.
    ...nodeBundle,
    entryPoints: ['src/node/recordWorker.ts'],
    outfile: 'dist/recordWorker.js',
    plugins: [lazyYaml], // dist/yaml.js only if an entry's front matter needs the library.
  },
  {
    ...common,
    // The webviews' scripts: the trends view and the Explain Tags panel (dist/webview/*.js).
    entryPoints: { trends: 'src/webview/trends/main.ts', explain: 'src/webview/explain/main.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    ...nodeBundle,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    alias: { ...TAGGER_STAND_INS }, // As in dist/tagger.js, but the scaffolded texts read from the kinds the CLI carries anyway.
    plugins: [asciiOnly], // As dist/tagger.js, which it holds: read as one-byte text, compiled sooner (asciiOnly.ts).
    banner: { js: '#!/usr/bin/env node' },
    define: { CLI_VERSION: JSON.stringify(version) },
  },
  {
    // The CLI's classify worker threads (src/cli/parallelClassify.ts): the tagger and the batch code
    // only, ~290 KB against the CLI's ~830 KB, so a worker answers its first batch sooner. The CLI
    // falls back on itself as the worker when this file is not beside it.
    ...nodeBundle,
    entryPoints: ['src/cli/classifyWorkerMain.ts'],
    outfile: 'dist/classifyWorker.js',
    alias: { ...TAGGER_STAND_INS },
  },
];

/** The CLI's bundles: installed from npm, never in the VSIX. */
const CLI_BUNDLES = new Set(['dist/cli.js', 'dist/classifyWorker.js']);

/**
 * What is wrong with dist/extension.js: it is loaded at activation, so it only registers the
 * activation table's lines (src/extension/shell/); the features' code belongs in dist/features.js, and
 * the rest has a budget (scripts/activationBundle.ts). A new import that pulls more in fails the build
 * here rather than slowing every start unnoticed. The budget is of the minified bundle: a development
 * build measures it by building the entry again, minified.
 */
async function activationCheck(metafiles: readonly esbuild.Metafile[]): Promise<string[]> {
  const output = metafiles.map((metafile) => metafile.outputs['dist/extension.js']).find((found) => found !== undefined);
  if (output === undefined) {
    return [];
  }
  const minified = production
    ? output.bytes
    : (await esbuild.build({ ...activation, minify: true, sourcemap: false, metafile: false, write: false })).outputFiles?.[0]?.contents.length ?? 0;
  return activationProblems(Object.fromEntries(Object.entries(output.inputs).map(([path, input]) => [path, input.bytesInOutput])), minified);
}

/**
 * What dist/features.js must not contain: the age library and the encryption code, which only an
 * encrypted journal loads (dist/encryption.js). An import that pulls them back fails the build.
 */
const ENCRYPTION_ONLY = /(^|\/)node_modules\/(age-encryption|@noble|@scure)\/|^src\/(core\/crypto\/|core\/encryption\/(?!productFiles\.ts$)|node\/encryption\/)/;

function featuresEncryptionInputs(metafile: esbuild.Metafile): string[] {
  const output = metafile.outputs['dist/features.js'];
  return output ? Object.keys(output.inputs).filter((input) => ENCRYPTION_ONLY.test(input)) : [];
}

/** Bundles the build wrote that `.vscodeignore` keeps out of the VSIX (the CLI's are meant to be: it installs from npm). */
function unshipped(outputs: readonly string[]): string[] {
  const kept = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8').split(/\r?\n/).filter((line) => line.startsWith('!')).map((line) => line.slice(1));
  const keeps = (file: string): boolean => kept.some((pattern) => pattern === file || (pattern.endsWith('/**') && file.startsWith(pattern.slice(0, -2))));
  return outputs.filter((file) => file.endsWith('.js') && !CLI_BUNDLES.has(file) && !keeps(file));
}

function networkImports(metafile: esbuild.Metafile): string[] {
  const found: string[] = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imported of input.imports) {
      const name = imported.path.replace(/^node:/, '').split('/')[0];
      if (imported.external && name !== undefined && NETWORK_MODULES.has(name)) {
        found.push(`${file} imports ${imported.path}`);
      }
    }
  }
  return found;
}

/** Ends the build with `message` and one line per problem, when there is any. */
function failIf(problems: readonly string[], message: string): void {
  if (problems.length > 0) {
    console.error(message);
    for (const line of problems) {
      console.error(`  ${line}`);
    }
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const impurities = findCoreImpurities(join(repoRoot, 'src', 'core'));
  if (impurities.length > 0) {
    console.error('src/core must not import vscode or fs (it also runs in the CLI and in a web worker):');
    for (const line of impurities) {
      console.error(`  ${line}`);
    }
    process.exit(1);
  }
  const layers = extensionLayers(join(repoRoot, 'src', 'extension'));
  if (layers.backEdges.length > 0) {
    console.error('src/extension: an import runs back up a floor (scripts/extensionLayers.ts; the floors as computed):');
    for (const line of layerLines(layers)) {
      console.error(line);
    }
    process.exit(1);
  }
  failIf(moduleStateProblems(join(repoRoot, 'src', 'extension')), 'src/extension keeps state at module scope (scripts/moduleState.ts): build it in features.ts and hand it down as a service:');
  // The manifest is the activation table's, so adding a command is a line, a handler and its two
  // titles: written here, as `npm run manifest` would (the unit tier fails on a stale package.json).
  if (writeManifestCommands(join(repoRoot, 'package.json'))) {
    console.log('[build] package.json: contributes.commands, contributes.views and activationEvents written from the activation table; commit it with the line.');
  }
  failIf(missingTitles(repoRoot), 'A line of the activation table has no title (or view name); add each, in English and in German:');
  // Start from an empty dist/ so no stale bundle or source map from another mode ships.
  rmSync(join(repoRoot, 'dist'), { recursive: true, force: true });
  if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
    console.log('[build] watching for changes…');
    return;
  }
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  const metafiles = results.flatMap((result) => (result.metafile ? [result.metafile] : []));
  failIf(metafiles.flatMap(networkImports), 'A bundle imports network modules; the journal must never leave the machine:');
  failIf(await activationCheck(metafiles), 'dist/extension.js (loaded at activation) pulls in more than the registrations; move these behind src/extension/features.ts:');
  failIf(metafiles.flatMap(featuresEncryptionInputs), 'dist/features.js pulls in the encryption code; it belongs in dist/encryption.js (src/extension/encryption/encryptionBundle.ts):');
  failIf(sharedWithFeatures(metafiles), 'A bundle dist/features.js loads carries modules the features carry too; list the names it imports from each in src/extension/featuresCore.ts:');
  failIf(unshipped(metafiles.flatMap((metafile) => Object.keys(metafile.outputs))), '.vscodeignore leaves these bundles out of the VSIX (list each with a "!" line):');
  if (production) {
    // What `npm run package` ships as the README: README.md without its contributors' sections; as the
    // CHANGELOG: each version's Highlights (a version without them stops the build here).
    writeFileSync(join(repoRoot, SHIPPED_README), shippedReadme(readFileSync(join(repoRoot, 'README.md'), 'utf8')));
    writeFileSync(join(repoRoot, SHIPPED_CHANGELOG), shippedChangelog(readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8')));
  }
  console.log(`[build] ${production ? 'production' : 'development'} bundles written to dist/`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
