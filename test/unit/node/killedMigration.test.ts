// A real kill of the migration. The kill-after-every-step tests (test/unit/core/encryption:
// killAtEveryStep.test.ts and its kin) stop encryptJournal and decryptJournal after each of their file
// operations on a disk in memory; this one kills a real process with SIGKILL on a real folder. The
// layer it covers is what the CLI's `encrypt` and `decrypt` run (src/cli/encryption/journalCommands.ts):
// the core's run (migrationRun.ts runLocked, encryptJournal / decryptJournal) over nodeMigrationHost —
// nodeJournalFs with its fsyncs, the lock under the process's id — and node:crypto's age crypto. A
// child process (test/support/killedMigrationChild.ts, bundled with esbuild as the CLI is, age alias
// included) migrates a journal of 40 entries (an empty one, one with a BOM and CRLF, one not UTF-8,
// one of about 150 KB: three age chunks) and three files that are not entries; it tells each of its
// operations on the disk on stdout, and freezes a seeded-random 0–16 turns of its event loop after
// the aimed one began (the run going on meanwhile, so the kill falls inside an operation — a file
// half written, a link not yet made — or a few after); the test kills it with SIGKILL on the line
// that says so: on an observed event, never on a clock. The aims are spread over the whole run (one
// in each equal slice of the run's operations, counted in an observed run of the same journal
// beforehand), for encrypt and decrypt, readable and opaque names: 12 kills. After each kill:
// - the run is resumed by a second child, killed in turn within its first 60 operations (taking over
//   the dead run's lock, settling its partials, its first entries), then by the CLI's own command in
//   this process (runEncryptionCommand, as `leadership-journal encrypt|decrypt DIR --passphrase-env
//   NAME`), which must finish (exit 0). A finished decrypt gives back every file byte for byte and
//   nothing else (no partial, lock, lock's leftover, marker or product folder); a finished encrypt
//   leaves no plain entry, no partial, no lock's leftover and no entry's text anywhere on the disk, and every
//   entry decrypts (as a window unlocks and reads it) to its bytes, the other files untouched;
// - on every other kill, a copy of the killed journal is undone instead (the opposite command, which
//   the CLI's usage says undoes a run "from any point"), and must give back the same.
// No time is asserted: where the kill lands depends on the machine's load, and every landing must
// keep the promises. The seed is fixed so a failure can be run again with the same aims. About 12 s
// on the shared 2-core machine at load 4 (28 s at load 8): Node starting a process per kill (so two
// are started ahead) and the runs that resume and check.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { runEncryptionCommand } from '../../../src/cli/encryption/encryptionCli';
import { ageHostCrypto, installAgeHostCrypto } from '../../../src/core/crypto/ageHostCrypto';
import { utf8 } from '../../../src/core/crypto/bytes';
import { decryptJournal } from '../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../src/core/encryption/encryptJournal';
import type { NameMode } from '../../../src/core/encryption/journalState';
import { DecryptingJournalFs } from '../../../src/core/encryption/decryptingJournalFs';
import { isEncryptedEntryPath, isPartialPath, isPlainEntryPath, LOCK_PATH } from '../../../src/core/encryption/layout';
import { unlockJournal } from '../../../src/core/encryption/unlockJournal';
import { mulberry32 } from '../../../src/core/text/random';
import { nativeAgeCrypto } from '../../../src/node/crypto/nativeAgeCrypto';
import { nodeJournalFs } from '../../../src/node/encryption/nodeJournalFs';
import { AGE_ALIAS } from '../../../scripts/ageAlias';
import { ENTRIES, OTHER_FILES, TEST_WORK_FACTOR } from '../../support/encryptedJournal';
import { startJobChild } from '../../support/jobChild';
import { observedHost, type KilledMigrationJob } from '../../support/killedMigration';
import { capture } from '../cli/captureIo';

