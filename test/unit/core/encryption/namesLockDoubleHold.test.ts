// Where the exclusive create is a check and then a write (vscode.workspace.fs: remote, virtual and web
// folders), two windows taking the names lock in the same instant can both be told they created it.
// The lock is confirmed there (read back after a pause, namesLock.ts), so one of the two steps back
// and both changes land, one after the other; and where a disk hides even that (each window shown its
// own lock), the guards under the lock refuse the second change rather than lose the first: names.age
// is written only while it still holds what the window read, and a file renamed over goes only while
// it still holds what it held (decryptingJournalFs.ts).
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { isPartialPath, NAMES_LOCK_PATH, NAMES_PATH } from '../../../../src/core/encryption/layout';
import { NAMES_LOCK_CONFIRM_MS, type NamesLockHost } from '../../../../src/core/encryption/namesLock';
import { ENGLISH } from '../../../../src/core/text/format';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, LATER, NEW_DAY, nextTurn, ONE_ON_ONE, opaqueJournal, TODAY, windowOn } from '../../../support/opaqueWindows';

const A_WORDS = utf8('---\ndate: 2026-11-25\n---\n\nA wrote this.\n');
const B_WORDS = utf8('---\ndate: 2026-11-26\n---\n\nB wrote this.\n');
const B_TODAY = utf8('---\ndate: 2026-11-23\n---\n\nB wrote this and was told saved.\n');
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

const LIVE: NamesLockHost = { me: { pid: 1, host: 'a web window' }, liveness: () => 'alive', now: () => new Date(), pause: nextTurn };

/** Resolves once `n` callers wait on it: both windows past the check of their create, neither written yet. */
function barrier(n: number): () => Promise<void> {
  let waiting = 0;
  let open = (): void => undefined;
  const all = new Promise<void>((resolve) => {
    open = resolve;
  });
  return async () => {
    waiting++;
    if (waiting >= n) {
      open();
    }
    await all;
  };
}

interface WebHooks {
  /** Runs between the create's check and its write. */
  readonly between?: (path: string) => Promise<void>;
  /** Each window shown only its own names lock: a double hold no read-back can see. */
  readonly ownLock?: string;
  readonly beforeWrite?: (path: string) => Promise<void>;
  readonly beforeRemove?: (path: string) => Promise<void>;
  readonly afterRename?: (from: string) => void;
}

