// Installs the packaged extension (`npm run package` → leadership-journal-<version>.vsix) the way a
// user does: with the real VS Code's own installer (`code-server --install-extension`). The E2E tier
// runs against this install, not the dev folder, so what ships is what is tested. The installer
// runs once per VSIX (a template folder under .vscode-test/, keyed by the file's size and time);
// each session gets a copy.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, vscodeTestPaths } from './vscodePaths';

export function vsixPath(root = repoRoot): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(root, `${manifest.name}-${manifest.version}.vsix`);
}

/** The folder holding the VSIX installed by code-server; installs it on first use. */
function installedTemplate(vsix: string): string {
  const stat = statSync(vsix);
  const template = join(vscodeTestPaths().root, 'vsix-install', `${stat.size}-${Math.round(stat.mtimeMs)}`);
  if (!existsSync(join(template, 'done'))) {
    rmSync(join(vscodeTestPaths().root, 'vsix-install'), { recursive: true, force: true });
    const extensions = join(template, 'extensions');
    mkdirSync(extensions, { recursive: true });
    const paths = vscodeTestPaths();
    execFileSync(paths.node, [
      paths.codeServerEntry, '--extensions-dir', extensions, '--user-data-dir', join(template, 'user-data'),
      '--install-extension', vsix,
    ], { stdio: 'pipe', timeout: 120_000 });
    const installed = readdirSync(extensions).filter((name) => name.startsWith('leadership-journal.'));
    if (installed.length !== 1) {
      throw new Error(`code-server did not install ${vsix} (found: ${readdirSync(extensions).join(', ') || 'nothing'})`);
    }
    mkdirSync(join(template, 'done'));
  }
  return join(template, 'extensions');
}

/**
 * Copies the extension folder code-server's installer made into `extensionsDir`; returns it. Its
 * record of installed extensions (extensions.json) is left behind: with no record, code-server scans
 * the folder, which is how the E2E tier's helper extensions beside ours (the integration runner, a
 * language pack) are found too.
 */
export function installVsix(extensionsDir: string, vsix = vsixPath()): string {
  if (!existsSync(vsix)) {
    throw new Error(`${vsix} is missing: run \`npm run package\` first.`);
  }
  const template = installedTemplate(vsix);
  const folder = readdirSync(template).find((name) => name.startsWith('leadership-journal.')) as string;
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(join(template, folder), join(extensionsDir, folder), { recursive: true });
  return join(extensionsDir, folder);
}
