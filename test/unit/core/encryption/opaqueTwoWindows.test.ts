// Two windows on one opaque journal (entries stored by id, their names in names.age), each acting on
// the list of names it read last: the sixth review's findings, as a user would check them. Every
// save, new entry, rename and delete holds the journal's names lock (namesLock.ts) and reads
// names.age fresh under it, so a stale window's rename or delete never removes another window's
// renamed entry or its saved words, never undoes its rename, and a save is never refused for good,
// never lands under recovered/, never lost in no entry; a refusal names the real cause. A lock a
// killed window left is taken over; one a live window holds refuses after the wait, in words that say so.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { isPartialPath, NAMES_LOCK_PATH, NAMES_PATH } from '../../../../src/core/encryption/layout';
import { holderBytes } from '../../../../src/core/encryption/lockLiveness';
import { NAMES_LOCK_TRIES, NamesLockBusy, type NamesLockHost } from '../../../../src/core/encryption/namesLock';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { ENGLISH } from '../../../../src/core/text/format';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { ENTRIES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { hooked } from '../../../support/lockDisks';

const PASSPHRASE = 'alt und bekannt';
const TODAY = '2026/11/2026-11-23.md';
const ONE_ON_ONE = '2026/11/2026-11-23-1on1-zoë.md';
const RENAMED = '2026/11/2026-11-23-renamed.md';
const OTHER = '2026/11/2026-11-27.md';
const NEW_DAY = '2026/11/2026-11-25.md';
const LATER = '2026/11/2026-11-26.md';
const A_WORDS = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nA wrote this after renaming.\n');
const A_AGAIN = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nA wrote this, saved again.\n');
const B_WORDS = utf8('---\ndate: 2026-11-25\nkind: daily\n---\n\nB wrote this.\n');

/** Waits for the next turn of the event loop: a window waiting for the lock lets the holder go on, without a timer. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function opaqueJournal(): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, names: 'opaque' });
  assert.equal(outcome.status, 'done', outcome.reason);
  return fs;
}

/** A window's view of `disk`, reaching its files through `through`, taking the names lock as `lockHost` says. */
async function windowOn(disk: MemoryJournalFs, through: JournalFs = disk, lockHost?: NamesLockHost): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return new DecryptingJournalFs(through, unlock.journal, undefined, undefined, undefined, undefined, undefined, undefined, lockHost);
}

/** What a fresh window lists (entries of November, and recovered ones) and reads there; no partial may be left. */
async function journalNow(fs: MemoryJournalFs): Promise<Record<string, string>> {
  assert.deepEqual([...fs.files.keys()].filter(isPartialPath), [], 'no partial left');
  const fresh = await windowOn(fs);
  const entries: Record<string, string> = {};
  for (const { path } of await fresh.list()) {
    if (path.startsWith('2026/11/') || path.startsWith('recovered/')) {
      entries[path] = new TextDecoder().decode(await fresh.read(path));
    }
  }
  return entries;
}

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** The fixture's November entries, with `changes` (undefined: gone). */
function november(changes: Readonly<Record<string, Uint8Array | undefined>>): Record<string, string> {
  const all: Record<string, Uint8Array | undefined> = { ...Object.fromEntries(Object.entries(ENTRIES).filter(([path]) => path.startsWith('2026/11/'))), ...changes };
  return Object.fromEntries(Object.entries(all).filter((entry): entry is [string, Uint8Array] => entry[1] !== undefined).map(([path, bytes]) => [path, text(bytes)]));
}

/** Rejects as a NamesChanged whose English cause is `cause`, shown to the user as `message` (saveRefusal.ts). */
async function refusedAs(done: Promise<unknown>, cause: string, message: RegExp): Promise<void> {
  await assert.rejects(done, (error: unknown) => {
    assert.ok(error instanceof Error && error.name === 'NamesChanged', `refused as changed elsewhere, not ${String(error)}`);
    assert.equal(error.message, cause);
    assert.match(saveRefusal(ENGLISH, error)?.message ?? '', message);
    return true;
  });
}

