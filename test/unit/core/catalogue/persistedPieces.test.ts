// The persisted catalogue's one writer, persistedPieces: the pieces joined (the CLI's cache file),
// and the pieces encoded into one buffer (persistedBytes: the extension's stored index), are, byte
// for byte, the one string the catalogue was written as before (`oneString` below, that code as it
// was), for catalogues with awkward values — quotes, backslashes, non-ASCII and astral characters, an
// empty journal, one entry, batch boundaries and many entries — so the reader, unchanged, reads it back.
import * as assert from 'node:assert/strict';
import { JournalCatalogue } from '../../../../src/core/catalogue/catalogue';
import type { CatalogueItem } from '../../../../src/core/catalogue/catalogueItem';
import { MemoryJournalFiles } from '../../../../src/core/catalogue/memoryJournalFiles';
import {
  CATALOGUE_FORMAT, CATALOGUE_VERSION, Checksum, checksumOf, loadCatalogue, PERSIST_BATCH, persistedBytes, persistedPieces,
} from '../../../../src/core/catalogue/persistedCatalogue';
import { BROKEN, entry, factsMaker, NOT_AN_ENTRY, persistedText, recordMaker } from './catalogueFixtures';

/** The persisted text as one string, as the catalogue made it before it was written in pieces. */
function oneString(folder: string, facts: boolean, items: ReadonlyMap<string, CatalogueItem>): string {
  const body = JSON.stringify(Object.fromEntries(items));
  const header = { format: CATALOGUE_FORMAT, version: CATALOGUE_VERSION, folder, facts, length: body.length, checksum: checksumOf(body) };
  return `${JSON.stringify(header)}\n${body}\n`;
}

const FOLDER = '/home/zoë/"journal" \\ 日記';

/** The items of a catalogue built over `files` (path → text), as the catalogue keeps them. */
async function itemsOf(files: Record<string, string>, facts = false): Promise<Map<string, CatalogueItem>> {
  const journal = new MemoryJournalFiles();
  for (const [path, text] of Object.entries(files)) {
    journal.write(path, text);
  }
  const catalogue = new JournalCatalogue(journal, facts ? factsMaker() : recordMaker());
  await catalogue.build();
  const loaded = loadCatalogue(persistedText(catalogue, FOLDER), FOLDER);
  assert.ok(loaded.ok, 'the catalogue reads back');
  return loaded.items;
}

function many(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    files[`${2000 + (i % 25)}/11/2026-11-${day}-${i}.md`] = entry(`2026-11-${day}`, `Entry ${i}: I said "why" to Zoë — the team's 🙂 reason.`);
  }
  return files;
}

function assertSameBytes(items: ReadonlyMap<string, CatalogueItem>, facts = false): void {
  const pieces = [...persistedPieces(FOLDER, facts, items)];
  const expected = oneString(FOLDER, facts, items);
  assert.equal(Buffer.compare(Buffer.from(pieces.join(''), 'utf8'), Buffer.from(expected, 'utf8')), 0, 'the pieces joined are the one string, byte for byte');
  assert.equal(Buffer.compare(Buffer.from(persistedBytes(persistedPieces(FOLDER, facts, items))), Buffer.from(expected, 'utf8')), 0,
    'the pieces encoded into one buffer (the extension\'s stored index) are the one string\'s UTF-8, byte for byte');
  const loaded = loadCatalogue(pieces.join(''), FOLDER);
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.reason);
  assert.deepEqual([...loaded.items], [...items], 'read back: the same items, in the same order');
}

