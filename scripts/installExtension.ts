// Puts the built extension into a code-server extensions folder, unpacked, the way an installed
// extension sits there: `<publisher>.<name>-<version>/` with the manifest and the shipped files.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './vscodePaths';

/** What a user's install contains; mirrors what `.vscodeignore` lets into the VSIX. */
const SHIPPED = [
  'package.json', 'package.nls.json', 'package.nls.de.json', 'l10n', 'dist', 'media', 'snippets', 'README.md', 'CHANGELOG.md', 'LICENSE',
];

export function extensionFolderName(root = repoRoot): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}

/** Copies the extension (already built into dist/) into `extensionsDir`; returns its folder. */
export function installUnpacked(extensionsDir: string, root = repoRoot): string {
  if (!existsSync(join(root, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first.');
  }
  const target = join(extensionsDir, extensionFolderName(root));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const item of SHIPPED) {
    const source = join(root, item);
    if (existsSync(source)) {
      cpSync(source, join(target, item), { recursive: true });
    }
  }
  return target;
}
