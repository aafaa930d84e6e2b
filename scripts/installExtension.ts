// Puts the built extension into a code-server extensions folder, unpacked, the way an installed
// extension sits there: `<publisher>.<name>-<version>/` with the manifest and the shipped files.
// The files are the VSIX's: vsce's own list (`.vscodeignore` applied, as `npm run package` does), and
// the README is the one the VSIX ships (shippedReadme.ts: without the contributors' sections), so
// `npm start` shows the extension as a user who installed the VSIX sees it.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';
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
  for (const file of await shippedFiles(root)) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(root, file), join(target, file));
  }
  // As `npm run package` hands vsce dist/README.md (--readme-path): made here from README.md, so a
  // development build (which does not write dist/README.md) installs the same text.
  writeFileSync(join(target, 'README.md'), shippedReadme(readFileSync(join(root, 'README.md'), 'utf8')));
  return target;
}
