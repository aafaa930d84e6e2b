// The child process of test/unit/node/killedMigration.test.ts, bundled by it with esbuild and killed
// by it with SIGKILL. It runs what the CLI's `encrypt` / `decrypt` run (journalCommands.ts): the
// core's encryptJournal or decryptJournal over nodeMigrationHost — the journal on disk through
// nodeJournalFs, this process's id in the lock — with node:crypto's age crypto, as the CLI's main.ts
// installs it; its operations on the disk observed (killedMigration.ts). It starts, then waits for
// its job (a line of JSON on stdin), so the test can start the next child while it checks the last
// one's journal. Before each operation on the disk a line `op N NAME` on stdout; `delayMs` after the
// `stopAt`-th began (the run goes on meanwhile, so an operation in flight may be half done), it
// freezes — its thread blocked for good, nothing more of the run happens — and says `frozen`: the
// test kills it on that line, never on a clock. A run that ends first says `end STATUS` and freezes
// too. Written synchronously, so each line is out before what it announces. Not a test file: mocha
// runs only *.test.ts.
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { installAgeHostCrypto } from '../../src/core/crypto/ageHostCrypto';
import { decryptJournal } from '../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../src/core/encryption/encryptJournal';
import { nativeAgeCrypto } from '../../src/node/crypto/nativeAgeCrypto';
import { observedHost, type KilledMigrationJob } from './killedMigration';

/** Blocks this thread until the process is killed: no timer, no callback, no write of the run goes on. */
function freeze(line: string): never {
  writeSync(1, `${line}\n`);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    Atomics.wait(cell, 0, 0);
  }
}

/** Runs `then` once the event loop has turned `turns` times (each turn runs the I/O callbacks that came in: the run goes on meanwhile). */
function afterTurns(turns: number, then: () => void): void {
  if (turns <= 0) {
    then();
  } else {
    setImmediate(() => afterTurns(turns - 1, then));
  }
}

/** The first line on stdin. */
function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  return new Promise((resolve) => lines.once('line', (line) => {
    lines.close();
    resolve(line);
  }));
}

async function main(): Promise<void> {
  installAgeHostCrypto(nativeAgeCrypto);
  const job = JSON.parse(await firstLine()) as KilledMigrationJob;
  let operations = 0;
  const host = observedHost(job.root, job.workFactor, (name) => {
    operations++;
    writeSync(1, `op ${operations} ${name}\n`);
    if (operations === job.stopAt) {
      afterTurns(job.delayTurns, () => freeze('frozen'));
    }
  });
  const credential = { kind: 'passphrase', passphrase: job.passphrase } as const;
  const outcome = job.command === 'encrypt'
    ? await encryptJournal(host, { credential, ...(job.names === undefined ? {} : { names: job.names }) })
    : await decryptJournal(host, { credential });
  freeze(`end ${outcome.status}${outcome.reason === undefined ? '' : ` ${outcome.reason}`}`);
}

main().catch((error: unknown) => {
  writeSync(2, `${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
