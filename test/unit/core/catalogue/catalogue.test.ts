// The catalogue's update rules at a desk, over the in-memory journal: every event order the
// extension-host suite has met (coalesced folder events, a file written as its folder appears, a
// rename inside a folder, a folder deleted, a build superseded by another), skipped files derived,
// and the bad input of a journal changing while it is read.
import * as assert from 'node:assert/strict';
import { JournalCatalogue } from '../../../../src/core/catalogue/catalogue';
import type { FileEvent } from '../../../../src/core/catalogue/journalFiles';
import { MemoryJournalFiles } from '../../../../src/core/catalogue/memoryJournalFiles';
import { BROKEN, entry, factsMaker, NOT_AN_ENTRY, persistedText, recordMaker, seen } from './catalogueFixtures';

function journalWith(files: Record<string, string>): MemoryJournalFiles {
  const journal = new MemoryJournalFiles();
  for (const [path, text] of Object.entries(files)) {
    journal.write(path, text);
  }
  return journal;
}

async function fresh(journal: MemoryJournalFiles): Promise<JournalCatalogue> {
  const catalogue = new JournalCatalogue(journal, recordMaker());
  await catalogue.build();
  return catalogue;
}

/** Events the journal reports from now on, for a test to deliver as it chooses. */
function recordEvents(journal: MemoryJournalFiles): FileEvent[] {
  const events: FileEvent[] = [];
  journal.watch((event) => events.push(event));
  return events;
}

