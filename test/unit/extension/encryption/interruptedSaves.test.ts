// A save cut off between its write and its rename, put back when a new window unlocks the journal,
// through the extension's own code (dist/encryption.js's vault and commands over the stub `vscode` of
// test/support/vscodeStub.ts, on a real folder through Node's fs, as the desktop host reads a `file:`
// journal): the entry opens again, a partial that does not open is kept and named in the output
// channel with why, and one written just now is left alone.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshot, stubVault, useEncryptionProbe } from '../../../support/identityVault';

const PASSPHRASE = 'Grüße aus dem Büro';
const ENTRIES: Readonly<Record<string, string>> = {
  '2026/11/2026-11-23.md': '---\ndate: 2026-11-23\nkind: daily\n---\n\nConfidential: the budget is cut by a third.\n',
  '2026/11/2026-11-24.md': '---\ndate: 2026-11-24\nkind: daily\n---\n\nAna asked for leave in January.\n',
  '2026/11/2026-11-25.md': '---\ndate: 2026-11-25\nkind: daily\n---\n\nThe offsite moves to March.\n',
};
const [CUT_OFF, DAMAGED, SAVING] = Object.keys(ENTRIES) as [string, string, string];

describe('extension: a save cut off before its rename, put back at unlock', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('interruptedProbe');

  const window = (log: string[] = []): ReturnType<typeof stubVault> => stubVault(probe(), new Map(), new Map(), log);

  /** A plain journal of ENTRIES in `name` under the test's folder, encrypted (readable names unless `opaque`, a passphrase) by the command. */
  const encryptedJournal = async (name: string, names: 'readable' | 'opaque' = 'readable'): Promise<string> => {
    const journal = join(dir(), name);
    for (const [path, text] of Object.entries(ENTRIES)) {
      mkdirSync(join(journal, path, '..'), { recursive: true });
      writeFileSync(join(journal, path), text);
    }
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    probe().vscode.stub.ui.answer = (question) => question.items.find((item) => [names === 'opaque' ? 'Encrypt, Hide Names Too' : 'Encrypt, Keep Names Readable', 'With a Passphrase'].includes(item))
      ?? (question.kind === 'inputBox' ? PASSPHRASE : undefined);
    await probe().encryptCommand(window());
    return journal;
  };

  it('a new window\'s unlock renames the old, whole partial into place; a damaged one and one written just now stay', async () => {
    const journal = await encryptedJournal('journal');
    assert.ok(probe().vscode.stub.ui.said.some((text) => text.startsWith('Encrypted 3 entries')), probe().vscode.stub.ui.said.join('\n'));

    // What VS Code's delete-then-rename leaves when the window closes between the two: only the partial.
    const old = new Date(Date.now() - 5 * 60_000);
    const at = (path: string): string => join(journal, `${path}.age`);
    renameSync(at(CUT_OFF), `${at(CUT_OFF)}.lj-partial`);
    utimesSync(`${at(CUT_OFF)}.lj-partial`, old, old);
    const sealed = readFileSync(at(DAMAGED));
    rmSync(at(DAMAGED));
    writeFileSync(`${at(DAMAGED)}.lj-partial`, sealed.subarray(0, sealed.length - 30));
    utimesSync(`${at(DAMAGED)}.lj-partial`, old, old);
    renameSync(at(SAVING), `${at(SAVING)}.lj-partial`); // Written a moment ago: a save under way elsewhere.
    const before = snapshot(journal);

    const log: string[] = [];
    const vault = window(log);
    const root = await vault.open(probe().vscode.Uri.file(journal));
    assert.ok(root !== undefined && root.scheme === 'ljencrypted', 'unlocked and mounted');

    const expected = new Map(before);
    expected.set(`${CUT_OFF}.age`, before.get(`${CUT_OFF}.age.lj-partial`) ?? '');
    expected.delete(`${CUT_OFF}.age.lj-partial`);
    assert.deepEqual(snapshot(journal), expected, 'the one partial renamed into place; nothing else changed');
    const text = await vault.provider.readFile(probe().vscode.Uri.joinPath(root, ...CUT_OFF.split('/')) as never);
    assert.equal(Buffer.from(text).toString('utf8'), ENTRIES[CUT_OFF], 'the entry opens as it was saved');
    assert.ok(existsSync(`${at(DAMAGED)}.lj-partial`) && existsSync(`${at(SAVING)}.lj-partial`), 'the others are kept');
    assert.deepEqual(log, [
      `info ${CUT_OFF}.age was put back in place: its last save was cut off after the new version was written and checked, before it was renamed.`,
      `warn An interrupted save was left as it is, not put in place of ${DAMAGED}.age: ${DAMAGED}.age.lj-partial is damaged: it fails age's integrity check (a byte was changed or the file was cut short).`,
      `info ${SAVING}.age.lj-partial was written less than a minute ago, perhaps by a save in another window: left as it is.`,
    ]);
  });

  it('a dead window\'s save cut off beside its entry is kept as NAME (interrupted save).md by the next unlock, told in the output; one holding the entry\'s text is removed', async () => {
    const journal = await encryptedJournal('beside');
    const at = (path: string): string => join(journal, `${path}.age`);
    const partialOf = (path: string): string => `${at(path)}.7deadwin.lj-partial`; // Another window's (layout.ts), closed since.
    // A save of CUT_OFF with other text, sealed by a window, then cut off before its rename: its partial beside the entry.
    const first = window();
    const mounted = await first.open(probe().vscode.Uri.file(journal));
    assert.ok(mounted !== undefined);
    const sealed = readFileSync(at(CUT_OFF));
    const saved = `${ENTRIES[CUT_OFF] ?? ''}Written in a window that was then closed.\n`;
    await first.provider.writeFile(probe().vscode.Uri.joinPath(mounted, ...CUT_OFF.split('/')) as never, Buffer.from(saved), { create: false, overwrite: true });
    renameSync(at(CUT_OFF), partialOf(CUT_OFF));
    writeFileSync(at(CUT_OFF), sealed);
    writeFileSync(partialOf(DAMAGED), readFileSync(at(DAMAGED))); // Its rename's copy landed: nothing only it holds.
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(partialOf(CUT_OFF), old, old);
    utimesSync(partialOf(DAMAGED), old, old);

    const log: string[] = [];
    const vault = window(log);
    const root = await vault.open(probe().vscode.Uri.file(journal));
    assert.ok(root !== undefined, 'unlocked');
    const kept = '2026/11/2026-11-23 (interrupted save).md';
    const read = async (path: string): Promise<string> => Buffer.from(await vault.provider.readFile(probe().vscode.Uri.joinPath(root, ...path.split('/')) as never)).toString('utf8');
    assert.equal(await read(kept), saved, 'the cut-off save is an entry of its own, in the editor');
    assert.equal(await read(CUT_OFF), ENTRIES[CUT_OFF], 'the entry is as it was');
    assert.ok(!existsSync(partialOf(CUT_OFF)) && !existsSync(partialOf(DAMAGED)), 'no partial left');
    assert.deepEqual(log, [
      `warn ${kept}.age holds a save of ${CUT_OFF}.age that a closed window cut off before its rename, with other text than the entry: kept beside it as a new entry. Compare the two, then delete the one you do not need.`,
    ]);
  });

  it('in an opaque journal, a dead window\'s save cut off beside its entry is kept by the next unlock as NAME (interrupted save).md, named in the journal\'s names, told as an interrupted save kept aside, not as a lost name', async () => {
    const journal = await encryptedJournal('opaque-beside', 'opaque');
    const first = window();
    const mounted = await first.open(probe().vscode.Uri.file(journal));
    assert.ok(mounted !== undefined);
    const before = new Set(readdirSync(journal));
    const saved = `${ENTRIES[CUT_OFF] ?? ''}Written in a window that was then closed.\n`;
    const sealedOf = async (): Promise<string> => {
      // The entry's opaque file: the one whose text changes with this save.
      const files = [...before].filter((file) => file.endsWith('.md.age'));
      const old = new Map(files.map((file) => [file, readFileSync(join(journal, file))]));
      await first.provider.writeFile(probe().vscode.Uri.joinPath(mounted, ...CUT_OFF.split('/')) as never, Buffer.from(saved), { create: false, overwrite: true });
      const changed = files.find((file) => !readFileSync(join(journal, file)).equals(old.get(file) ?? Buffer.alloc(0)));
      assert.ok(changed !== undefined);
      renameSync(join(journal, changed), join(journal, `${changed}.7deadwin.lj-partial`));
      writeFileSync(join(journal, changed), old.get(changed) ?? Buffer.alloc(0));
      return changed;
    };
    const sealed = await sealedOf();
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(join(journal, `${sealed}.7deadwin.lj-partial`), old, old);

    const log: string[] = [];
    const said = probe().vscode.stub.ui.said.length;
    const vault = window(log);
    const root = await vault.open(probe().vscode.Uri.file(journal));
    assert.ok(root !== undefined, 'unlocked');
    const kept = readdirSync(journal).filter((file) => file.endsWith('.md.age') && !before.has(file));
    assert.equal(kept.length, 1, 'one new opaque file');
    const listedAs = `${CUT_OFF.slice(0, -'.md'.length)} (interrupted save).md`;
    const read = async (path: string): Promise<string> => Buffer.from(await vault.provider.readFile(probe().vscode.Uri.joinPath(root, ...path.split('/')) as never)).toString('utf8');
    const listing = await (vault.provider as unknown as { readDirectory(uri: unknown): Promise<[string, number][]> }).readDirectory(probe().vscode.Uri.joinPath(root, ...CUT_OFF.split('/').slice(0, -1)));
    assert.ok(listing.some(([name]) => listedAs.endsWith(`/${name}`)), 'listed beside its entry');
    assert.equal(await read(listedAs), saved, 'the cut-off save, named beside its entry (ninth review, finding 4)');
    assert.equal(await read(CUT_OFF), ENTRIES[CUT_OFF], 'the entry is as it was');
    await (vault.provider as unknown as { readDirectory(uri: unknown): Promise<unknown> }).readDirectory(root);
    assert.deepEqual(log, [
      `warn ${listedAs} holds a save of ${CUT_OFF} that a closed window cut off before its rename, with other text than the entry: kept beside it as a new entry. Compare the two, then delete the one you do not need.`,
    ]);
    assert.deepEqual(probe().vscode.stub.ui.said.slice(said).filter((text) => text.includes('lost its name')), [], 'not said to have lost its name');
  });

  /**
   * A dead window's save of `entry` cut off beside it, 20 s old when a window unlocks: that unlock
   * leaves it (its writer may be alive). Then `change` deletes or renames the entry in that window, a
   * while after the save: the partial's time is moved back by five minutes first, which is the clock
   * moving on (the unlock came when the save was 20 s old, the change five minutes after it).
   */
  const deadSaveThenChange = async (name: string, entry: string, change: (vault: ReturnType<typeof window>, root: ReturnType<ReturnType<typeof probe>['vscode']['Uri']['file']>) => Promise<void>): Promise<{ journal: string; saved: string }> => {
    const journal = await encryptedJournal(name);
    const at = join(journal, `${entry}.age`);
    const partial = `${at}.7deadwin.lj-partial`;
    const first = window();
    const mounted = await first.open(probe().vscode.Uri.file(journal));
    assert.ok(mounted !== undefined);
    const sealed = readFileSync(at);
    const saved = `${ENTRIES[entry] ?? ''}Written in a window that was then closed.\n`;
    await first.provider.writeFile(probe().vscode.Uri.joinPath(mounted, ...entry.split('/')) as never, Buffer.from(saved), { create: false, overwrite: true });
    renameSync(at, partial);
    writeFileSync(at, sealed);
    const young = new Date(Date.now() - 20_000);
    utimesSync(partial, young, young);

    const log: string[] = [];
    const second = window(log);
    const root = await second.open(probe().vscode.Uri.file(journal));
    assert.ok(root !== undefined, 'unlocked');
    assert.ok(existsSync(partial), 'a save under a minute old is left by the unlock');
    assert.deepEqual(log, []);
    const earlier = new Date(Date.now() - 5 * 60_000);
    utimesSync(partial, earlier, earlier);
    await change(second, root);
    return { journal, saved };
  };

  it('a dead window\'s save left by an unlock, of an entry deleted in that window afterwards, is kept as NAME (interrupted save).md by the delete, not put back as the entry by the next unlock', async () => {
    const { journal, saved } = await deadSaveThenChange('deleted', CUT_OFF, async (vault, root) => {
      await (vault.provider as unknown as { delete(uri: unknown, options: { recursive: boolean }): Promise<void> }).delete(probe().vscode.Uri.joinPath(root, ...CUT_OFF.split('/')), { recursive: false });
    });
    const kept = '2026/11/2026-11-23 (interrupted save).md';
    assert.ok(!existsSync(join(journal, `${CUT_OFF}.age`)), 'deleted');
    assert.ok(probe().vscode.stub.ui.said.some((text) => text.includes(`it is kept as ${kept}`)), probe().vscode.stub.ui.said.join('\n'));

    const log: string[] = [];
    const vault = window(log);
    const root = await vault.open(probe().vscode.Uri.file(journal));
    assert.ok(root !== undefined, 'unlocked');
    assert.ok(!existsSync(join(journal, `${CUT_OFF}.age`)), 'the deleted entry does not come back');
    const read = async (path: string): Promise<string> => Buffer.from(await vault.provider.readFile(probe().vscode.Uri.joinPath(root, ...path.split('/')) as never)).toString('utf8');
    assert.equal(await read(kept), saved, 'the cut-off save is kept, as an entry of its own');
    assert.deepEqual(readdirSync(join(journal, '2026/11')).filter((file) => file.includes('lj-partial')), [], 'no partial left');
    assert.deepEqual(log, [], 'the next unlock has nothing to put back');
  });

  it('a dead window\'s save left by an unlock, of an entry renamed in that window afterwards, is kept as NAME (interrupted save).md by the rename, not put back under the old name by the next unlock', async () => {
    const renamed = '2026/11/2026-11-24-leave.md';
    const { journal, saved } = await deadSaveThenChange('renamed', DAMAGED, async (vault, root) => {
      await (vault.provider as unknown as { rename(from: unknown, to: unknown, options: { overwrite: boolean }): Promise<void> }).rename(
        probe().vscode.Uri.joinPath(root, ...DAMAGED.split('/')), probe().vscode.Uri.joinPath(root, ...renamed.split('/')), { overwrite: false });
    });
    const kept = '2026/11/2026-11-24 (interrupted save).md';
    assert.ok(!existsSync(join(journal, `${DAMAGED}.age`)) && existsSync(join(journal, `${renamed}.age`)), 'renamed');
    assert.ok(probe().vscode.stub.ui.said.some((text) => text.includes(`it is kept as ${kept}`)), probe().vscode.stub.ui.said.join('\n'));

    const log: string[] = [];
    const vault = window(log);
    const root = await vault.open(probe().vscode.Uri.file(journal));
    assert.ok(root !== undefined, 'unlocked');
    assert.ok(!existsSync(join(journal, `${DAMAGED}.age`)), 'the entry does not appear twice, under its old name too');
    const read = async (path: string): Promise<string> => Buffer.from(await vault.provider.readFile(probe().vscode.Uri.joinPath(root, ...path.split('/')) as never)).toString('utf8');
    assert.equal(await read(renamed), ENTRIES[DAMAGED], 'the renamed entry is as it was');
    assert.equal(await read(kept), saved, 'the cut-off save is kept, as an entry of its own');
    assert.deepEqual(readdirSync(join(journal, '2026/11')).filter((file) => file.includes('lj-partial')), [], 'no partial left');
    assert.deepEqual(log, [], 'the next unlock has nothing to put back');
  });

  it('of two windows\' saves of a template both cut off with nothing at its name, puts back the newer (not the alphabetically first writer\'s); the older stays beside it', async () => {
    const journal = await encryptedJournal('plain-two-writers');
    const put = (path: string, text: string, minutesAgo: number): void => {
      mkdirSync(join(journal, path, '..'), { recursive: true });
      writeFileSync(join(journal, path), text);
      const time = new Date(Date.now() - minutesAgo * 60_000);
      utimesSync(join(journal, path), time, time);
    };
    put('.templates/daily.md.2aaaaaaa.lj-partial', 'the older save\n', 5);
    put('.templates/daily.md.7zzzzzzz.lj-partial', 'the newer save\n', 2);

    const log: string[] = [];
    assert.ok(await window(log).open(probe().vscode.Uri.file(journal)) !== undefined, 'unlocked');
    assert.equal(readFileSync(join(journal, '.templates/daily.md'), 'utf8'), 'the newer save\n');
    assert.ok(existsSync(join(journal, '.templates/daily.md.2aaaaaaa.lj-partial')), 'the older is kept');
    assert.deepEqual(log.filter((line) => !line.includes('.md.age')), [
      'info Put back .templates/daily.md: a save of it was cut off before its rename (.templates/daily.md.7zzzzzzz.lj-partial is now .templates/daily.md).',
      'warn .templates/daily.md.2aaaaaaa.lj-partial holds a save of .templates/daily.md that was cut off before its rename; both are kept. Compare them, then delete the one you do not need.',
    ]);
  });

  it('puts back a template and people.yml cut off before their rename; a young partial and one beside its file stay', async () => {
    const journal = await encryptedJournal('plain-files');

    // What VS Code's delete-then-rename (the web, remote folders) leaves when the tab closes between the two.
    const old = new Date(Date.now() - 5 * 60_000);
    const put = (path: string, text: string, time?: Date): void => {
      mkdirSync(join(journal, path, '..'), { recursive: true });
      writeFileSync(join(journal, path), text);
      if (time !== undefined) {
        utimesSync(join(journal, path), time, time);
      }
    };
    put('.templates/daily.md.lj-partial', '# {{date}}\n\nMy own daily template.\n', old);
    put('people.yml.lj-partial', 'Ana:\n  aliases: [Ana L.]\n', old);
    put('.calendar/rules.yml.lj-partial', 'workHours: 8\n'); // Just written: a save under way elsewhere.
    put('.templates/weekly.md', 'the weekly template as it was\n');
    put('.templates/weekly.md.lj-partial', 'a newer weekly template\n', old);
    put('.leadership-journal/names.age.lj-partial', 'not ours to touch\n', old);

    const log: string[] = [];
    const root = await window(log).open(probe().vscode.Uri.file(journal));
    assert.ok(root !== undefined, 'unlocked');
    assert.equal(readFileSync(join(journal, '.templates/daily.md'), 'utf8'), '# {{date}}\n\nMy own daily template.\n');
    assert.equal(readFileSync(join(journal, 'people.yml'), 'utf8'), 'Ana:\n  aliases: [Ana L.]\n');
    assert.ok(!existsSync(join(journal, '.templates/daily.md.lj-partial')) && !existsSync(join(journal, 'people.yml.lj-partial')));
    assert.ok(existsSync(join(journal, '.calendar/rules.yml.lj-partial')) && !existsSync(join(journal, '.calendar/rules.yml')), 'the young one is left');
    assert.equal(readFileSync(join(journal, '.templates/weekly.md'), 'utf8'), 'the weekly template as it was\n', 'never written over');
    assert.ok(existsSync(join(journal, '.templates/weekly.md.lj-partial')) && existsSync(join(journal, '.leadership-journal/names.age.lj-partial')));
    assert.deepEqual(log.filter((line) => !line.includes('.md.age')), [
      'info .calendar/rules.yml.lj-partial was written less than a minute ago, perhaps by a save under way in another window: left as it is, and looked at again at the next unlock.',
      'info Put back .templates/daily.md: a save of it was cut off before its rename (.templates/daily.md.lj-partial is now .templates/daily.md).',
      'warn .templates/weekly.md.lj-partial holds a save of .templates/weekly.md that was cut off before its rename; both are kept. Compare them, then delete the one you do not need.',
      'info Put back people.yml: a save of it was cut off before its rename (people.yml.lj-partial is now people.yml).',
    ]);
  });
});
