// `npm run manifest`: writes package.json's `contributes.commands`, `contributes.views` and
// `activationEvents` from the activation table (src/extension/activationTable.ts;
// scripts/commandManifest.ts), and names each title or view name still missing from package.nls.json
// or package.nls.de.json. Run it after adding a line.
import { join } from 'node:path';
import { contributedCommandNames, titleKey, viewNameKey, writeManifestCommands } from './commandManifest';
import { VIEW_NAMES } from '../src/extension/activationTable';
import { readFileSync } from 'node:fs';
import { repoRoot } from './vscodePaths';

const changed = writeManifestCommands(join(repoRoot, 'package.json'));
console.log(changed
  ? 'package.json: contributes.commands, contributes.views and activationEvents written from the activation table.'
  : 'package.json: contributes.commands, contributes.views and activationEvents already match the activation table.');
for (const file of ['package.nls.json', 'package.nls.de.json']) {
  const strings = JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as Record<string, string>;
  for (const name of contributedCommandNames().filter((each) => strings[titleKey(each)] === undefined)) {
    console.log(`${file}: add "${titleKey(name)}", the title of ${name}.`);
  }
  for (const name of VIEW_NAMES.filter((each) => strings[viewNameKey(each)] === undefined)) {
    console.log(`${file}: add "${viewNameKey(name)}", the name of the ${name} view.`);
  }
}
