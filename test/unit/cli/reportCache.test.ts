// The report's cache file written in pieces (reportCache.ts writeCache): each piece reaches the
// temporary file as it comes (the whole catalogue is never one string), the file is byte for byte
// the one string the cache was written as before, and a write that fails part-way leaves the cache
// there was, whole, and no temporary file beside it.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JournalCatalogue } from '../../../src/core/catalogue/catalogue';
import { MemoryJournalFiles } from '../../../src/core/catalogue/memoryJournalFiles';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION, checksumOf, loadCatalogue, PERSIST_BATCH } from '../../../src/core/catalogue/persistedCatalogue';
import { readCache, writeCache } from '../../../src/cli/reportCache';
import { entry, NOT_AN_ENTRY, persistedText, recordMaker } from '../core/catalogue/catalogueFixtures';

const FOLDER = '/home/zoë/"journal"';

async function catalogueOf(count: number): Promise<JournalCatalogue> {
  const journal = new MemoryJournalFiles();
  for (let i = 0; i < count; i++) {
    journal.write(`ü/"${i}" \\ 日記 😀.md`, entry('2026-11-20', `Entry ${i}: I said "why" to Zoë — the team's reason.`));
  }
  journal.write('ideas.md', NOT_AN_ENTRY);
  const catalogue = new JournalCatalogue(journal, recordMaker());
  await catalogue.build();
  return catalogue;
}

/** The cache's bytes as writeCache wrote them before the pieces: one string of the whole catalogue. */
function oneStringBytes(catalogue: JournalCatalogue): Buffer {
  const loaded = loadCatalogue(persistedText(catalogue, FOLDER), FOLDER);
  assert.ok(loaded.ok);
  const body = JSON.stringify(Object.fromEntries(loaded.items));
  const header = { format: CATALOGUE_FORMAT, version: CATALOGUE_VERSION, folder: FOLDER, facts: false, length: body.length, checksum: checksumOf(body) };
  return Buffer.from(`${JSON.stringify(header)}\n${body}\n`, 'utf8');
}

describe('report cache, written in pieces', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lj-report-cache-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a file byte for byte as the one string, for no entry, one and many', async () => {
    for (const count of [0, 1, 3 * PERSIST_BATCH + 5]) {
      const catalogue = await catalogueOf(count);
      const file = join(dir, `c${count}.catalogue`);
      writeCache(file, dir, catalogue.persistPieces(FOLDER));
      assert.equal(Buffer.compare(readFileSync(file), oneStringBytes(catalogue)), 0, `${count} entries`);
      const again = new JournalCatalogue(new MemoryJournalFiles(), recordMaker());
      assert.equal(again.load(readCache(file) as string, FOLDER), undefined, 'the reader takes it as it is');
      assert.equal(again.size, catalogue.size);
    }
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  });

  it('writes each piece to the temporary file before the next is made', async () => {
    const catalogue = await catalogueOf(3 * PERSIST_BATCH);
    const file = join(dir, 'journal.catalogue');
    const sizes: number[] = [];
    let bytes = 0;
    function* watched(): Generator<string> {
      for (const piece of catalogue.persistPieces(FOLDER)) {
        const temporary = readdirSync(dir).find((name) => name.endsWith('.tmp'));
        sizes.push(temporary === undefined ? -1 : statSync(join(dir, temporary)).size - bytes);
        bytes += Buffer.byteLength(piece, 'utf8');
        yield piece;
      }
    }
    writeCache(file, dir, watched());
    assert.ok(sizes.length >= 5, `${sizes.length} pieces`);
    assert.deepEqual(sizes, sizes.map(() => 0), 'when a piece is made, every piece before it is in the file, and nothing waits in memory');
    assert.equal(statSync(file).size, bytes);
  });

  it('leaves the cache there was, whole, and no temporary file, when a write fails part-way', async () => {
    const file = join(dir, 'journal.catalogue');
    writeCache(file, dir, (await catalogueOf(1)).persistPieces(FOLDER));
    const before = readFileSync(file);
    const pieces = (await catalogueOf(2 * PERSIST_BATCH)).persistPieces(FOLDER);
    function* failing(): Generator<string> {
      let n = 0;
      for (const piece of pieces) {
        if (++n === 3) {
          throw new Error('killed mid-write');
        }
        yield piece;
      }
    }
    assert.throws(() => writeCache(file, dir, failing()), /killed mid-write/);
    assert.equal(Buffer.compare(readFileSync(file), before), 0);
    assert.deepEqual(readdirSync(dir), ['journal.catalogue']);
  });
});
