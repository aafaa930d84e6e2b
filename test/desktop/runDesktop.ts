// `npm run test:desktop`: the integration suite in desktop VS Code, downloaded by @vscode/test-electron.
// Needs internet access to Microsoft's update servers (it does not work on the project's offline
// machines or CI; there the code-server tier runs the same suite).
import { runTests } from '@vscode/test-electron';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIntegration, integrationOut } from '../integration/build';
import { repoRoot } from '../../scripts/vscodePaths';

async function main(): Promise<void> {
  await buildIntegration();
  const workspace = mkdtempSync(join(tmpdir(), 'lj-desktop-'));
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(integrationOut, 'desktop', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