describe('persisted catalogue, written in pieces', () => {
  it('sums a text fed in any split as the whole text (and as the checksum always did)', () => {
    const text = 'Grüße „zitiert" 😀 \\ "q"';
    for (let cut = 0; cut <= text.length; cut++) {
      const sum = new Checksum();
      sum.add(text.slice(0, cut));
      sum.add(text.slice(cut));
      assert.equal(sum.digest(), checksumOf(text), `split at ${cut}`);
      assert.equal(sum.length, text.length);
    }
    // Digests of the one-string code before the pieces (main at 7d4e3a1): a file written before still checks.
    assert.deepEqual([checksumOf(''), checksumOf('{"a.md":{"mtime":1}}'), checksumOf(text)], ['bdcb81aee8d83', '6aa5808536019', '12193412e5f9ac']);
  });

  it('writes an empty journal as it did: "{}" between the header and the last newline', async () => {
    const items = await itemsOf({});
    assert.equal(items.size, 0);
    assertSameBytes(items);
    assert.ok([...persistedPieces(FOLDER, false, items)].join('').endsWith('\n{}\n'));
  });

  it('writes one entry, and a journal of awkward values, byte for byte as the one string', async () => {
    assertSameBytes(await itemsOf({ 'a/2026-11-20.md': entry('2026-11-20') }));
    const awkward = await itemsOf({
      'a/"quoted" \\ back.md': entry('2026-11-20', 'She said: "no", then \\ and a tab\there.'),
      'ü/Grüße an Zoë — 日記 😀.md': entry('2026-11-21', 'Wir haben „Gründe“ erklärt: Ärger über Öl 😀.'),
      'b/ideas.md': NOT_AN_ENTRY,
      'b/broken.md': BROKEN,
      'c/\u2028line\u2029sep.md': entry('2026-11-22', 'Line separators \u2028 and \u2029 and a control \u0001 character.'),
    });
    assert.equal(awkward.size, 5);
    assertSameBytes(awkward);
  });

  it('gives the extension the one string\'s bytes from the catalogue, made from its pieces', async () => {
    for (const facts of [false, true]) {
      const journal = new MemoryJournalFiles();
      for (const [path, text] of Object.entries({ ...many(PERSIST_BATCH + 3), 'ü/Grüße 😀.md': entry('2026-11-21', 'Wir haben „Gründe“ erklärt 😀.'), 'b/ideas.md': NOT_AN_ENTRY })) {
        journal.write(path, text);
      }
      const catalogue = new JournalCatalogue(journal, facts ? factsMaker() : recordMaker());
      await catalogue.build();
      const loaded = loadCatalogue([...catalogue.persistPieces(FOLDER)].join(''), FOLDER);
      assert.ok(loaded.ok);
      assert.equal(Buffer.compare(Buffer.from(catalogue.persistBytes(FOLDER)), Buffer.from(oneString(FOLDER, facts, loaded.items), 'utf8')), 0, `facts: ${facts}`);
    }
  });

  it('writes items with facts (as the extension keeps them) byte for byte as the one string', async () => {
    assertSameBytes(await itemsOf({ 'a/2026-11-20.md': entry('2026-11-20', 'I will send Ana the plan by Friday.'), 'b/ideas.md': NOT_AN_ENTRY }, true), true);
  });

  it('writes many entries, across and exactly at batch boundaries, byte for byte as the one string', async () => {
    const all = await itemsOf(many(2 * PERSIST_BATCH + 7));
    for (const count of [PERSIST_BATCH - 1, PERSIST_BATCH, PERSIST_BATCH + 1, 2 * PERSIST_BATCH, 2 * PERSIST_BATCH + 7]) {
      const items = new Map([...all].slice(0, count));
      assertSameBytes(items);
      assert.equal([...persistedPieces(FOLDER, false, items)].length, 2 + Math.ceil(count / PERSIST_BATCH), `${count} items: header, one piece a batch, newline`);
    }
  });

  it('keeps the order an object gives keys that look like array indexes (first, ascending)', async () => {
    const [[, item]] = [...await itemsOf({ 'a/2026-11-20.md': entry('2026-11-20') })] as [[string, CatalogueItem]];
    const items = new Map<string, CatalogueItem>([['b.md', item], ['10', item], ['2', item], ['01', item], ['4294967295', item], ['a.md', item]]);
    const text = [...persistedPieces(FOLDER, false, items)].join('');
    assert.equal(text, oneString(FOLDER, false, items));
    assert.deepEqual(Object.keys(JSON.parse(text.slice(text.indexOf('\n') + 1)) as object), ['2', '10', 'b.md', '01', '4294967295', 'a.md']);
  });

  it('writes the items as they were when the first piece was taken, whatever changes after', async () => {
    const items = await itemsOf(many(PERSIST_BATCH + 1));
    const before = oneString(FOLDER, false, items);
    const pieces = persistedPieces(FOLDER, false, items);
    const first = pieces.next();
    items.clear();
    assert.equal([first.value as string, ...pieces].join(''), before);
  });
});