const PASSPHRASE = 'Grüße — nur ich';
const PASSPHRASE_ENV = 'LJ_KILLED_MIGRATION_PASSPHRASE';
const SEED = 27_2026;
/** In the text of every generated entry, and never in a sealed file: a scan of the disk for it finds any entry's text left plain. */
const MARKER = 'PLAIN-TEXT-OF-A-MIGRATED-ENTRY';
/** The journal: the awkward entries of the migration's other tests, 36 more, and files that are not entries. */
const ENTRY_COUNT = 40;
/** The resuming child is aimed at one of its first this many operations on the disk: its lock take-over, its settling of the dead run's partials, its first entries. */
const RESUME_OPERATIONS = 60;
/** The child freezes a seeded-random 0 to this many turns of its event loop after the aimed operation began: inside it (a file half written, a folder not yet flushed) or a few after. */
const DELAY_TURNS = 16;
/** The take-over of a dead run's lock: its first operations on the disk, where a kill leaves the lock's leftovers (LOCK_LEFTOVER). */
const TAKE_OVER_OPERATIONS = 6;
/** Waited for a child to freeze or end before the test fails: a hang guard, not a time assertion. */
const HANG_MS = 60_000;

/** Each case: a command, the journal's names, and how many kills are aimed over its run. */
const CASES: readonly { readonly command: 'encrypt' | 'decrypt'; readonly names: NameMode; readonly kills: number }[] = [
  { command: 'encrypt', names: 'readable', kills: 4 },
  { command: 'encrypt', names: 'opaque', kills: 3 },
  { command: 'decrypt', names: 'readable', kills: 3 },
  { command: 'decrypt', names: 'opaque', kills: 2 },
];

/**
 * Where the journals are made: a folder in memory (tmpfs) where the system has one, else the
 * temporary folder. A SIGKILL ends the process, not the system: what it wrote is in the page cache
 * either way, so the fsyncs nodeJournalFs makes (most of a run's time on the shared machine's disk)
 * buy nothing here but time.
 */
function scratchFolder(): string {
  try {
    return statSync('/dev/shm').isDirectory() ? '/dev/shm' : tmpdir();
  } catch {
    return tmpdir();
  }
}

/** Every file of the plain journal, by journal-relative path. */
function originalFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>([...Object.entries(ENTRIES), ...Object.entries(OTHER_FILES)]);
  const entries = Object.keys(ENTRIES).length;
  for (let n = 0; n < ENTRY_COUNT - entries; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    const month = n < 28 ? '10' : '11';
    const kind = n % 5 === 0 ? `1on1-${['zoë', 'ana', 'jürgen'][n % 3] ?? ''}` : n % 7 === 0 ? 'decision' : 'daily';
    const line = `Entry ${n}: Zoë's offer, the reorg, the budget (ü, ß, 😀). ${MARKER}\n`;
    const filler = n === 3 ? 150_000 : n % 9 === 0 ? 9_000 : 0; // One of three age chunks (64 KiB each), a few of several KiB.
    files.set(`2026/${month}/2026-${month}-${day}-${kind}.md`, utf8(`---\ndate: 2026-${month}-${day}\n---\n\n${line}${line.repeat(Math.ceil(filler / line.length))}`));
  }
  assert.equal([...files.keys()].filter(isPlainEntryPath).filter((path) => !path.startsWith('.')).length, ENTRY_COUNT);
  return files;
}

/** Every file under `root` (dot-folders, partials, locks and temporary files included), relative with `/`. */
function filesUnder(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path).split('\\').join('/')];
  });
}

/** `files` written as a plain journal in `root`. */
function writeJournal(root: string, files: ReadonlyMap<string, Uint8Array>): void {
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(root, ...path.split('/'))), { recursive: true });
    writeFileSync(join(root, ...path.split('/')), bytes);
  }
}

/**
 * What a kill while a run takes the lock can leave in the product folder: the file nodeJournalFs's
 * createExclusive writes whole under a private name before linking it into place
 * (`lock.PID.RANDOM.tmp`), and a dead run's lock moved aside by the run taking it over (lock.ts:
 * `lock.stale-ID`), cut off before it removed it. Each holds only a lock's holder, never an entry's
 * text or name; the run that next holds the lock removes it, its holder being dead
 * (core/encryption/lockLeftovers.ts). None may be left once the finishing run is done.
 */
