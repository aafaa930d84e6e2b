// `npm start`: the extension, freshly built, in the real VS Code (code-server) on a sample journal.
// The sample workspace is copied from test/fixtures/sample-journal once and then kept, so what you
// write there survives restarts; delete .vscode-test/sample-workspace to start over.
// The server is a terminal as the developer, so it asks for a password made fresh for each start
// (code-server's password mode; the password reaches it through the environment, not the process
// list) and listens on 127.0.0.1 only: other local users and containers sharing the network
// namespace see a login page, not a shell.
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../src/core/text/errorMessage';
import { startCodeServer } from './codeServer';
import { generatePassword } from './codeServerLaunch';
import { installUnpacked } from './installExtension';
import { repoRoot, vscodeTestPaths } from './vscodePaths';

async function main(): Promise<void> {
  const root = join(vscodeTestPaths().root, 'start');
  const workspace = join(vscodeTestPaths().root, 'sample-workspace');
  if (!existsSync(workspace)) {
    cpSync(join(repoRoot, 'test', 'fixtures', 'sample-journal'), workspace, { recursive: true });
  }
  const extensionsDir = join(root, 'extensions');
  await installUnpacked(extensionsDir);
  const password = generatePassword();
  const server = await startCodeServer({
    password,
    workspace,
    extensionsDir,
    userDataDir: join(root, 'user-data'),
  });
  console.log('\nLeadership Journal is running in VS Code (code-server), on this machine only:\n');
  console.log(`  ${server.workspaceUrl}`);
  console.log(`  password: ${password}   (new on every start)\n`);
  console.log(`Sample journal: ${workspace}`);
  console.log('Open the URL in a browser, sign in with the password, then run "Leadership Journal: New Entry…" from the Command Palette (F1), or open the Leadership Journal view in the activity bar.');
  console.log('Press Ctrl+C to stop.\n');
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(errorMessage(error));
  process.exit(1);
});
