// The child process of test/unit/node/killedSave.test.ts, bundled by it with esbuild and killed by it
// with SIGKILL. It does what the desktop extension does for a save of an entry of a `file:` journal,
// below VS Code's file system provider: the age host crypto of dist/encryption.js (hostCrypto.ts),
// the journal unlocked with its passphrase (unlockJournal), and each save through the decrypting view
// (DecryptingJournalFs.write) over Node's fs (nodeJournalFs, as migrationHost.ts's journalDiskFs gives
// it) — then saves the job's entries in turn, without end, until it is killed. It starts, then waits
// for its job (a line of JSON on stdin), so the test can start the next child while it checks the
// last one's journal. Before each save and after it, a line on stdout (`begin N`, `done N`), written
// synchronously, so the test knows which save may have been cut off; and before each operation on the
// disk a line `op NAME`, so the test can aim its kill at any step of a save (the disk itself is
// nodeJournalFs's, unchanged: the lines are written beside its calls). Not a test file: mocha runs
// only *.test.ts.
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { installAgeHostCrypto } from '../../src/core/crypto/ageHostCrypto';
import { DecryptingJournalFs } from '../../src/core/encryption/decryptingJournalFs';
import { nodeNamesLockHost } from '../../src/node/encryption/nodeMigrationHost';
import type { JournalFs } from '../../src/core/encryption/journalFs';
import { unlockJournal } from '../../src/core/encryption/unlockJournal';
import { nativeAgeCrypto } from '../../src/node/crypto/nativeAgeCrypto';
import { nodeJournalFs } from '../../src/node/encryption/nodeJournalFs';
import { savedText, type KilledSaveJob } from './killedSave';
import { observedFs } from './observedFs';

/** A bound, should the test fail to kill it: far more saves than any round waits for. */
const MAX_SAVES = 10_000;

/** `disk`, each of its operations told on stdout (`op NAME`) just before it is called. */
function told(disk: JournalFs): JournalFs {
  return observedFs(disk, (name) => void writeSync(1, `op ${name}\n`));
}

/** The first line on stdin. */
function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  return new Promise((resolve) => lines.once('line', (line) => {
    lines.close();
    resolve(line);
  }));
}

async function main(): Promise<number> {
  installAgeHostCrypto(nativeAgeCrypto);
  const job = JSON.parse(await firstLine()) as KilledSaveJob;
  const disk = told(nodeJournalFs(job.root));
  const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: job.passphrase });
  if (!unlock.ok) {
    writeSync(2, `not unlocked: ${unlock.message}\n`);
    return 2;
  }
  const view = new DecryptingJournalFs(disk, unlock.journal, undefined, undefined, undefined, undefined, undefined, undefined, nodeNamesLockHost()); // As the desktop takes the names lock: this process, so the next window sees it gone.
  writeSync(1, 'ready\n');
  for (let n = 0; n < MAX_SAVES; n++) {
    const path = job.paths[n % job.paths.length] ?? '';
    writeSync(1, `begin ${n}\n`);
    await view.write(path, savedText(job.round, n, path));
    writeSync(1, `done ${n}\n`);
  }
  writeSync(2, `not killed after ${MAX_SAVES} saves\n`);
  return 3;
}

main().then((code) => process.exit(code), (error: unknown) => {
  writeSync(2, `${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
