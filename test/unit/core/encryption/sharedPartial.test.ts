// Two windows write one partial (`names.age.lj-partial`, or one entry's) at the same moment. Node's fs
// truncates a file before it writes it, so a window reading its partial back can find the other
// window's write under way: empty, or cut short, then whole or gone a moment later. That is another
// writer (the save is refused to be saved again: PartialTaken), not a disk that gave back other bytes
// ("check the disk"), which a torn read was taken for (seen with two real processes on one journal).
import * as assert from 'node:assert/strict';
import { equalBytes, utf8 } from '../../../../src/core/crypto/bytes';
import { MigrationStop } from '../../../../src/core/encryption/migrationRun';
import { PartialTaken, writeVerified, type WrittenCheck } from '../../../../src/core/encryption/safeWrites';
import { MemoryJournalFs } from '../../../support/memoryJournalFs';

const PATH = '.leadership-journal/names.age';
const PARTIAL = `${PATH}.lj-partial`;
/** Two sealed files as far as the check goes: age's first line, then each writer's own bytes. */
const MINE = utf8(`age-encryption.org/v1\n${'m'.repeat(300)}`);
const THEIRS = utf8(`age-encryption.org/v1\n${'t'.repeat(300)}`);

/** As the product's checks: this write's bytes, another writer's whole file, or neither. */
const check: WrittenCheck = async (written) => equalBytes(written, MINE) || (equalBytes(written, THEIRS) && 'another-writer');

/** A disk on which, after this writer's write of the partial, its reads of the partial give `reads` in turn (undefined: gone). */
function contended(reads: readonly (Uint8Array | undefined)[]): MemoryJournalFs {
  const disk = MemoryJournalFs.from({ [PATH]: utf8('the map before') });
  let wrote = false;
  let next = 0;
  return new Proxy(disk, {
    get(target, key, receiver) {
      if (key === 'write') {
        return async (path: string, bytes: Uint8Array) => {
          await target.write(path, bytes);
          wrote ||= path === PARTIAL;
        };
      }
      if (key === 'read') {
        return async (path: string) => {
          if (wrote && path === PARTIAL && next < reads.length) {
            const bytes = reads[next++];
            if (bytes === undefined) {
              target.files.delete(PARTIAL);
            } else {
              target.put(PARTIAL, bytes);
            }
          }
          return target.read(path);
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('encryption: a partial read back while another writer writes it', () => {
  it('is another writer when it reads back cut short and then whole: refused to be saved again, the other\'s partial left to it', async () => {
    const disk = contended([THEIRS.subarray(0, 40), THEIRS]);
    await assert.rejects(writeVerified(disk, PATH, MINE, check), (error: unknown) => error instanceof PartialTaken);
    assert.deepEqual(disk.files.get(PARTIAL), THEIRS);
    assert.deepEqual(disk.files.get(PATH), utf8('the map before'), 'nothing renamed');
  });

  it('is another writer when it reads back cut short and then gone (its rename came first)', async () => {
    await assert.rejects(writeVerified(contended([THEIRS.subarray(0, 40), undefined]), PATH, MINE, check), (error: unknown) => error instanceof PartialTaken);
  });

  it('is another writer when it reads back empty twice (truncated, its bytes not written yet)', async () => {
    await assert.rejects(writeVerified(contended([new Uint8Array(0), new Uint8Array(0)]), PATH, MINE, check), (error: unknown) => error instanceof PartialTaken);
  });

  it('is the disk when it reads back other bytes of this write\'s length, the same twice: stopped, the partial removed', async () => {
    const garbled = MINE.slice();
    garbled[100] ^= 1;
    const disk = contended([garbled, garbled]);
    await assert.rejects(writeVerified(disk, PATH, MINE, check), (error: unknown) => error instanceof MigrationStop && !(error instanceof PartialTaken) && /did not read back as written/.test(error.message));
    assert.equal(disk.files.has(PARTIAL), false);
  });
});
