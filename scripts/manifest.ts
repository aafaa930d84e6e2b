// `npm run manifest`: writes package.json's `contributes.commands`, `contributes.views` and
// `activationEvents` from the activation table (src/extension/activationTable.ts;
// scripts/commandManifest.ts), and names each title or view name still missing from package.nls.json
// or package.nls.de.json. `npm run build` does the same before it bundles (and stops on a missing
// title); this is that step alone.
import { join } from 'node:path';
import { missingTitles, writeManifestCommands } from './commandManifest';
import { repoRoot } from './vscodePaths';

const changed = writeManifestCommands(join(repoRoot, 'package.json'));
console.log(changed
  ? 'package.json: contributes.commands, contributes.views and activationEvents written from the activation table.'
  : 'package.json: contributes.commands, contributes.views and activationEvents already match the activation table.');
for (const line of missingTitles(repoRoot)) {
  console.log(line);
}
