// What `npm run build` (and `npm run manifest`) does with package.json (scripts/commandManifest.ts):
// writes its commands, views and activation events from the activation table, the rest of the file
// and each view's layout as they were, and nothing when they already match; and names each title or
// view name a line lacks in English or German (empty counts as missing), which stops the build.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingTitles, writeManifestCommands } from '../../../scripts/commandManifest';
import { useFileTrees } from '../../support/fileTrees';

const root = join(__dirname, '..', '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

describe('scripts: the manifest from the activation table (commandManifest.ts)', () => {
  const tree = useFileTrees('lj-manifest-');

  it('writes a stale package.json\'s commands, views and events as the table makes them, and leaves the rest', () => {
    const real = JSON.parse(read('package.json')) as { activationEvents: string[]; contributes: { commands: unknown[]; views: { leadershipJournal: Record<string, unknown>[] } } };
    const stale = structuredClone(real);
    stale.activationEvents = ['*'];
    stale.contributes.commands = stale.contributes.commands.slice(1);
    // A view's layout is the manifest's own: kept, while its id and name come from the table.
    stale.contributes.views.leadershipJournal = stale.contributes.views.leadershipJournal.map((view) => ({ ...view, name: 'stale' }));
    const dir = tree({ 'package.json': `${JSON.stringify(stale, null, 2)}\n` });
    assert.equal(writeManifestCommands(join(dir, 'package.json')), true);
    assert.equal(readFileSync(join(dir, 'package.json'), 'utf8'), read('package.json'), 'byte for byte the checked-in package.json');
    assert.equal(writeManifestCommands(join(dir, 'package.json')), false, 'nothing to write the second time');
  });

  it('names each title and view name a line lacks, in either language, and none when all are written', () => {
    const english = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const german = JSON.parse(read('package.nls.de.json')) as Record<string, string>;
    assert.deepEqual(missingTitles(root), []);
    const withoutTitle = Object.fromEntries(Object.entries(german).filter(([key]) => key !== 'command.newEntry.title'));
    const dir = tree({
      'package.nls.json': JSON.stringify({ ...english, 'view.commitments.name': ' ' }),
      'package.nls.de.json': JSON.stringify(withoutTitle),
    });
    assert.deepEqual(missingTitles(dir), [
      'package.nls.de.json lacks "command.newEntry.title" (the title of the command newEntry)',
      'package.nls.json lacks "view.commitments.name" (the name of the view commitments)',
    ]);
  });

  it('is run by the build before it bundles, which stops on a missing title', () => {
    const build = read('scripts/build.ts');
    const main = build.slice(build.indexOf('async function main'));
    const bundling = main.indexOf('esbuild.build(');
    assert.ok(main.indexOf('writeManifestCommands(join(repoRoot, \'package.json\'))') > 0 && main.indexOf('writeManifestCommands(') < bundling, 'main writes the manifest before bundling');
    assert.ok(/failIf\(missingTitles\(repoRoot\)/.test(main) && main.indexOf('missingTitles(') < bundling, 'and fails on a missing title before bundling');
  });
});
