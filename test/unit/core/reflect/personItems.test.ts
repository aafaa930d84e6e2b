import * as assert from 'node:assert/strict';
import { entryKind } from '../../../../src/core/entries/kinds';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { carryOver } from '../../../../src/core/reflect/carryOver';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { namesPerson, openItemsFromTexts } from '../../../../src/core/reflect/personItems';

const DIRECTORY = createPeopleDirectory(parsePeopleFile('Ana Lima: [Ana]\nSam Lee: [Sam]\n').people);
const ANA = DIRECTORY.resolve('Ana').key;

function oneOnOne(day: number, theyWill: string, iWill: string): { path: string; date: string; people: string[]; text: string; cursor: { line: number; character: number } } {
  const plan = planEntry({ kind: entryKind('one-on-one'), date: { year: 2026, month: 3, day }, person: 'Ana', weekStart: 1, prompt: '' });
  assert.ok(plan.ok);
  const text = plan.text.replace('- They will: ', `- They will: ${theyWill}`).replace('- I will: ', `- I will: ${iWill}`);
  return { path: plan.path, date: `2026-03-${String(day).padStart(2, '0')}`, people: ['Ana'], text, cursor: plan.cursor };
}

describe('people: the open items New 1:1 carries over', () => {
  it('finds the entries that name the person, by front matter, mention or alias', () => {
    assert.ok(namesPerson({ path: 'a.md', date: '2026-03-02', people: ['Ana Lima'], mentions: [] }, DIRECTORY, ANA));
    assert.ok(namesPerson({ path: 'a.md', date: '2026-03-02', people: [], mentions: ['ana'] }, DIRECTORY, ANA));
    assert.ok(!namesPerson({ path: 'a.md', date: '2026-03-02', people: ['Sam'], mentions: ['Sam Lee'] }, DIRECTORY, ANA));
  });

  it('carries both directions into the next 1:1, and an item ticked in it is no longer carried', () => {
    const first = oneOnOne(2, 'send the hiring plan', 'book the offsite');
    const items = openItemsFromTexts([first], DIRECTORY, ANA, { year: 2026, month: 3, day: 16 });
    assert.deepEqual([items.theirs.map((item) => item.text), items.mine.map((item) => item.text)], [['send the hiring plan'], ['book the offsite']]);
    const second = oneOnOne(16, '', '');
    const carried = carryOver({ path: second.path, text: second.text, cursor: second.cursor, items });
    assert.equal(carried.carried, 2);
    const ticked = carried.text.replace(/- \[ \] send the hiring plan/, '- [x] send the hiring plan');
    const after = openItemsFromTexts([first, { ...second, text: ticked }], DIRECTORY, ANA, { year: 2026, month: 3, day: 30 });
    assert.deepEqual([after.theirs.map((item) => item.text), after.mine.map((item) => item.text)], [[], ['book the offsite']]);
  });
});
