// Puts the built extension into a code-server extensions folder, unpacked, the way an installed
// extension sits there: `<publisher>.<name>-<version>/` with the manifest and the shipped files.
// The files are the VSIX's: vsce's own list (`.vscodeignore` applied, as `npm run package` does), and
// the README and CHANGELOG are the ones the VSIX ships (shippedReadme.ts: without the contributors'
// sections; shippedChangelog.ts: each version's Highlights), so `npm start` shows the extension as a
// user who installed the VSIX sees it.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';
import { SHIPPED_CHANGELOG, shippedChangelog } from './shippedChangelog';
import { shippedReadme } from './shippedReadme';
import { repoRoot } from './vscodePaths';

export function extensionFolderName(root = repoRoot): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}

/** The files the VSIX holds, relative to `root`, as vsce lists them (no dependencies: the bundles carry them). */
export async function shippedFiles(root = repoRoot): Promise<string[]> {
  return listFiles({ cwd: root, packageManager: PackageManager.None });
}

/** Copies the extension (already built into dist/) into `extensionsDir`; returns its folder. */
export async function installUnpacked(extensionsDir: string, root = repoRoot): Promise<string> {
  if (!existsSync(join(root, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first.');
  }
  const target = join(extensionsDir, extensionFolderName(root));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  // A production build's dist/CHANGELOG.md is not a file of the VSIX: vsce ships it as the Changelog.
  for (const file of (await shippedFiles(root)).filter((path) => path !== SHIPPED_CHANGELOG)) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(root, file), join(target, file));
  }
  // As `npm run package` hands vsce dist/README.md and dist/CHANGELOG.md (--readme-path,
  // --changelog-path): made here from README.md and CHANGELOG.md, so a development build (which
  // writes neither) installs the same text.
  writeFileSync(join(target, 'README.md'), shippedReadme(readFileSync(join(root, 'README.md'), 'utf8')));
  writeFileSync(join(target, 'CHANGELOG.md'), shippedChangelog(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')));
  return target;
}
