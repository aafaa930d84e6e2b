// The journal's lock where no process can be asked whether it runs (VS Code for the Web): a run
// beats — rewrites its lock's `beatAt` — and a lock whose last beat is older than LOCK_STALE_MS is a
// dead run's, taken over; a younger one, or one that never beat (the desktop's, the CLI's), is not.
// A desktop window or the CLI (beatOrProcessLiveness) judges such a lock by the same bound, and its
// own pid locks by their process as before.
import * as assert from 'node:assert/strict';
import { fromUtf8, utf8 } from '../../../../src/core/crypto/bytes';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { LOCK_PATH } from '../../../../src/core/encryption/layout';
import { acquireLock } from '../../../../src/core/encryption/lock';
import { beatOrProcessLiveness, heartbeatLiveness, LOCK_STALE_MS, type Liveness, type LockHolder } from '../../../../src/core/encryption/lockLiveness';
import type { MigrationHost } from '../../../../src/core/encryption/migrationRun';
import { ENTRIES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MINUTE = 60_000;
const credential = { kind: 'passphrase', passphrase: 'Grüße — nur ich' } as const;

function webHolder(beatAt: number | undefined, operation = 'encrypt'): LockHolder {
  return { pid: 0, host: 'a web window', startedAt: new Date(T0 - 60 * MINUTE).toISOString(), operation, ...(beatAt === undefined ? {} : { beatAt: new Date(beatAt).toISOString() }) };
}

function leaveLock(fs: MemoryJournalFs, holder: LockHolder): void {
  fs.put(LOCK_PATH, utf8(`${JSON.stringify(holder)}\n`));
}

function lockOn(fs: MemoryJournalFs): LockHolder | undefined {
  const bytes = fs.files.get(LOCK_PATH);
  return bytes === undefined ? undefined : JSON.parse(fromUtf8(bytes) ?? '') as LockHolder;
}

/** A web window's host at the clock `at()`: no pid to ask, judged and judging by the beat. */
function webHost(fs: MemoryJournalFs, at: () => number, heartbeat: MigrationHost['heartbeat'] = () => () => undefined): MigrationHost {
  const now = (): Date => new Date(at());
  return { ...testHost(fs), me: { pid: 0, host: 'a web window' }, now, liveness: heartbeatLiveness(now), heartbeat };
}

describe('encryption: the journal\'s lock in VS Code for the Web, by heartbeat', () => {
  it('judges a holder by its last beat: dead after LOCK_STALE_MS, alive before, unknown with none', () => {
    const liveness = heartbeatLiveness(() => new Date(T0));
    assert.equal(LOCK_STALE_MS, 10 * MINUTE);
    assert.equal(liveness(webHolder(T0 - 9 * MINUTE)), 'alive');
    assert.equal(liveness(webHolder(T0 - 11 * MINUTE)), 'dead');
    assert.equal(liveness(webHolder(undefined)), 'unknown');
    assert.equal(liveness({ ...webHolder(undefined), beatAt: 'not a time' }), 'unknown');
  });

  it('takes over the lock a closed tab left once its last beat is over ten minutes old, and finishes the run', async () => {
    const fs = fixtureJournal();
    leaveLock(fs, webHolder(T0 - 11 * MINUTE));
    const outcome = await encryptJournal(webHost(fs, () => T0), { credential });
    assert.equal(outcome.status, 'done', outcome.reason);
    assert.equal(outcome.resumedFromDeadRun, true);
    assert.equal(fs.files.has(LOCK_PATH), false, 'released at the end');
  });

  it('leaves a lock that beat within ten minutes, and one that never beat however old, and touches nothing', async () => {
    for (const holder of [webHolder(T0 - 9 * MINUTE), { ...webHolder(undefined), pid: 4242, host: 'a-desktop' }]) {
      const fs = fixtureJournal();
      leaveLock(fs, holder);
      const outcome = await encryptJournal(webHost(fs, () => T0 + 24 * 60 * MINUTE * (holder.beatAt === undefined ? 1 : 0)), { credential });
      assert.equal(outcome.stoppedBy, 'lock', JSON.stringify(holder));
      for (const [path, bytes] of Object.entries(ENTRIES)) {
        assert.deepEqual(fs.files.get(path), bytes, 'a busy journal is not touched');
      }
      assert.deepEqual(lockOn(fs), holder, 'the lock is as it was');
    }
  });

  it('a run beats while it holds the lock: another window waits while the beats go on, and takes over only ten minutes after the last', async () => {
    const fs = fixtureJournal();
    let clock = T0;
    const now = (): Date => new Date(clock);
    const first = await acquireLock(fs, webHolder(T0), heartbeatLiveness(now));
    assert.ok(first.ok);
    clock = T0 + 8 * MINUTE;
    assert.equal(await first.beat(now()), true);
    assert.equal(lockOn(fs)?.beatAt, new Date(T0 + 8 * MINUTE).toISOString());

    clock = T0 + 15 * MINUTE; // 15 minutes after the start, 7 after the last beat: alive.
    const second = await acquireLock(fs, { ...webHolder(clock), operation: 'decrypt' }, heartbeatLiveness(now));
    assert.equal(second.ok, false);

    clock = T0 + 19 * MINUTE; // 11 after the last beat: the tab is gone.
    const third = await acquireLock(fs, { ...webHolder(clock), operation: 'decrypt' }, heartbeatLiveness(now));
    assert.ok(third.ok);
    assert.equal(third.tookOver?.beatAt, new Date(T0 + 8 * MINUTE).toISOString());
    const taken = fs.files.get(LOCK_PATH);
    assert.equal(await first.beat(now()), false, 'a run whose lock was taken over writes no beat');
    await first.release();
    assert.deepEqual(fs.files.get(LOCK_PATH), taken, 'nor removes the lock now held by the other');
    await third.release();
    assert.equal(fs.files.has(LOCK_PATH), false);
  });

  it('runs with a heartbeat: the lock carries a beat from the start, each beat rewrites it, and the beat stops before the release', async () => {
    const fs = fixtureJournal();
    let clock = T0;
    let beat: (() => Promise<void>) | undefined;
    let stopped = false;
    const beats: (string | undefined)[] = [];
    const host: MigrationHost = {
      ...webHost(fs, () => clock, (run) => {
        beat = run;
        return () => {
          stopped = true;
        };
      }),
      onProgress: () => {
        beats.push(lockOn(fs)?.beatAt);
        clock += 2 * MINUTE;
        void beat?.();
      },
    };
    const outcome = await encryptJournal(host, { credential });
    assert.equal(outcome.status, 'done', outcome.reason);
    assert.equal(beats[0], new Date(T0).toISOString(), 'the first beat is the start');
    assert.ok(beats.slice(1).some((at) => at !== undefined && Date.parse(at) > T0), `later beats rewrite it: ${beats.join(', ')}`);
    assert.equal(stopped, true);
    assert.equal(fs.files.has(LOCK_PATH), false);
  });
});

/** A desktop's process check: pids on 'a-desktop' answer (4242 runs, 4343 is gone); any other holder is another machine's. */
const desktopProcesses: Liveness = (holder) => {
  if (holder.host !== 'a-desktop') {
    return 'unknown';
  }
  return holder.pid === 4343 ? 'dead' : 'alive';
};

/** A desktop window's host at the clock `at()`: asks its processes, and judges a beating lock by its beat. */
function desktopHost(fs: MemoryJournalFs, at: () => number): MigrationHost {
  const now = (): Date => new Date(at());
  return { ...testHost(fs), me: { pid: 4242, host: 'a-desktop' }, now, liveness: beatOrProcessLiveness(desktopProcesses, now) };
}

describe('encryption: a web window\'s lock met by a desktop window or the CLI', () => {
  const desktopHolder = (pid: number, host = 'a-desktop'): LockHolder => ({ pid, host, startedAt: new Date(T0 - 60 * MINUTE).toISOString(), operation: 'encrypt' });

  it('judges a beating lock no local process vouches for by its last beat, as the web does', () => {
    const liveness = beatOrProcessLiveness(desktopProcesses, () => new Date(T0));
    assert.equal(liveness(webHolder(T0 - 9 * MINUTE)), 'alive');
    assert.equal(liveness(webHolder(T0 - 11 * MINUTE)), 'dead');
    assert.equal(liveness({ ...webHolder(T0 - 11 * MINUTE), beatAt: 'not a time' }), 'unknown');
  });

  it('judges a pid lock by its process alone, however old: alive, dead, or another machine\'s', () => {
    const liveness = beatOrProcessLiveness(desktopProcesses, () => new Date(T0 + 365 * 24 * 60 * MINUTE));
    assert.equal(liveness(desktopHolder(4242)), 'alive');
    assert.equal(liveness(desktopHolder(4343)), 'dead');
    assert.equal(liveness(desktopHolder(4242, 'another-desktop')), 'unknown');
    assert.equal(liveness({ ...desktopHolder(4242), beatAt: new Date(T0 - 60 * MINUTE).toISOString() }), 'alive', 'a live local process wins over an old beat');
  });

  it('takes over the lock a closed tab left once its last beat is over ten minutes old, and finishes the run', async () => {
    const fs = fixtureJournal();
    leaveLock(fs, webHolder(T0 - 11 * MINUTE));
    const outcome = await encryptJournal(desktopHost(fs, () => T0), { credential });
    assert.equal(outcome.status, 'done', outcome.reason);
    assert.equal(outcome.resumedFromDeadRun, true);
    assert.equal(fs.files.has(LOCK_PATH), false, 'released at the end');
  });

  it('leaves a web lock that beat within ten minutes, and a pid lock of a live process or of another machine however old', async () => {
    const cases: readonly [LockHolder, number][] = [
      [webHolder(T0 - 9 * MINUTE), T0],
      [desktopHolder(4242), T0 + 24 * 60 * MINUTE],
      [desktopHolder(4242, 'another-desktop'), T0 + 24 * 60 * MINUTE],
    ];
    for (const [holder, at] of cases) {
      const fs = fixtureJournal();
      leaveLock(fs, holder);
      const outcome = await encryptJournal(desktopHost(fs, () => at), { credential });
      assert.equal(outcome.stoppedBy, 'lock', JSON.stringify(holder));
      for (const [path, bytes] of Object.entries(ENTRIES)) {
        assert.deepEqual(fs.files.get(path), bytes, 'a busy journal is not touched');
      }
      assert.deepEqual(lockOn(fs), holder, 'the lock is as it was');
    }
  });
});