/** `disk` as vscode.workspace.fs gives it: a create is a check, then a write; a rename over a file deletes it first. */
function webLike(disk: MemoryJournalFs, hooks: WebHooks): JournalFs {
  const at = (path: string): string => (hooks.ownLock !== undefined && path.startsWith(NAMES_LOCK_PATH) ? path.replace(NAMES_LOCK_PATH, `${NAMES_LOCK_PATH}-${hooks.ownLock}`) : path);
  return {
    createChecksThenWrites: true,
    list: () => disk.list(),
    read: (path) => disk.read(at(path)),
    write: async (path, bytes) => {
      await hooks.beforeWrite?.(path);
      return disk.write(at(path), bytes);
    },
    createExclusive: async (path, bytes) => {
      if (await disk.read(at(path)) !== undefined) {
        return false;
      }
      await hooks.between?.(path);
      await disk.write(at(path), bytes);
      return true;
    },
    rename: async (from, to) => {
      if (await disk.read(at(to)) !== undefined) {
        await disk.remove(at(to));
      }
      await disk.rename(at(from), at(to));
      hooks.afterRename?.(from);
    },
    remove: async (path) => {
      await hooks.beforeRemove?.(path);
      return disk.remove(at(path));
    },
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

describe('encryption: two windows holding the names lock at once where the create is a check and a write', function () {
  this.timeout(60_000);

  it('two new entries whose windows take the lock in the same instant: the read-back has one step back, and both entries land under their names', async () => {
    const fs = await opaqueJournal();
    const atLock = barrier(2);
    let takes = 0;
    const between = async (path: string): Promise<void> => {
      if (path === NAMES_LOCK_PATH && takes++ < 2) {
        await atLock();
      }
    };
    // The window that steps back waits for the other's save to end, not for a count of turns: the machine's load decides nothing.
    const saves: Promise<unknown>[] = [];
    const waitFor = (other: number): NamesLockHost['pause'] => async (ms) => (ms === NAMES_LOCK_CONFIRM_MS ? nextTurn() : saves[other]?.then(() => undefined, () => undefined));
    const lost: string[] = [];
    const a = await windowOn(fs, webLike(fs, { between }), { ...LIVE, pause: waitFor(1) }, (entries) => lost.push(...entries));
    const b = await windowOn(fs, webLike(fs, { between }), { ...LIVE, me: { pid: 2, host: 'a web window' }, pause: waitFor(0) });
    await a.list();
    await b.list();
    saves.push(a.write(NEW_DAY, A_WORDS), b.write(LATER, B_WORDS));
    await Promise.all(saves);
    const entries = await entriesNow(fs);
    assert.equal(entries[NEW_DAY], text(A_WORDS));
    assert.equal(entries[LATER], text(B_WORDS));
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), [], 'no name lost');
    await a.list();
    assert.deepEqual(lost, []);
  });

  it('a double hold no read-back sees: the second window\'s write of names.age is refused, in words that say save again, rather than drop the first\'s new name; saving again lands', async () => {
    const fs = await opaqueJournal();
    let aMapped = (): void => undefined;
    const aMap = new Promise<void>((resolve) => {
      aMapped = resolve;
    });
    const a = await windowOn(fs, webLike(fs, { ownLock: 'a', afterRename: (from) => {
      if (from.startsWith(NAMES_PATH)) {
        aMapped();
      }
    } }), LIVE);
    let aDone: Promise<unknown> = Promise.resolve();
    const b = await windowOn(fs, webLike(fs, { ownLock: 'b', beforeWrite: async (path) => {
      if (path.startsWith(NAMES_PATH) && isPartialPath(path)) {
        await Promise.race([aMap, aDone]); // Both read names.age before either wrote it; B writes after A's landed.
      }
    } }), LIVE);
    await a.list();
    await b.list();
    aDone = a.write(NEW_DAY, A_WORDS);
    const refused = await b.write(LATER, B_WORDS).then(() => undefined, (error: unknown) => error);
    await aDone;
    assert.ok(refused instanceof Error && refused.name === 'NamesChanged', String(refused));
    assert.equal(saveRefusal(ENGLISH, refused)?.message, 'Not saved: another window changed this journal\'s list of entry names at the same moment, so nothing was written. Your text stays in the editor. Save again: it is then written with the names as they are now.');
    await b.write(LATER, B_WORDS);
    const entries = await entriesNow(fs);
    assert.equal(entries[NEW_DAY], text(A_WORDS));
    assert.equal(entries[LATER], text(B_WORDS));
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
  });

  it('a double hold no read-back sees: a rename over an entry another window saves at the same moment leaves that save\'s text in the journal, never in no entry', async () => {
    const fs = await opaqueJournal();
    let bLanded = (): void => undefined;
    const bLand = new Promise<void>((resolve) => {
      bLanded = resolve;
    });
    let bDone: Promise<unknown> = Promise.resolve();
    const b = await windowOn(fs, webLike(fs, { ownLock: 'b', afterRename: (from) => {
      if (isPartialPath(from) && !from.startsWith('.leadership-journal')) {
        bLanded();
      }
    } }), LIVE);
    const a = await windowOn(fs, webLike(fs, { ownLock: 'a', beforeRemove: async (path) => {
      if (!path.startsWith('.leadership-journal') && !isPartialPath(path)) {
        await Promise.race([bLand, bDone]); // A removes the file it replaced only after B's save landed in it.
      }
    } }), LIVE);
    await a.list();
    await b.list();
    bDone = b.write(TODAY, B_TODAY).then(() => 'saved', (error: unknown) => error);
    const renamed = await a.rename(ONE_ON_ONE, TODAY).then(() => 'renamed', (error: unknown) => error);
    const saved = await bDone;
    const entries = await entriesNow(fs);
    const holding = Object.entries(entries).filter(([, words]) => words === text(B_TODAY)).map(([path]) => path);
    assert.equal(holding.length, saved === 'saved' ? 1 : 0, `B's words in one entry when B was told saved (B: ${String(saved)}, A: ${String(renamed)})`);
  });
});