const LOCK_LEFTOVER = new RegExp(`^${LOCK_PATH.replace(/\./g, '\\.')}(\\.\\d+\\.[0-9a-f]{12}\\.tmp|\\.stale-[a-z2-7]{26})$`);

/** No lock's leftover (LOCK_LEFTOVER) is under `root`: the finishing run removed every one a kill left. */
function assertNoLockLeftover(root: string, context: string): void {
  assert.deepEqual(filesUnder(root).filter((path) => LOCK_LEFTOVER.test(path)), [], `${context}: no lock's leftover is left`);
}

/** The journal in `root` is `files`, byte for byte, and nothing else is there (no lock's leftover either). */
function assertOriginal(root: string, files: ReadonlyMap<string, Uint8Array>, context: string): void {
  assertNoLockLeftover(root, context);
  assert.deepEqual(filesUnder(root).sort(), [...files.keys()].sort(), `${context}: the journal's files, and nothing else`);
  for (const [path, bytes] of files) {
    assert.ok(Buffer.from(bytes).equals(readFileSync(join(root, ...path.split('/')))), `${context}: ${path} is byte for byte what it was`);
  }
}

/**
 * The journal in `root` is wholly encrypted — every entry sealed, none plain, no partial, no entry's
 * text anywhere on the disk — and holds `files`: each entry decrypts (as a window reads it, with the
 * passphrase) to its bytes, byte for byte, and each other file is on disk as it was.
 */
