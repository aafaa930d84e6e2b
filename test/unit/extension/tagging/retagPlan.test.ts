// What Retag All Entries decides besides the tags (extension/tagging/retagPlan.ts): an entry with
// unsaved changes is retagged in its editor and every other on disk; the Output names the entries not
// tagged and those kept as labelled; the progress moves every 50 entries; Show Output is offered
// only when entries were skipped.
import * as assert from 'node:assert/strict';
import { logsReason, offersOutput, retagProgress, unsavedEditors } from '../../../../src/extension/tagging/retagPlan';

const doc = (uri: string, isDirty: boolean): { uri: { toString(): string }; isDirty: boolean; name: string } => ({ uri: { toString: () => uri }, isDirty, name: uri });

describe('Retag All Entries decisions (retagPlan.ts)', () => {
  it('retags an entry in its editor only when that has unsaved changes, and on disk otherwise', () => {
    const unsaved = unsavedEditors([doc('file:///j/2026-12-01.md', true), doc('file:///j/2026-12-02.md', false), doc('untitled:Untitled-1', true)]);
    assert.equal(unsaved('file:///j/2026-12-01.md')?.name, 'file:///j/2026-12-01.md', 'the dirty editor is written in place');
    assert.equal(unsaved('file:///j/2026-12-02.md'), undefined, 'a clean open editor: on disk, where it picks the change up');
    assert.equal(unsaved('file:///j/2026-12-03.md'), undefined, 'an entry no editor holds: on disk');
  });

  it('names in the Output the entries not tagged and those kept as labelled, not the others', () => {
    assert.deepEqual((['updated', 'unchanged', 'skipped', 'pinned'] as const).filter((status) => logsReason({ status })), ['skipped', 'pinned']);
  });

  it('reports progress at the first entry and every 50th after it, each report the share of 50 entries', () => {
    assert.deepEqual(retagProgress(0, 200), { done: 1, increment: 25 });
    assert.equal(retagProgress(1, 200), undefined);
    assert.equal(retagProgress(49, 200), undefined);
    assert.deepEqual(retagProgress(50, 200), { done: 51, increment: 25 });
    assert.deepEqual(retagProgress(0, 1), { done: 1, increment: 5000 }, 'a journal of one entry: the bar is full at once');
  });

  it('offers Show Output only when entries were skipped', () => {
    assert.equal(offersOutput({ skipped: 1 }), true);
    assert.equal(offersOutput({ skipped: 0 }), false);
  });
});
