// The persisted catalogue: read back exactly as written, and refused as a whole, with a reason a
// user can act on, when it is truncated, edited, from another version or for another folder.
import * as assert from 'node:assert/strict';
import { JournalCatalogue } from '../../../../src/core/catalogue/catalogue';
import { MemoryJournalFiles } from '../../../../src/core/catalogue/memoryJournalFiles';
import { CATALOGUE_VERSION, checksumOf, loadCatalogue } from '../../../../src/core/catalogue/persistedCatalogue';
import { entry, NOT_AN_ENTRY, persistedText, recordMaker, seen } from './catalogueFixtures';

async function persisted(): Promise<{ text: string; catalogue: JournalCatalogue }> {
  const journal = new MemoryJournalFiles();
  journal.write('a/2026-11-20.md', entry('2026-11-20'));
  journal.write('a/ideas.md', NOT_AN_ENTRY);
  const catalogue = new JournalCatalogue(journal, recordMaker());
  await catalogue.build();
  return { text: persistedText(catalogue, '/home/ana/journal'), catalogue };
}

function reason(text: string, folder = '/home/ana/journal'): string {
  const loaded = loadCatalogue(text, folder);
  return loaded.ok ? 'accepted' : loaded.reason;
}

describe('persisted catalogue', () => {
  it('reads back the items it was written with', async () => {
    const { text, catalogue } = await persisted();
    const loaded = loadCatalogue(text, '/home/ana/journal');
    assert.ok(loaded.ok);
    const again = new JournalCatalogue(new MemoryJournalFiles(), recordMaker());
    again.load(text, '/home/ana/journal');
    assert.deepEqual(seen(again), seen(catalogue));
  });

  it('refuses a truncated file', async () => {
    const { text } = await persisted();
    assert.equal(reason(text.slice(0, text.length - 40)), 'it is truncated');
    assert.match(reason(text.slice(0, 30)), /damaged/);
    assert.match(reason(''), /damaged/);
  });

  it('refuses a file edited by hand, even into valid values', async () => {
    const { text } = await persisted();
    assert.equal(reason(text.replace('"words":', '"words":1')), 'it was changed after it was written');
    assert.equal(reason(text.replace('"kind":"daily"', '"kind":"weekly"')), 'it was changed after it was written');
  });

  it('refuses a file from another version, for another folder, or not a catalogue', async () => {
    const { text } = await persisted();
    assert.match(reason(text.replace(`"version":${CATALOGUE_VERSION}`, '"version":0')), /another version \(catalogue format 0/);
    assert.equal(reason(text, '/home/bo/journal'), 'it is for another journal folder');
    assert.equal(reason('{"version":3,"folder":"x","files":{}}\n'), 'it is not a journal catalogue');
  });

  it('refuses a file whose checksum matches but whose item does not validate (a skip with no reason)', () => {
    const body = JSON.stringify({ 'a.md': { mtime: 1, size: 2, entry: null } });
    const header = { format: 'leadership-journal-catalogue', version: CATALOGUE_VERSION, folder: '/j', facts: false, length: body.length, checksum: checksumOf(body) };
    assert.equal(reason(`${JSON.stringify(header)}\n${body}\n`, '/j'), 'its item for a.md does not validate');
  });

  it('refuses the extension\'s older store (version 4, one JSON object) with a reason, and the build that follows reads every file once', async () => {
    const journal = new MemoryJournalFiles();
    journal.write('a/2026-11-20.md', entry('2026-11-20'));
    const old = JSON.stringify({ version: 4, folder: 'file:///home/ana/journal', files: { 'a/2026-11-20.md': { mtime: 1, size: 1, entry: null, facts: {}, skipped: 'x' } } });
    const maker = recordMaker();
    const catalogue = new JournalCatalogue(journal, maker);
    assert.equal(catalogue.load(old, 'file:///home/ana/journal'), 'it is not a journal catalogue');
    const stats = await catalogue.build();
    assert.equal(stats.read, 1);
    assert.equal(catalogue.entries().length, 1);
    const again = new JournalCatalogue(journal, recordMaker());
    assert.equal(again.load(persistedText(catalogue, 'file:///home/ana/journal'), 'file:///home/ana/journal'), undefined);
    assert.equal((await again.build()).read, 0, 'rebuilt once: the store written then is trusted');
  });
});
