// The one rule for keeping an interrupted save beside its entry (keptSaves.ts), as the save and the
// migrations both follow it: the first free of KEPT_MAX slots, named in the host's words (German in a
// German VS Code) while copies kept under the English name keep their numbers, and at the bound
// nothing kept and nothing lost — the save is refused before it writes anything, the migration leaves
// the partial as it is, lists it, and keeps the journal's key; a slot freed by the user is taken next
// time.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { ENGLISH_KEPT_WORDS, interruptedSaveName, KEPT_MAX, keepInFreeSlot, keptWords, KeptSavesFull, KNOWN_KEPT_WORDS } from '../../../../src/core/encryption/keptSaves';
import { KEY_PATH, legacyPartialPath } from '../../../../src/core/encryption/layout';
import { SAFE_AGE_MS, type WriteTimes } from '../../../../src/core/encryption/partialTimes';
import type { MigrationHost } from '../../../../src/core/encryption/migrationRun';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';


const PASSPHRASE = 'Grüße — nur ich';
const TODAY = '2026/11/2026-11-23.md';
const SEALED = `${TODAY}.age`;
/** An old-style partial (up to bf32f66, shared by every writer): the one a save meets and takes besides its own (decryptingJournalFs.ts), once it is a minute old (MINUTE_OLD). */
const PARTIAL = legacyPartialPath(SEALED);
const CUT_OFF = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nThe save that was cut off.\n');
const LATER = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten after it.\n');
const FREED = 37;
const GERMAN = 'unterbrochene Speicherung';

/** An encrypted journal (readable names) whose TODAY has a save cut off beside it, holding CUT_OFF. */
async function cutOffBeside(): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  assert.equal((await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } })).status, 'done');
  const view = await opened(fs);
  const before = fs.files.get(SEALED) ?? new Uint8Array();
  await view.write(TODAY, CUT_OFF);
  fs.put(PARTIAL, fs.files.get(SEALED) ?? new Uint8Array());
  fs.put(SEALED, before);
  return fs;
}

async function opened(fs: MemoryJournalFs): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return new DecryptingJournalFs(fs, unlock.journal, undefined, undefined, undefined, undefined, undefined, minuteOld(fs));
}

/** File times for a view: every file on the disk was written a minute and a millisecond ago, so the save may take the old-style partial. */
function minuteOld(fs: MemoryJournalFs): WriteTimes {
  const now = Date.now();
  return { now: () => now, modifiedAt: async (path) => (fs.files.has(path) ? now - SAFE_AGE_MS - 1 : undefined) };
}

/** Every slot beside TODAY held, by a plain file or a sealed one (`sealed`), as the user may have left them. */
function fillSlots(fs: MemoryJournalFs, sealed: Uint8Array): void {
  for (let n = 1; n <= KEPT_MAX; n++) {
    const name = interruptedSaveName(TODAY, n);
    if (n % 2 === 0) {
      fs.put(`${name}.age`, sealed);
    } else {
      fs.put(name, utf8(`kept ${n}\n`));
    }
  }
}