describe('journal catalogue', () => {
  it('builds one record per entry and lists every other Markdown file as skipped, with why', async () => {
    const journal = journalWith({
      '2026/11/2026-11-20.md': entry('2026-11-20'),
      '2026/11/2026-11-21.md': entry('2026-11-21'),
      'notes/ideas.md': NOT_AN_ENTRY,
      '2026/11/broken.md': BROKEN,
      '.templates/daily.md': entry('2026-11-22'),
      'node_modules/pkg/readme.md': entry('2026-11-22'),
      'notes/todo.txt': 'not Markdown',
    });
    const catalogue = await fresh(journal);
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['2026/11/2026-11-20.md', '2026/11/2026-11-21.md']);
    assert.deepEqual(catalogue.skipped().map((s) => s.path), ['2026/11/broken.md', 'notes/ideas.md']);
    assert.match(catalogue.skipped()[1]?.reason ?? '', /no date/);
    assert.equal(catalogue.skippedCount, 2);
  });

  it('deleting a skipped file takes it out of the skipped count', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20'), 'a/ideas.md': NOT_AN_ENTRY, 'b/more.md': NOT_AN_ENTRY });
    const catalogue = await fresh(journal);
    assert.equal(catalogue.skippedCount, 2);
    journal.delete('a/ideas.md');
    await catalogue.apply({ kind: 'deleted', path: 'a/ideas.md' });
    assert.equal(catalogue.skippedCount, 1);
    journal.delete('b');
    await catalogue.apply({ kind: 'deleted', path: 'b' });
    assert.equal(catalogue.skippedCount, 0);
    assert.equal(catalogue.entries().length, 1);
  });

  it('a folder created with files in it, reported as the folder alone, brings in every file', async () => {
    const journal = journalWith({ '2026/11/2026-11-20.md': entry('2026-11-20') });
    const catalogue = await fresh(journal);
    journal.write('2026/12/2026-12-01.md', entry('2026-12-01'));
    journal.write('2026/12/2026-12-02.md', entry('2026-12-02'));
    await catalogue.apply({ kind: 'created', path: '2026/12' });
    assert.deepEqual(seen(catalogue), seen(await fresh(journal)));
    assert.equal(catalogue.entries().length, 3);
  });

  it('a file written as its folder appears, with no event of its own, is found by the reconciliation', async () => {
    const journal = journalWith({ '2026/11/2026-11-20.md': entry('2026-11-20') });
    const catalogue = await fresh(journal);
    journal.mkdir('2026/12');
    await catalogue.apply({ kind: 'created', path: '2026/12' }); // Listed while still empty.
    journal.write('2026/12/2026-12-01.md', entry('2026-12-01')); // Its event never arrives.
    assert.equal(catalogue.entries().length, 1);
    await catalogue.reconcile();
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['2026/11/2026-11-20.md', '2026/12/2026-12-01.md']);
  });

  it('a rename inside a folder, reported as a change of the folder, moves the entry', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20'), 'a/2026-11-21.md': entry('2026-11-21') });
    const catalogue = await fresh(journal);
    journal.rename('a/2026-11-20.md', 'a/2026-11-22.md');
    await catalogue.apply({ kind: 'changed', path: 'a' });
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['a/2026-11-21.md', 'a/2026-11-22.md']);
  });

  it('a rename reported as delete and create, and a changed file, are applied as they come', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20'), 'a/note.md': NOT_AN_ENTRY });
    const catalogue = await fresh(journal);
    const events = recordEvents(journal);
    journal.rename('a', 'b');
    journal.write('b/note.md', entry('2026-11-23'));
    for (const event of events) {
      await catalogue.apply(event);
    }
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['b/2026-11-20.md', 'b/note.md']);
    assert.equal(catalogue.skippedCount, 0);
  });

  it('a deleted folder takes every entry under it, and a deleted journal folder empties the catalogue', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20'), 'a/b/2026-11-21.md': entry('2026-11-21'), 'ab/2026-11-22.md': entry('2026-11-22') });
    const catalogue = await fresh(journal);
    journal.delete('a');
    await catalogue.apply({ kind: 'deleted', path: 'a' });
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['ab/2026-11-22.md']);
    journal.delete('');
    await catalogue.apply({ kind: 'deleted', path: '' });
    assert.deepEqual(seen(catalogue), { entries: [], skipped: [] });
  });

  it('a changed event for a path that is gone removes it; events under dot-folders are ignored', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20') });
    const catalogue = await fresh(journal);
    journal.delete('a/2026-11-20.md');
    await catalogue.apply({ kind: 'changed', path: 'a/2026-11-20.md' });
    journal.write('.templates/daily.md', entry('2026-11-22'));
    await catalogue.apply({ kind: 'created', path: '.templates/daily.md' });
    assert.deepEqual(seen(catalogue), { entries: [], skipped: [] });
  });

  it('events during a build are replayed after it, so nothing written meanwhile is lost', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20'), 'a/2026-11-21.md': entry('2026-11-21') });
    const catalogue = new JournalCatalogue(journal, recordMaker());
    journal.watch((event) => void catalogue.apply(event));
    let once = true;
    journal.beforeRead = () => {
      if (once) {
        once = false;
        journal.write('b/2026-11-22.md', entry('2026-11-22'));
        journal.delete('a/2026-11-21.md');
      }
    };
    await catalogue.build();
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['a/2026-11-20.md', 'b/2026-11-22.md']);
  });

  it('a build superseded by another drops its result; the newer one replays what happened meanwhile', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20') });
    const catalogue = new JournalCatalogue(journal, recordMaker());
    journal.watch((event) => void catalogue.apply(event));
    let second: Promise<unknown> | undefined;
    journal.beforeRead = () => {
      if (second === undefined) {
        journal.write('a/2026-11-21.md', entry('2026-11-21'));
        second = catalogue.build();
      }
    };
    const first = await catalogue.build();
    await second;
    assert.equal(first.superseded, true);
    assert.deepEqual(seen(catalogue), seen(await fresh(journal)));
    assert.equal(catalogue.entries().length, 2);
  });

  it('a file deleted between listing and reading is left out; an unreadable one is skipped with why, and read once it can be', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20'), 'a/2026-11-21.md': entry('2026-11-21'), 'a/2026-11-22.md': entry('2026-11-22') });
    journal.unreadable.add('a/2026-11-22.md');
    journal.beforeRead = (path) => {
      if (path === 'a/2026-11-20.md') {
        journal.delete(path);
      }
    };
    const catalogue = await fresh(journal);
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['a/2026-11-21.md']);
    assert.deepEqual(catalogue.skipped(), [{ path: 'a/2026-11-22.md', reason: "it could not be read: EACCES: permission denied, open 'a/2026-11-22.md'" }]);
    journal.beforeRead = undefined;
    journal.unreadable.delete('a/2026-11-22.md');
    await catalogue.build();
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['a/2026-11-21.md', 'a/2026-11-22.md']);
    assert.equal(catalogue.skippedCount, 0);
  });

  it('a folder that cannot be listed is skipped with why, and a folder that vanishes mid-build is left out', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20'), 'locked/2026-11-21.md': entry('2026-11-21'), 'gone/2026-11-22.md': entry('2026-11-22') });
    journal.unreadable.add('locked');
    journal.beforeRead = (path) => {
      if (path === 'a/2026-11-20.md') {
        journal.delete('gone');
      }
    };
    const catalogue = await fresh(journal);
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['a/2026-11-20.md']);
    assert.deepEqual(catalogue.skipped(), [{ path: 'locked/', reason: 'the folder could not be read: EACCES: permission denied' }]);
  });

  it('a build over a persisted catalogue reads only the files whose stamp changed', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20'), 'a/2026-11-21.md': entry('2026-11-21'), 'a/x.md': NOT_AN_ENTRY });
    const first = await fresh(journal);
    const text = persistedText(first, '/journal');
    journal.write('a/2026-11-21.md', entry('2026-11-21', 'I rebuilt the rota and moved the deadline.'));
    journal.delete('a/x.md');
    const maker = recordMaker();
    const second = new JournalCatalogue(journal, maker);
    assert.equal(second.load(text, '/journal'), undefined);
    const stats = await second.build();
    assert.deepEqual(maker.made, ['a/2026-11-21.md']);
    assert.equal(stats.read, 1);
    assert.deepEqual(seen(second), seen(await fresh(journal)));
  });

  it('a catalogue that keeps facts re-reads items persisted without them', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20', 'I will send @Ana the plan.\n\n- [ ] Send the plan') });
    const text = persistedText(await fresh(journal), '/journal');
    const withFacts = new JournalCatalogue(journal, factsMaker());
    assert.match(withFacts.load(text, '/journal') ?? '', /without the facts/);
    await withFacts.build();
    assert.deepEqual(withFacts.entriesWithFacts()[0]?.facts.mentions, ['Ana']);
  });

  it('a save with the editor\'s text makes the record from that text, without reading the file', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20') });
    const maker = recordMaker();
    const catalogue = new JournalCatalogue(journal, maker);
    await catalogue.build();
    journal.write('a/2026-11-20.md', entry('2026-11-20', 'I rebuilt the rota.'));
    let reads = 0;
    journal.beforeRead = () => reads++;
    await catalogue.saved('a/2026-11-20.md', entry('2026-11-20', 'I rebuilt the rota.'));
    assert.equal(reads, 0);
    assert.deepEqual(seen(catalogue), seen(await fresh(journal)));
  });

  it('an entry being written (held) keeps its record through events and reconciles, and is read once let go', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20', 'I explained why.') });
    const held = new Set<string>();
    const catalogue = new JournalCatalogue(journal, recordMaker(), { held: (path) => held.has(path) });
    await catalogue.build();
    const before = seen(catalogue);
    held.add('a/2026-11-20.md');
    held.add('a/2026-11-21.md');
    journal.write('a/2026-11-20.md', entry('2026-11-20', 'I explained why and then how, step by step.'));
    journal.write('a/2026-11-21.md', entry('2026-11-21'));
    await catalogue.apply({ kind: 'changed', path: 'a/2026-11-20.md' });
    await catalogue.apply({ kind: 'created', path: 'a/2026-11-21.md' });
    await catalogue.saved('a/2026-11-20.md', entry('2026-11-20', 'I explained why and then how, step by step.'));
    await catalogue.reconcile();
    assert.deepEqual(seen(catalogue), before, 'the trends do not move while the entries are written');
    held.clear();
    await catalogue.apply({ kind: 'changed', path: 'a/2026-11-20.md' });
    await catalogue.apply({ kind: 'changed', path: 'a/2026-11-21.md' });
    assert.deepEqual(seen(catalogue), seen(await fresh(journal)));
  });

  it('a build does not add an entry being written, and a held entry that is deleted still goes', async () => {
    const journal = journalWith({ 'a/2026-11-20.md': entry('2026-11-20'), 'a/2026-11-21.md': entry('2026-11-21') });
    const held = new Set(['a/2026-11-21.md']);
    const catalogue = new JournalCatalogue(journal, recordMaker(), { held: (path) => held.has(path) });
    await catalogue.build();
    assert.deepEqual(catalogue.entries().map((e) => e.path), ['a/2026-11-20.md']);
    held.add('a/2026-11-20.md');
    journal.delete('a/2026-11-20.md');
    await catalogue.apply({ kind: 'deleted', path: 'a/2026-11-20.md' });
    assert.deepEqual(catalogue.entries(), []);
  });
});