async function assertSealed(root: string, files: ReadonlyMap<string, Uint8Array>, context: string): Promise<void> {
  const onDisk = filesUnder(root);
  assertNoLockLeftover(root, context);
  assert.deepEqual(onDisk.filter((path) => isPlainEntryPath(path) && !path.startsWith('.')), [], `${context}: no plain entry`);
  assert.deepEqual(onDisk.filter(isPartialPath), [], `${context}: no partial`);
  assert.equal(onDisk.filter((path) => isEncryptedEntryPath(path) && !path.startsWith('.')).length, ENTRY_COUNT, `${context}: every entry sealed, once`);
  const marker = Buffer.from(MARKER);
  assert.deepEqual(onDisk.filter((path) => readFileSync(join(root, path)).includes(marker)), [], `${context}: no entry's text is plain on disk`);
  const unlock = await unlockJournal(nodeJournalFs(root), { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok, `${context}: the journal unlocks (${unlock.ok ? '' : unlock.message})`);
  const view = new DecryptingJournalFs(nodeJournalFs(root), unlock.journal);
  for (const [path, bytes] of files) {
    const read = isPlainEntryPath(path) && !path.startsWith('.') ? await view.read(path) : readFileSync(join(root, ...path.split('/')));
    assert.ok(read !== undefined && Buffer.from(bytes).equals(read), `${context}: ${path} is byte for byte what it was`);
  }
}

/** `leadership-journal COMMAND ROOT --passphrase-env NAME [--opaque-names]` in this process, as the CLI runs it; it must finish (exit 0). */
async function cli(command: 'encrypt' | 'decrypt', root: string, names: NameMode, context: string): Promise<void> {
  const { io, out, err } = capture({ env: { [PASSPHRASE_ENV]: PASSPHRASE } });
  const args = [root, '--passphrase-env', PASSPHRASE_ENV, ...(command === 'encrypt' && names === 'opaque' ? ['--opaque-names'] : [])];
  const code = await runEncryptionCommand(command, args, io, { workFactor: TEST_WORK_FACTOR });
  assert.equal(code, 0, `${context}: ${command} finishes: ${[...out, ...err].join('')}`);
}

/** Where a child was stopped: frozen after its aimed operation, or at the end of its run. */
interface Stopped {
  /** Operations on the disk it began. */
  readonly operations: number;
  /** `end STATUS …` when its run ended before the aim; undefined when frozen there. */
  readonly ended: string | undefined;
}

/** A child process started and waiting for its job (killedMigrationChild.ts). */
interface BootedChild {
  /** Gives it `job` and kills it with SIGKILL once it says it froze (or ended); where it stood. */
  run(job: KilledMigrationJob): Promise<Stopped>;
  /** Kills it, if it still runs (one started ahead and never given a job). */
  stop(): void;
}

function bootChild(script: string): BootedChild {
  const child = startJobChild(script);
  return {
    async run(job) {
      let killed = false;
      const { code, signal, out, err } = await child.run(job, (out) => {
        if (!killed && /^(frozen|end .*)$/m.test(out)) {
          killed = true;
          child.kill();
        }
      }, HANG_MS);
      if (signal !== 'SIGKILL' || !killed) {
        throw new Error(`the child was to be killed once it froze after operation ${job.stopAt}; it ended with ${signal ?? `code ${code}`}: ${err}${out.slice(-300)}`);
      }
      return { operations: out.match(/^op /gm)?.length ?? 0, ended: /^end .*$/m.exec(out)?.[0] };
    },
    stop: child.kill,
  };
}

describe('encryption: the CLI\'s migration in a Node process, killed with SIGKILL over its run, then resumed or undone', function () {
  this.timeout(240_000);
  let dir = '';
  let script = '';
  const crypto = ageHostCrypto();
  const original = originalFiles();

  before(async () => {
    installAgeHostCrypto(nativeAgeCrypto); // As the child and the CLI.
    dir = mkdtempSync(join(scratchFolder(), 'lj-killed-migration-'));
    script = join(dir, 'killedMigrationChild.js');
    await esbuild.build({
      entryPoints: [join(__dirname, '..', '..', 'support', 'killedMigrationChild.ts')], bundle: true, platform: 'node', format: 'cjs',
      outfile: script, alias: { ...AGE_ALIAS }, absWorkingDir: join(__dirname, '..', '..', '..'), logLevel: 'silent',
    });
  });
  after(() => {
    installAgeHostCrypto(crypto);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a kill inside a run\'s take-over of a dead run\'s lock leaves the lock\'s leftovers, and the run that finishes removes every one', async () => {
    // The dead run: a process of this machine that has ended, its lock left on a plain journal.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    assert.ok(deadPid !== undefined);
    const start = join(dir, 'take-over');
    writeJournal(start, original);
    mkdirSync(dirname(join(start, ...LOCK_PATH.split('/'))), { recursive: true });
    writeFileSync(join(start, ...LOCK_PATH.split('/')), `${JSON.stringify({ pid: deadPid, host: hostname(), startedAt: new Date().toISOString(), operation: 'encrypt' })}\n`);
    const ready = [bootChild(script), bootChild(script)];
    let met = 0;
    try {
      // The take-over's first operations (its create refused, the dead lock read, moved aside, read
      // again, removed, the lock created), each with a few turns for the operation in flight.
      for (let stopAt = 1; stopAt <= TAKE_OVER_OPERATIONS; stopAt++) {
        for (const delayTurns of [0, 2, 4]) {
          const root = join(dir, `take-over-${stopAt}-${delayTurns}`);
          cpSync(start, root, { recursive: true });
          const child = ready.shift() ?? bootChild(script);
          ready.push(bootChild(script));
          const stopped = await child.run({ root, command: 'encrypt', passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR, names: 'readable', stopAt, delayTurns });
          const context = `the take-over killed after operation ${stopped.operations} (aimed at ${stopAt}, ${delayTurns} turns)${stopped.ended === undefined ? '' : `, ${stopped.ended}`}`;
          met += filesUnder(root).filter((path) => LOCK_LEFTOVER.test(path)).length;
          await cli('encrypt', root, 'readable', `${context}, finished`);
          await assertSealed(root, original, `${context}, finished`);
          rmSync(root, { recursive: true });
        }
      }
    } finally {
      ready.forEach((waiting) => waiting.stop());
    }
    console.log(`      ${met} lock's leftovers met after the kills, none left after the finishing runs`);
    assert.ok(met > 0, 'the kills aimed at the take-over left some of the lock\'s leftovers for the finishing run to remove');
  });

  CASES.forEach(({ command, names, kills }, index) => {
    const seed = SEED + index;
    const undo = command === 'encrypt' ? 'decrypt' : 'encrypt';
    it(`${command} (${names} names), killed ${kills} times over its run and again as it resumes: resumed, or undone, every file comes back byte for byte (seed ${seed})`, async () => {
      const credential = { kind: 'passphrase', passphrase: PASSPHRASE } as const;
      // The journal each kill starts from, and the count of the run's operations on the disk (a run of a copy, observed as the child's is).
      const start = join(dir, `${command}-${names}`);
      writeJournal(start, original);
      if (command === 'decrypt') {
        const sealed = await encryptJournal(observedHost(start, TEST_WORK_FACTOR, () => undefined), { credential, names });
        assert.equal(sealed.status, 'done', sealed.reason);
      }
      const counted = `${start}-counted`;
      cpSync(start, counted, { recursive: true });
      let total = 0;
      const host = observedHost(counted, TEST_WORK_FACTOR, () => void total++);
      const whole = command === 'encrypt' ? await encryptJournal(host, { credential, names }) : await decryptJournal(host, { credential });
      assert.equal(whole.status, 'done', whole.reason);
      rmSync(counted, { recursive: true });

      const random = mulberry32(seed);
      let met = 0; // Lock's leftovers the kills left before the finishing run (told, not asserted: where a kill lands depends on the load).
      // Two children started ahead: a Node process takes a few hundred ms to start on a busy machine.
      const ready = [bootChild(script), bootChild(script)];
      const next = (): BootedChild => {
        const child = ready.shift() ?? bootChild(script);
        ready.push(bootChild(script));
        return child;
      };
      try {
        for (let kill = 0; kill < kills; kill++) {
          const root = join(dir, `${command}-${names}-${kill}`);
          cpSync(start, root, { recursive: true });
          const job = { root, command, passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR, ...(command === 'encrypt' ? { names } : {}) };
          const stopAt = Math.min(total, 1 + Math.floor(((kill + random()) * total) / kills));
          const first = await next().run({ ...job, stopAt, delayTurns: Math.floor(random() * DELAY_TURNS) });
          const resumeAt = 1 + Math.floor(random() * RESUME_OPERATIONS);
          const second = await next().run({ ...job, stopAt: resumeAt, delayTurns: Math.floor(random() * DELAY_TURNS) });
          const context = `${command} (${names} names, seed ${seed}), kill ${kill}: frozen after operation ${first.operations} of ${total} (aimed at ${stopAt})${first.ended === undefined ? '' : `, ${first.ended}`}, then its resume after ${second.operations} (aimed at ${resumeAt})${second.ended === undefined ? '' : `, ${second.ended}`}`;

          met += filesUnder(root).filter((path) => LOCK_LEFTOVER.test(path)).length;
          if (kill % 2 === 1) {
            const undone = `${root}-undone`;
            cpSync(root, undone, { recursive: true });
            await cli(undo, undone, names, `${context}, undone`);
            await (undo === 'encrypt' ? assertSealed(undone, original, `${context}, undone`) : assertOriginal(undone, original, `${context}, undone`));
            rmSync(undone, { recursive: true });
          }
          await cli(command, root, names, `${context}, resumed`);
          await (command === 'encrypt' ? assertSealed(root, original, `${context}, resumed`) : assertOriginal(root, original, `${context}, resumed`));
          rmSync(root, { recursive: true });
        }
      } finally {
        ready.forEach((waiting) => waiting.stop());
      }
      console.log(`      ${met} lock's leftovers met after the kills, none left after the finishing runs`);
    });
  });
});