/** The files on the "disk", as bytes, for comparing before and after. */
function disk(fs: MemoryJournalFs): Map<string, string> {
  return new Map([...fs.files].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
}

/** The test host, with the partial written long before its clock (a cut-off save, not one under way). */
function oldPartials(fs: MemoryJournalFs): MigrationHost {
  const host = testHost(fs);
  return { ...host, modifiedAt: async (path) => (fs.files.has(path) ? host.now().getTime() - 10 * SAFE_AGE_MS : undefined) };
}

describe('encryption: interrupted saves kept beside their entry, up to a bound', function () {
  this.timeout(60_000);

  it('names the first slot a claim takes, and none once all are held', async () => {
    const tried: string[] = [];
    assert.equal(await keepInFreeSlot(TODAY, {
      held: async (name) => name.endsWith('(interrupted save).md'),
      claim: async (name) => {
        tried.push(name);
        return tried.length === 2; // The first claim loses a race.
      },
    }), '2026/11/2026-11-23 (interrupted save 3).md');
    assert.deepEqual(tried, ['2026/11/2026-11-23 (interrupted save 2).md', '2026/11/2026-11-23 (interrupted save 3).md'], 'a held slot is not claimed');
    assert.equal(interruptedSaveName(SEALED, 2), '2026/11/2026-11-23 (interrupted save 2).md.age');
    let claims = 0;
    assert.equal(await keepInFreeSlot(TODAY, {
      held: async () => false,
      claim: async () => {
        claims++;
        return false;
      },
    }), undefined);
    assert.equal(claims, KEPT_MAX, 'each slot once, then it stops');
  });

  it('names a kept copy in the host\'s words, English when it gives none or none a file name can hold', async () => {
    assert.equal(interruptedSaveName(TODAY, 1, GERMAN), '2026/11/2026-11-23 (unterbrochene Speicherung).md');
    assert.equal(interruptedSaveName(SEALED, 3, ` ${GERMAN} `), '2026/11/2026-11-23 (unterbrochene Speicherung 3).md.age');
    for (const words of [undefined, '', '  ', 'a/b', 'a\\b', 'C: drive', 'x (y)', 'tab\there', 'x'.repeat(61)]) {
      assert.equal(keptWords(words), ENGLISH_KEPT_WORDS, JSON.stringify(words));
    }
    const slots: string[] = [];
    const held = async (name: string): Promise<boolean> => {
      slots.push(name);
      return name.endsWith('(interrupted save).md');
    };
    await keepInFreeSlot(TODAY, { words: GERMAN, held, claim: async () => true });
    assert.deepEqual(slots, [
      '2026/11/2026-11-23 (unterbrochene Speicherung).md', '2026/11/2026-11-23 (interrupted save).md',
      '2026/11/2026-11-23 (unterbrochene Speicherung 2).md', '2026/11/2026-11-23 (interrupted save 2).md',
    ], 'a slot is held under either name: an English copy keeps its number');
  });

  it('a save in a German window keeps the cut-off save under the German name, after the English copies kept before, which stay as they are', async () => {
    const fs = await cutOffBeside();
    const english = fs.files.get(SEALED) ?? new Uint8Array();
    fs.put(`${interruptedSaveName(TODAY, 1)}.age`, english); // Kept while the window was English.
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const kept: string[] = [];
    const view = new DecryptingJournalFs(fs, unlock.journal, (_, copy) => kept.push(copy), GERMAN, undefined, undefined, undefined, minuteOld(fs));
    await view.write(TODAY, LATER);
    assert.deepEqual(kept, ['2026/11/2026-11-23 (unterbrochene Speicherung 2).md']);
    assert.deepEqual(await view.read(kept[0] ?? ''), CUT_OFF);
    assert.deepEqual(fs.files.get(`${interruptedSaveName(TODAY, 1)}.age`), english, 'the English copy is untouched');
    const listed = (await view.list()).map((file) => file.path);
    assert.ok(listed.includes(interruptedSaveName(TODAY, 1)) && listed.includes(kept[0] ?? ''), 'both are listed as entries');
  });

  it('a migration in a German window keeps the cut-off save under the German name, after the English copies kept before', async () => {
    const fs = await cutOffBeside();
    fs.put(interruptedSaveName(TODAY, 1), utf8('kept in English, plain\n'));
    const outcome = await decryptJournal({ ...oldPartials(fs), keptWords: GERMAN }, { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
    assert.equal(outcome.status, 'done', outcome.reason ?? JSON.stringify(outcome.attention));
    assert.deepEqual(fs.files.get('2026/11/2026-11-23 (unterbrochene Speicherung 2).md'), CUT_OFF, 'kept, decrypted with the rest');
    assert.deepEqual(fs.files.get(interruptedSaveName(TODAY, 1)), utf8('kept in English, plain\n'), 'the English copy is untouched');
  });

  it('knows the words of every language the extension ships, as its bundles translate them', () => {
    const l10n = join(__dirname, '..', '..', '..', '..', 'l10n');
    const translations = ['bundle.l10n.json', 'bundle.l10n.de.json'].map((file) => (JSON.parse(readFileSync(join(l10n, file), 'utf8')) as Record<string, string>)['interrupted save']);
    assert.deepEqual([...KNOWN_KEPT_WORDS].sort(), [...new Set(translations)].sort());
  });

  it('an English window (and the command line) takes a German copy\'s slot as held: after a switch back from German, numbers go on', async () => {
    const slots: string[] = [];
    const held = async (name: string): Promise<boolean> => {
      slots.push(name);
      return name.endsWith(`(${GERMAN}).md`);
    };
    assert.equal(await keepInFreeSlot(TODAY, { held, claim: async () => true }), '2026/11/2026-11-23 (interrupted save 2).md');
    assert.deepEqual(slots, [
      '2026/11/2026-11-23 (interrupted save).md', '2026/11/2026-11-23 (unterbrochene Speicherung).md',
      '2026/11/2026-11-23 (interrupted save 2).md', '2026/11/2026-11-23 (unterbrochene Speicherung 2).md',
    ]);
  });

  it('a save in an English window keeps the cut-off save after the German copies kept before, which stay as they are', async () => {
    const fs = await cutOffBeside();
    const german = fs.files.get(SEALED) ?? new Uint8Array();
    fs.put(`${interruptedSaveName(TODAY, 1, GERMAN)}.age`, german); // Kept while the window was German.
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const kept: string[] = [];
    const view = new DecryptingJournalFs(fs, unlock.journal, (_, copy) => kept.push(copy), ENGLISH_KEPT_WORDS, undefined, undefined, undefined, minuteOld(fs));
    await view.write(TODAY, LATER);
    assert.deepEqual(kept, ['2026/11/2026-11-23 (interrupted save 2).md']);
    assert.deepEqual(await view.read(kept[0] ?? ''), CUT_OFF);
    assert.deepEqual(fs.files.get(`${interruptedSaveName(TODAY, 1, GERMAN)}.age`), german, 'the German copy is untouched');
    const listed = (await view.list()).map((file) => file.path);
    assert.ok(listed.includes(interruptedSaveName(TODAY, 1, GERMAN)) && listed.includes(kept[0] ?? ''), 'both are listed as entries');
  });

  it('a migration with English words (the command line\'s) keeps the cut-off save after the German copies kept before', async () => {
    const fs = await cutOffBeside();
    fs.put(interruptedSaveName(TODAY, 1, GERMAN), utf8('kept in German, plain\n'));
    const outcome = await decryptJournal(oldPartials(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
    assert.equal(outcome.status, 'done', outcome.reason ?? JSON.stringify(outcome.attention));
    assert.deepEqual(fs.files.get('2026/11/2026-11-23 (interrupted save 2).md'), CUT_OFF, 'kept, decrypted with the rest');
    assert.deepEqual(fs.files.get(interruptedSaveName(TODAY, 1, GERMAN)), utf8('kept in German, plain\n'), 'the German copy is untouched');
  });

  it('counts German copies towards the bound in an English run too', async () => {
    const fs = await cutOffBeside();
    for (let n = 1; n <= KEPT_MAX; n++) {
      fs.put(interruptedSaveName(TODAY, n, n % 2 === 0 ? undefined : GERMAN), utf8(`kept ${n}\n`));
    }
    const outcome = await encryptJournal(oldPartials(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
    assert.deepEqual(outcome.attention.map((item) => item.why?.id), ['kept-full']);
    assert.ok(fs.files.has(PARTIAL), 'left as it is');
  });

  it('counts the copies kept under either name towards the bound', async () => {
    const fs = await cutOffBeside();
    for (let n = 1; n <= KEPT_MAX; n++) {
      fs.put(interruptedSaveName(TODAY, n, n % 2 === 0 ? GERMAN : undefined), utf8(`kept ${n}\n`));
    }
    const outcome = await encryptJournal({ ...oldPartials(fs), keptWords: GERMAN }, { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
    assert.deepEqual(outcome.attention.map((item) => item.why?.id), ['kept-full']);
    assert.ok(fs.files.has(PARTIAL), 'left as it is');
  });

  it('a save at the bound is refused before it writes anything, and lands once a slot is freed', async () => {
    const fs = await cutOffBeside();
    fillSlots(fs, fs.files.get(SEALED) ?? new Uint8Array());
    const before = disk(fs);
    const view = await opened(fs);
    const refused = await view.write(TODAY, LATER).then(() => undefined, (error: unknown) => error);
    assert.ok(refused instanceof KeptSavesFull, String(refused));
    assert.equal(refused.message, `${TODAY} was not saved: ${KEPT_MAX} interrupted saves of it are kept beside it already, and its unfinished save (${PARTIAL}) would be lost; look through them, delete those you do not need, and save again`);
    assert.deepEqual(disk(fs), before, 'nothing written, nothing removed: the cut-off save is still there');

    fs.files.delete(interruptedSaveName(TODAY, FREED));
    await view.write(TODAY, LATER);
    assert.deepEqual(await view.read(TODAY), LATER, 'the save lands');
    assert.deepEqual(await view.read(interruptedSaveName(TODAY, FREED)), CUT_OFF, 'the cut-off save is kept in the freed slot');
  });

  it('a migration at the bound leaves the partial as it is, lists it, keeps the key, and keeps it beside once a slot is freed', async () => {
    const fs = await cutOffBeside();
    fillSlots(fs, fs.files.get(SEALED) ?? new Uint8Array());
    const partial = fs.files.get(PARTIAL);
    const credential = { kind: 'passphrase', passphrase: PASSPHRASE } as const;
    const first = await decryptJournal(oldPartials(fs), { credential });
    assert.equal(first.status, 'incomplete', first.reason);
    assert.deepEqual(first.attention.map(({ path, reason, why }) => ({ path, reason, id: why?.id })), [{
      path: PARTIAL,
      reason: `holds a save of ${SEALED} that was cut off before it was renamed, with other text than the entry, and ${KEPT_MAX} earlier saves of it are kept beside it already: left as it is; look through them, delete those you do not need, and run again`,
      id: 'kept-full',
    }]);
    assert.deepEqual(fs.files.get(PARTIAL), partial, 'the partial is untouched');
    assert.ok(fs.files.has(KEY_PATH), 'the key that opens it stays');

    fs.files.delete(interruptedSaveName(TODAY, FREED));
    const again = await decryptJournal(oldPartials(fs), { credential });
    assert.equal(again.status, 'done', again.reason ?? JSON.stringify(again.attention));
    assert.deepEqual(fs.files.get(interruptedSaveName(TODAY, FREED)), CUT_OFF, 'kept in the freed slot, and decrypted with the rest');
    assert.equal(fs.files.has(PARTIAL), false);
  });
});
