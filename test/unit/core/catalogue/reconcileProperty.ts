// The catalogue's central promise, as a property: whatever happens to the journal, and whichever of
// the host's events arrive (each delivered, dropped, or coalesced into a change of its folder),
// reconciling afterwards gives the same catalogue as a fresh build; and so does a build over the
// catalogue persisted before the changes. Run briefly by the unit tier (reconcile.property.test.ts)
// and at length by the property tier (test/property/catalogue.property.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { JournalCatalogue } from '../../../../src/core/catalogue/catalogue';
import type { FileEvent } from '../../../../src/core/catalogue/journalFiles';
import { MemoryJournalFiles } from '../../../../src/core/catalogue/memoryJournalFiles';
import { BROKEN, entry, NOT_AN_ENTRY, persistedText, recordMaker, seen } from './catalogueFixtures';

const FOLDERS = ['', 'a', 'a/b', 'c', '.hidden'];
const NAMES = ['2026-11-20.md', '2026-11-21.md', 'notes.md', 'x.txt'];
const TEXTS = [entry('2026-11-20'), entry('2026-11-21', 'I rebuilt the rota.'), NOT_AN_ENTRY, BROKEN, ''];

const path = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([folder, name]) => (folder === '' ? name : `${folder}/${name}`));
const folder = fc.constantFrom(...FOLDERS.filter((f) => f !== ''));

type Op =
  | { readonly op: 'write'; readonly path: string; readonly text: string }
  | { readonly op: 'delete'; readonly path: string }
  | { readonly op: 'rename'; readonly from: string; readonly to: string }
  | { readonly op: 'unreadable'; readonly path: string };

/** Changes of content and place: what a stamp (mtime + size) sees. */
const change: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('write' as const), path, text: fc.constantFrom(...TEXTS) }),
  fc.record({ op: fc.constant('delete' as const), path: fc.oneof(path, folder) }),
  fc.record({ op: fc.constant('rename' as const), from: fc.oneof(path, folder), to: fc.oneof(path, folder.map((f) => `${f}2`)) }),
);
/**
 * Before the first build, files may also become unreadable. Not after: a permission change keeps
 * mtime and size, so a stamp-keyed catalogue (like any mtime cache) keeps what it last read.
 */
const setup: fc.Arbitrary<Op> = fc.oneof(change, fc.record({ op: fc.constant('unreadable' as const), path }));

/** What the host does with an event: deliver it, drop it, or report its folder as changed instead. */
const delivery = fc.constantFrom('deliver', 'drop', 'folder');

function perform(journal: MemoryJournalFiles, step: Op): void {
  if (step.op === 'write') {
    journal.write(step.path, step.text);
  } else if (step.op === 'delete') {
    journal.delete(step.path);
  } else if (step.op === 'rename') {
    if (step.from !== step.to && !step.to.startsWith(`${step.from}/`) && !journal.has(step.to)) {
      journal.rename(step.from, step.to);
    }
  } else {
    journal.unreadable.add(step.path);
  }
}

function delivered(event: FileEvent, how: string): FileEvent | undefined {
  if (how === 'drop') {
    return undefined;
  }
  if (how === 'folder') {
    return { kind: 'changed', path: event.path.includes('/') ? event.path.slice(0, event.path.lastIndexOf('/')) : '' };
  }
  return event;
}

/** The property, for `fc.assert` with the tier's number of runs (and seed). */
export function reconcileProperty(): fc.IAsyncProperty<[Op[], Op[], fc.Stream<string>]> {
  return fc.asyncProperty(
    fc.array(setup, { maxLength: 8 }), fc.array(change, { maxLength: 12 }), fc.infiniteStream(delivery),
    async (before, after, deliveries) => {
      const journal = new MemoryJournalFiles();
      before.forEach((step) => perform(journal, step));
      const catalogue = new JournalCatalogue(journal, recordMaker());
      await catalogue.build();
      const persisted = persistedText(catalogue, '/j');
      const events: FileEvent[] = [];
      journal.watch((event) => events.push(event));
      const ways = deliveries[Symbol.iterator]();
      for (const step of after) {
        perform(journal, step);
        for (const event of events.splice(0)) {
          const sent = delivered(event, ways.next().value as string);
          if (sent) {
            await catalogue.apply(sent);
          }
        }
      }
      await catalogue.reconcile();
      const expected = seen(await freshBuild(journal));
      assert.deepEqual(seen(catalogue), expected);
      const restarted = new JournalCatalogue(journal, recordMaker());
      assert.equal(restarted.load(persisted, '/j'), undefined);
      await restarted.build();
      assert.deepEqual(seen(restarted), expected);
    },
  );
}

async function freshBuild(journal: MemoryJournalFiles): Promise<JournalCatalogue> {
  const catalogue = new JournalCatalogue(journal, recordMaker());
  await catalogue.build();
  return catalogue;
}
