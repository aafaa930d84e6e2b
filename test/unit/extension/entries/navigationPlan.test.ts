import * as assert from 'node:assert/strict';
import { parseIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { dayChoice, dayEntries, journalFolderAction, stepOrigin } from '../../../../src/extension/entries/navigationPlan';

const day = (text: string): LocalDate => parseIsoDate(text) as LocalDate;

const journal = [
  '2026/03/2026-03-11.md',
  '2026/03/2026-03-12.md',
  '2026/03/2026-03-12-1on1-ana.md',
  '2026/03/2026-03-12-decision-hiring.md',
  '2026/2026-W11-review.md',
  '2026/03/2026-03-13-notes.txt',
  'people.yml',
];

describe('navigation decisions (navigationPlan.ts)', () => {
  it("lists a day's entries without the week's review or files that are not Markdown", () => {
    assert.deepEqual(dayEntries(journal, day('2026-03-12')), ['2026/03/2026-03-12.md', '2026/03/2026-03-12-1on1-ana.md', '2026/03/2026-03-12-decision-hiring.md']);
    assert.deepEqual(dayEntries(journal, day('2026-03-13')), []);
  });

  it("opens a day's only entry, offers a choice among several, and creates one when there is none", () => {
    assert.deepEqual(dayChoice(journal, day('2026-03-11')), { open: '2026/03/2026-03-11.md' });
    assert.deepEqual(dayChoice(journal, day('2026-03-12')), { choose: ['2026/03/2026-03-12.md', '2026/03/2026-03-12-1on1-ana.md', '2026/03/2026-03-12-decision-hiring.md'] });
    assert.deepEqual(dayChoice(journal, day('2026-03-14')), { create: true });
    assert.deepEqual(dayChoice([], day('2026-03-14')), { create: true });
  });

  it('counts Previous and Next from the open entry when it is a dated journal file, else from today', () => {
    const today = day('2026-03-20');
    assert.deepEqual(stepOrigin('2026/03/2026-03-12-1on1-ana.md', today), { date: day('2026-03-12'), path: '2026/03/2026-03-12-1on1-ana.md' });
    assert.deepEqual(stepOrigin('people.yml', today), { date: today });
    assert.deepEqual(stepOrigin('notes/ideas.md', today), { date: today });
    assert.deepEqual(stepOrigin(undefined, today), { date: today });
  });

  it('reveals a journal folder in the workspace, and opens one outside it in a new window', () => {
    assert.equal(journalFolderAction(true), 'reveal');
    assert.equal(journalFolderAction(false), 'open-window');
  });
});