describe('encryption: two windows on one opaque journal, one change at a time under the names lock', function () {
  this.timeout(60_000);

  it('a stale window renaming another entry over one the other window renamed and saved is refused; the renamed entry keeps its saved words, and saving it again lands under its name, not under recovered/ (findings 1 and 4)', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const b = await windowOn(fs);
    await b.list(); // B's explorer, before A acts.
    await a.rename(TODAY, RENAMED);
    await a.write(RENAMED, A_WORDS);
    await refusedAs(b.rename(ONE_ON_ONE, TODAY), `another window renamed ${TODAY} to ${RENAMED}`, /^Not renamed: another window renamed .* so nothing was changed/);
    assert.deepEqual(await journalNow(fs), november({ [TODAY]: undefined, [RENAMED]: A_WORDS }), 'A\'s renamed entry and its words stay; B\'s entry is where it was');
    await a.write(RENAMED, A_AGAIN);
    assert.deepEqual(await journalNow(fs), november({ [TODAY]: undefined, [RENAMED]: A_AGAIN }), 'saved again under its name');
  });

  it('a stale window deleting an entry the other window renamed and saved is refused, naming the rename; nothing is deleted (finding 2)', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const b = await windowOn(fs);
    await a.rename(TODAY, RENAMED);
    await a.write(RENAMED, A_WORDS);
    await refusedAs(b.remove(TODAY), `another window renamed ${TODAY} to ${RENAMED}`, /^Not deleted: another window renamed .*, so nothing was changed\.$/);
    assert.deepEqual(await journalNow(fs), november({ [TODAY]: undefined, [RENAMED]: A_WORDS }));
  });

  it('a stale window renaming an entry the other window renamed is refused, so that rename is not undone; the other window then saves it under its new name (finding 5)', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const b = await windowOn(fs);
    await a.rename(TODAY, RENAMED);
    await refusedAs(b.rename(TODAY, OTHER), `another window renamed ${TODAY} to ${RENAMED}`, /^Not renamed:/);
    await a.write(RENAMED, A_WORDS);
    assert.deepEqual(await journalNow(fs), november({ [TODAY]: undefined, [RENAMED]: A_WORDS }));
  });

  it('two first saves of one new entry: the one that meets the other\'s lock through every try is refused with nothing written, and the other\'s saves all land — never refused for good (finding 3)', async () => {
    const fs = await opaqueJournal();
    const b = await windowOn(fs, fs, { me: { pid: 1, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(), pause: nextTurn });
    let bSave: Promise<unknown> | undefined;
    const a = await windowOn(fs, hooked(fs, async (op, path) => {
      if (op === 'write' && isPartialPath(path) && !path.startsWith(NAMES_PATH) && bSave === undefined) {
        bSave = b.write(NEW_DAY, B_WORDS).then(() => 'saved', (error: unknown) => error); // Up to this change B's id went into names.age here, and A's saves were refused from then on.
        await bSave;
      }
    }));
    for (let save = 1; save <= 4; save++) {
      await a.write(NEW_DAY, A_WORDS);
    }
    assert.ok(await bSave instanceof NamesLockBusy, 'B waited for A\'s lock and was refused, nothing written');
    assert.deepEqual(await journalNow(fs), november({ [NEW_DAY]: A_WORDS }));
    await refusedAs(b.write(NEW_DAY, B_WORDS), `another window saved a new entry under the name ${NEW_DAY} first`, /Saving again puts it over the entry now under this name/);
    await b.write(NEW_DAY, B_WORDS); // B's user saves again, as told: over A's entry.
    assert.deepEqual(await journalNow(fs), november({ [NEW_DAY]: B_WORDS }), 'one entry of that name, no name lost');
  });

  it('a save another window\'s new entry of that name overtook is refused as saved first elsewhere; a later new entry of the refused window keeps both names (finding 6)', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const b = await windowOn(fs);
    await b.write(NEW_DAY, B_WORDS);
    await refusedAs(a.write(NEW_DAY, A_WORDS), `another window saved a new entry under the name ${NEW_DAY} first`, /^Not saved: another window saved a new entry under the name .* first, so nothing was written\. Your text stays in the editor\. Saving again puts it over the entry now under this name/);
    await a.write(LATER, A_WORDS); // Up to this change A's next write of names.age could drop B's id: B's text then listed as recovered/<id>.md.
    assert.deepEqual(await journalNow(fs), november({ [NEW_DAY]: B_WORDS, [LATER]: A_WORDS }));
  });

  it('each refusal names its real cause: a new entry where another window renamed an entry to that name, an entry another window deleted, one another window replaced by renaming another over it (finding 7)', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const b = await windowOn(fs);
    await a.rename(ONE_ON_ONE, NEW_DAY);
    await refusedAs(b.write(NEW_DAY, B_WORDS), `another window saved a new entry under the name ${NEW_DAY} first`, /Saving again puts it over the entry now under this name/);
    await a.remove(NEW_DAY);
    await refusedAs(b.write(NEW_DAY, B_WORDS), `another window deleted ${NEW_DAY}`, /^Not saved: another window deleted .* Saving again writes it under this name as a new entry\./);
    await b.write(NEW_DAY, B_WORDS); // As the words say: a new entry.
    await a.list(); // A's explorer shows it.
    await a.rename(TODAY, NEW_DAY); // A renames TODAY over B's entry.
    await refusedAs(b.write(NEW_DAY, A_AGAIN), `another window renamed another entry to ${NEW_DAY}, in place of this one`, /^Not saved: another window renamed another entry to .*, in place of this one, so nothing was written/);
    assert.deepEqual(await journalNow(fs), november({ [ONE_ON_ONE]: undefined, [TODAY]: undefined, [NEW_DAY]: ENTRIES[TODAY] }));
  });

  for (const variant of ['whole', 'names.age only'] as const) {
    it(`another window's rename of another entry over this one cannot land between this save's check and its rename (${variant}): it waits for the lock, the save's text is in its entry, and renaming again replaces it as asked (finding 8)`, async () => {
      const fs = await opaqueJournal();
      let mapLanded = (): void => undefined;
      const landed = new Promise<void>((resolve) => {
        mapLanded = resolve;
      });
      const other = await windowOn(fs, hooked(fs, async (op) => {
        if (variant === 'names.age only' && op === 'remove') {
          mapLanded(); // Up to this change: names.age landed here, the old file removed after this save's rename.
        }
      }), { me: { pid: 1, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(), pause: nextTurn });
      let over: Promise<unknown> | undefined;
      const view = await windowOn(fs, hooked(fs, async (op, path) => {
        if (op === 'rename' && isPartialPath(path) && !path.startsWith(NAMES_PATH) && over === undefined) {
          over = other.rename(ONE_ON_ONE, TODAY).then(() => 'renamed', (error: unknown) => error);
          await (variant === 'whole' ? over : Promise.race([over, landed]));
        }
      }));
      await view.write(TODAY, A_WORDS);
      assert.ok(await over instanceof NamesLockBusy, 'the other rename waited for this save\'s lock');
      assert.deepEqual(await journalNow(fs), november({ [TODAY]: A_WORDS }), 'the save\'s text is in its entry');
      await other.rename(ONE_ON_ONE, TODAY); // Renamed again: over the entry, as its user asked.
      assert.deepEqual(await journalNow(fs), november({ [ONE_ON_ONE]: undefined, [TODAY]: ENTRIES[ONE_ON_ONE] }));
    });
  }

  it('a lock a killed window left (its last beat over a minute old) is taken over: the save lands and the lock is gone after', async () => {
    const fs = await opaqueJournal();
    const old = new Date(Date.now() - 61_000).toISOString();
    fs.put(NAMES_LOCK_PATH, holderBytes({ pid: 4242, host: 'a web window', startedAt: old, operation: 'save', beatAt: old }));
    const view = await windowOn(fs); // The default host judges a holder by its beat.
    await view.write(TODAY, A_WORDS);
    assert.deepEqual(await journalNow(fs), november({ [TODAY]: A_WORDS }));
    assert.equal(fs.files.has(NAMES_LOCK_PATH), false, 'released');
  });

  it('a lock another live window holds through every try refuses the save after NAMES_LOCK_TRIES tries, nothing written, in words that say so; saving again once it is free lands', async () => {
    const fs = await opaqueJournal();
    const now = new Date().toISOString();
    fs.put(NAMES_LOCK_PATH, holderBytes({ pid: 4242, host: 'a web window', startedAt: now, operation: 'save', beatAt: now }));
    let pauses = 0;
    const view = await windowOn(fs, fs, { me: { pid: 1, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(), pause: async () => {
      pauses++;
    } });
    const before = new Map(fs.files);
    const refused = await view.write(TODAY, A_WORDS).then(() => undefined, (error: unknown) => error);
    assert.ok(refused instanceof NamesLockBusy, String(refused));
    assert.equal(pauses, NAMES_LOCK_TRIES - 1, 'tried NAMES_LOCK_TRIES times, pausing between');
    assert.deepEqual(new Map(fs.files), before, 'nothing written');
    assert.match(saveRefusal(ENGLISH, refused)?.message ?? '', /^Nothing was written: another window is saving this journal at this moment .* Nothing was lost: .* Save again .* in a moment\. If this keeps happening, a window left its lock, \.leadership-journal\/names\.lock, behind .*: the lock is taken over at once where that window is known to be gone, else about a minute after it was last written\.$/);
    await fs.remove(NAMES_LOCK_PATH); // That window finished.
    await view.write(TODAY, A_WORDS);
    assert.deepEqual(await journalNow(fs), november({ [TODAY]: A_WORDS }));
  });
  it('a names.age cut short after the unlock (a sync) does not stop a save of an existing entry: it lands on the file check, leaving no partial', async () => {
    const fs = await opaqueJournal();
    const view = await windowOn(fs);
    const whole = fs.files.get(NAMES_PATH) ?? new Uint8Array();
    fs.put(NAMES_PATH, whole.slice(0, whole.length - 20));
    await view.write(TODAY, A_WORDS);
    fs.put(NAMES_PATH, whole);
    assert.deepEqual(await journalNow(fs), november({ [TODAY]: A_WORDS }));
  });
});
