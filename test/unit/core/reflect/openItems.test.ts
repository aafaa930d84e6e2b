import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { addDays, formatIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { entryKind } from '../../../../src/core/entries/kinds';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { carryOver } from '../../../../src/core/reflect/carryOver';
import { trackCommitments } from '../../../../src/core/reflect/commitmentTracking';
import { extractCommitments } from '../../../../src/core/reflect/commitments';
import { scanItems } from '../../../../src/core/reflect/itemScan';
import { bodyLines } from '../../../../src/core/reflect/markdownLines';
import { openItemsWith, trackItems, type ItemEntry, type TrackedItems } from '../../../../src/core/reflect/openItems';
import { createPeopleDirectory, type PeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';

const TODAY: LocalDate = { year: 2026, month: 4, day: 1 };
const NOBODY = createPeopleDirectory([]);

type Journal = Map<string, string>;

/** A 1:1 as the product plans it, with the agreed section answered. */
function oneOnOne(date: string, person: string, theyWill = '', iWill = ''): { path: string; text: string } {
  const [year, month, day] = date.split('-').map(Number);
  const plan = planEntry({ kind: entryKind('one-on-one'), date: { year: year ?? 0, month: month ?? 0, day: day ?? 0 }, person, weekStart: 1, prompt: '' });
  assert.ok(plan.ok);
  const text = plan.text.replace('- They will: ', `- They will: ${theyWill}`).replace('- I will: ', `- I will: ${iWill}`);
  return { path: plan.path, text };
}

function entriesOf(journal: Journal): ItemEntry[] {
  return [...journal].map(([path, text]) => {
    const people = /^people: \[(.*)\]$/m.exec(text)?.[1]?.split(',').map((name) => name.trim()) ?? [];
    return { path, date: /^date: (\S+)$/m.exec(text)?.[1] ?? '', people, items: scanItems(bodyLines(text)) };
  });
}

function track(journal: Journal, directory: PeopleDirectory = NOBODY): TrackedItems {
  return trackItems(entriesOf(journal), directory, TODAY);
}

/** The next 1:1 with `person` on `date`, carrying over their open items; added to the journal. */
function next(journal: Journal, date: string, person: string, directory: PeopleDirectory = NOBODY, theyWill = '', iWill = ''): { path: string; text: string; carried: number } {
  const planned = oneOnOne(date, person, theyWill, iWill);
  const key = directory.resolve(person).key;
  const carried = carryOver({ path: planned.path, text: planned.text, cursor: { line: 0, character: 0 }, items: openItemsWith(track(journal, directory), key) });
  journal.set(planned.path, carried.text);
  return { path: planned.path, text: carried.text, carried: carried.carried };
}

function setLine(journal: Journal, path: string, line: number, change: (text: string) => string): void {
  const lines = (journal.get(path) ?? '').split('\n');
  lines[line] = change(lines[line] ?? '');
  journal.set(path, lines.join('\n'));
}

function tick(text: string): string {
  return /\[ \]/.test(text) ? text.replace('[ ]', '[x]') : text.replace(/^(\s*[-*+] )/, '$1[x] ');
}

const openTexts = (tracked: TrackedItems) => tracked.open.map((item) => [item.owner, item.text, item.people]);

describe('reflect: open items with a person', () => {
  it('keeps each person’s items apart in both directions, and takes mine about them from anywhere', () => {
    const journal: Journal = new Map();
    const ana = oneOnOne('2026-03-02', 'Ana', 'send the draft', 'share the criteria');
    const sam = oneOnOne('2026-03-03', 'Sam', 'send the draft');
    journal.set(ana.path, ana.text).set(sam.path, sam.text).set('2026/03/2026-03-04.md', '---\ndate: 2026-03-04\nkind: daily\n---\nBook the room for @ana #commit\n');
    const tracked = track(journal);
    assert.deepEqual(openTexts(tracked), [
      ['theirs', 'send the draft', ['ana']],
      ['mine', 'share the criteria', ['ana']],
      ['theirs', 'send the draft', ['sam']],
      ['mine', 'Book the room for @ana', ['ana']],
    ]);
    const withAna = openItemsWith(tracked, 'ana');
    assert.deepEqual(withAna.theirs.map((item) => item.text), ['send the draft']);
    assert.deepEqual(withAna.mine.map((item) => item.text), ['share the criteria', 'Book the room for @ana']);
    assert.equal(withAna.theirs[0]?.id, `${ana.path}#${withAna.theirs[0]?.root.hash}`);
  });

  it('carries the open items into the next 1:1 under its title, with links back, and moves the cursor', () => {
    const journal: Journal = new Map();
    const first = oneOnOne('2026-03-02', 'Ana', 'send the draft', 'share the criteria');
    journal.set(first.path, first.text);
    const planned = oneOnOne('2026-03-16', 'Ana');
    const plan = planEntry({ kind: entryKind('one-on-one'), date: { year: 2026, month: 3, day: 16 }, person: 'Ana', weekStart: 1, prompt: '' });
    assert.ok(plan.ok);
    const carried = carryOver({ path: planned.path, text: planned.text, cursor: plan.cursor, items: openItemsWith(track(journal), 'ana') });
    const theirLine = first.text.split('\n').findIndex((line) => line.startsWith('- They will:'));
    const hashes = track(journal).open.map((item) => item.root.hash);
    assert.equal(carried.carried, 2);
    assert.equal(carried.text.split('\n').slice(6, 18).join('\n'), [
      '# 1:1 with Ana, 2026-03-16',
      '',
      '<!-- leadership-journal:drafted -->',
      '## Still open from earlier 1:1s',
      '',
      'They will:',
      '',
      `- [ ] send the draft #they — [2026-03-02](2026-03-02-1on1-ana.md#L${theirLine + 1} "lj:${hashes[0]}")`,
      '',
      'I will:',
      '',
      `- [ ] share the criteria — [2026-03-02](2026-03-02-1on1-ana.md#L${theirLine + 2} "lj:${hashes[1]}")`,
    ].join('\n'));
    assert.equal(carried.cursor.line, plan.cursor.line + 12);
    assert.equal(carried.text.split('\n')[carried.cursor.line], '');
    journal.set(planned.path, carried.text);
    const after = track(journal);
    assert.equal(after.open.length, 2, 'no duplicate');
    assert.deepEqual(after.open.map((item) => item.sightings.length), [2, 2]);
  });

  it('writes the block in German for a German entry, and nothing when nothing is open', () => {
    const journal: Journal = new Map();
    const first = oneOnOne('2026-03-02', 'Ana', 'send the draft');
    journal.set(first.path, first.text);
    const carried = carryOver({ path: '2026/03/x.md', text: '---\ndate: 2026-03-16\n---\n\n# 1:1 mit Ana\n', cursor: { line: 4, character: 0 }, items: openItemsWith(track(journal), 'ana'), locale: 'de' });
    assert.match(carried.text, /## Noch offen aus früheren Gesprächen\n\nDie Person übernimmt:\n\n- \[ \] send the draft #they — \[2026-03-02\]\(2026-03-02-1on1-ana\.md#L\d+ "lj:[0-9a-f]{8}"\)/);
    const none = carryOver({ path: 'x.md', text: 'body\n', cursor: { line: 0, character: 0 }, items: { theirs: [], mine: [] } });
    assert.deepEqual(none, { text: 'body\n', cursor: { line: 0, character: 0 }, carried: 0 });
  });

  it('puts the block at the top of a body with no title, keeping CRLF line endings', () => {
    const journal: Journal = new Map();
    const first = oneOnOne('2026-03-02', 'Ana', 'send the draft');
    journal.set(first.path, first.text);
    const carried = carryOver({ path: 'x.md', text: '---\r\ndate: 2026-03-16\r\n---\r\n## Agenda\r\n', cursor: { line: 4, character: 0 }, items: openItemsWith(track(journal), 'ana') });
    assert.ok(carried.text.startsWith('---\r\ndate: 2026-03-16\r\n---\r\n<!-- leadership-journal:drafted -->\r\n'));
    assert.ok(carried.text.endsWith('<!-- /leadership-journal:drafted -->\r\n\r\n## Agenda\r\n'));
    assert.ok(!/[^\r]\n/.test(carried.text));
    assert.equal(carried.cursor.line, 4 + 8);
  });

  it('closes an item everywhere when it is ticked in the new entry, in the Commitments view too', () => {
    const journal: Journal = new Map();
    const first = oneOnOne('2026-03-02', 'Ana', 'send the draft', 'share the criteria');
    journal.set(first.path, first.text);
    const second = next(journal, '2026-03-16', 'Ana');
    const lines = second.text.split('\n');
    setLine(journal, second.path, lines.findIndex((line) => line.includes('share the criteria')), tick);
    setLine(journal, second.path, lines.findIndex((line) => line.includes('send the draft')), tick);
    const tracked = track(journal);
    assert.deepEqual(tracked.open, []);
    assert.deepEqual(tracked.completed.map((item) => [item.text, item.completed?.path]), [['share the criteria', second.path], ['send the draft', second.path]]);
    const commitments = trackCommitments([...journal].map(([path, text]) => ({ path, date: /^date: (\S+)$/m.exec(text)?.[1] ?? '', commitments: extractCommitments(text) })), TODAY);
    assert.deepEqual(commitments.open, []);
    assert.deepEqual(commitments.completed.map((c) => [c.text, c.firstSeen.path]), [['share the criteria', first.path]]);
  });

  it('keeps an item reworded after it was carried as one item, and carries its new wording on with the first link', () => {
    const journal: Journal = new Map();
    const first = oneOnOne('2026-03-02', 'Ana', 'send the draft');
    journal.set(first.path, first.text);
    const second = next(journal, '2026-03-16', 'Ana');
    const at = second.text.split('\n').findIndex((line) => line.includes('send the draft'));
    setLine(journal, second.path, at, (line) => line.replace('send the draft', 'send the second draft, with the budget'));
    const tracked = track(journal);
    assert.equal(tracked.open.length, 1);
    assert.equal(tracked.open[0]?.text, 'send the second draft, with the budget');
    const third = next(journal, '2026-03-30', 'Ana');
    assert.equal(third.carried, 1);
    assert.match(third.text, /- \[ \] send the second draft, with the budget #they — \[2026-03-02\]\(2026-03-02-1on1-ana\.md#L\d+ "lj:/);
    const final = track(journal);
    assert.equal(final.open.length, 1);
    assert.equal(final.open[0]?.sightings.length, 3);
    assert.equal(final.open[0]?.firstSeen.path, first.path);
    // Ticking it in the first entry closes the copies too.
    setLine(journal, first.path, first.text.split('\n').findIndex((line) => line.startsWith('- They will:')), tick);
    assert.deepEqual(track(journal).open, []);
  });

  it('counts the same item carried twice, into two entries or twice into one, once', () => {
    const journal: Journal = new Map();
    const first = oneOnOne('2026-03-02', 'Ana', 'send the draft', 'share the criteria');
    journal.set(first.path, first.text);
    const snapshot = new Map(journal);
    next(journal, '2026-03-16', 'Ana');
    const other = next(snapshot, '2026-03-17', 'Ana');
    journal.set(other.path, other.text);
    const block = other.text.split('\n').filter((line) => line.includes('"lj:'));
    journal.set('2026/03/2026-03-18.md', `---\ndate: 2026-03-18\nkind: daily\n---\n${block.join('\n')}\n${block.join('\n')}\n`);
    const tracked = track(journal);
    assert.equal(tracked.open.length, 2);
    assert.deepEqual(tracked.open.map((item) => item.sightings.length), [5, 5]);
  });

  it('follows a person renamed by a later alias: the old and the new name’s items are theirs, carried once', () => {
    const journal: Journal = new Map();
    const first = oneOnOne('2026-03-02', 'Ana', 'send the draft', 'share the criteria');
    journal.set(first.path, first.text);
    const directory = createPeopleDirectory(parsePeopleFile('Ana María López: [ana]\n').people);
    const second = next(journal, '2026-03-16', 'Ana María López', directory, 'book the offsite');
    assert.equal(second.carried, 2);
    assert.equal(second.path, '2026/03/2026-03-16-1on1-ana-maria-lopez.md');
    const withHer = openItemsWith(track(journal, directory), 'ana maria lopez');
    assert.deepEqual(withHer.theirs.map((item) => [item.text, item.sightings.length]), [['send the draft', 2], ['book the offsite', 1]]);
    assert.deepEqual(withHer.mine.map((item) => [item.text, item.sightings.length]), [['share the criteria', 2]]);
    // Without people.yml the old name is someone else, and the carried copies still belong with their first lines.
    assert.equal(track(journal).open.length, 3);
  });

  it('loses nothing when the first entry is reworded after the carry-over: the copies stay one item, the reworded line is its own', () => {
    const journal: Journal = new Map();
    const first = oneOnOne('2026-03-02', 'Ana', 'send the draft');
    journal.set(first.path, first.text);
    next(journal, '2026-03-16', 'Ana');
    setLine(journal, first.path, first.text.split('\n').findIndex((line) => line.startsWith('- They will:')), () => '- They will: send the final draft');
    assert.deepEqual(track(journal).open.map((item) => [item.text, item.sightings.length]), [['send the final draft', 1], ['send the draft', 1]]);
  });

  it('says when an item for someone else names no one, and still keeps it', () => {
    const tracked = trackItems([{ path: 'a.md', date: '2026-03-02', people: [], items: scanItems(bodyLines('They send the numbers #they\n')) }], NOBODY, TODAY);
    assert.equal(tracked.open.length, 1);
    assert.deepEqual(tracked.problems.map((problem) => [problem.path, problem.line]), [['a.md', 0]]);
    assert.match(tracked.problems[0]?.message ?? '', /write @name on the line/);
  });
});

// ---- Properties: a manager's 1:1s with two people over months, in any order of events. ----

type Operation =
  | { readonly kind: 'meet'; readonly person: 0 | 1; readonly theyWill: number; readonly iWill: number }
  | { readonly kind: 'tick'; readonly pick: number; readonly sighting: number }
  | { readonly kind: 'reword'; readonly pick: number }
  | { readonly kind: 'rename' };

const WORDS = ['send the draft', 'share the criteria', 'book the room', 'ask finance', 'review the plan', ''];
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('meet' as const), person: fc.constantFrom(0 as const, 1 as const), theyWill: fc.nat(WORDS.length - 1), iWill: fc.nat(WORDS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('tick' as const), pick: fc.nat(), sighting: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reword' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const) }) },
);

/** The first person is written `Ana` until a rename, then by the full name people.yml gives the alias to. */
const NAMES = [['Ana', 'Ana María López'], ['Sam Lee', 'Sam Lee']] as const;
const RENAMED = createPeopleDirectory(parsePeopleFile('Ana María López: [ana]\nSam Lee: [sam]\n').people);

describe('reflect: carry-over and the identity rule (properties)', function () {
  this.timeout(60_000); // Hundreds of small journals re-read after every step: seconds, not a time limit.

  it('never duplicates or loses an item, whatever the user carries, ticks, rewords or renames', () => {
    fc.assert(fc.property(fc.array(operation, { minLength: 1, maxLength: 14 }), (operations) => {
      const journal: Journal = new Map();
      let renamed = false;
      let directory = NOBODY; // people.yml gets the alias only at the rename, and then reads every entry, old names included.
      let date: LocalDate = { year: 2026, month: 1, day: 5 };
      let rewordings = 0;
      for (const op of operations) {
        const before = track(journal, directory);
        if (op.kind === 'meet') {
          date = addDays(date, 7);
          const name = NAMES[op.person][renamed ? 1 : 0];
          const key = directory.resolve(name).key;
          const open = openItemsWith(before, key);
          const result = next(journal, formatIsoDate(date), name, directory, WORDS[op.theyWill], WORDS[op.iWill]);
          assert.equal(result.carried, open.theirs.length + open.mine.length);
          const after = track(journal, directory);
          // Every item open before is open after, under the same id, written once more.
          for (const item of [...open.theirs, ...open.mine]) {
            const same = after.open.find((candidate) => candidate.id === item.id);
            assert.ok(same, `lost ${item.text}`);
            assert.ok(same.sightings.length > item.sightings.length);
            assert.ok(same.sightings.some((sighting) => sighting.path === result.path));
          }
          // No item carried into the new entry is split: each carried line joins an item open before.
          const carriedGroups = after.open.filter((item) => item.sightings.some((s) => s.path === result.path) && before.open.some((b) => b.id === item.id));
          assert.equal(carriedGroups.length, open.theirs.length + open.mine.length);
          // Items not about this person are untouched.
          assert.ok(after.open.length >= before.open.length);
        } else if (op.kind === 'tick' && before.open.length > 0) {
          const item = before.open[op.pick % before.open.length];
          assert.ok(item);
          const sighting = item.sightings[op.sighting % item.sightings.length];
          assert.ok(sighting);
          setLine(journal, sighting.path, sighting.line, tick);
          const after = track(journal, directory);
          assert.ok(!after.open.some((candidate) => candidate.id === item.id), 'ticked anywhere, closed everywhere');
          assert.equal(after.open.length, before.open.length - 1, 'only that item closed');
        } else if (op.kind === 'reword') {
          // Reword a carried copy (a line with an origin link) where it was carried to.
          const carried = before.open.flatMap((item) => item.sightings.filter((s) => (journal.get(s.path) ?? '').split('\n')[s.line]?.includes('"lj:')).map((s) => ({ item, s })));
          if (carried.length === 0) {
            continue;
          }
          const choice = carried[op.pick % carried.length];
          assert.ok(choice);
          rewordings++;
          setLine(journal, choice.s.path, choice.s.line, (line) => line.replace(/^- \[ \] /, `- [ ] reworded ${rewordings}: `));
          const after = track(journal, directory);
          assert.equal(after.open.length, before.open.length, 'rewording makes no new item');
          assert.ok(after.open.some((candidate) => candidate.id === choice.item.id));
        } else if (op.kind === 'rename') {
          // Ana's own items stay hers under the new name: everything open with "Ana" is open with her.
          // A second rename changes nothing: people.yml already has the alias, so "before" is read
          // with it (reading it without would take her later entries, under her full name, for another's).
          const before = renamed ? openItemsWith(track(journal, directory), 'ana maria lopez') : openItemsWith(track(journal, NOBODY), 'ana');
          renamed = true;
          directory = RENAMED;
          const after = openItemsWith(track(journal, directory), 'ana maria lopez');
          for (const item of [...before.theirs, ...before.mine]) {
            assert.ok([...after.theirs, ...after.mine].some((candidate) => candidate.id === item.id), `${item.text} left Ana at the rename`);
          }
        }
        // Whatever the order the entries are read in, the items are the same.
        const shuffled = new Map([...journal].reverse());
        assert.deepEqual(track(shuffled, directory), track(journal, directory));
      }
    }), { numRuns: 100 });
  });

  it('treats the Commitments view’s commitments as the items that are mine, grouped the same way', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(WORDS.length - 1), fc.nat(WORDS.length - 1), fc.boolean()), { minLength: 1, maxLength: 8 }), (meetings) => {
      const journal: Journal = new Map();
      let date: LocalDate = { year: 2026, month: 1, day: 5 };
      for (const [theyWill, iWill, tickOne] of meetings) {
        date = addDays(date, 14);
        const result = next(journal, formatIsoDate(date), 'Ana', NOBODY, WORDS[theyWill], WORDS[iWill]);
        if (tickOne) {
          const line = result.text.split('\n').findIndex((text) => text.startsWith('- [ ]') && !text.includes('#they'));
          if (line >= 0) {
            setLine(journal, result.path, line, tick);
          }
        }
      }
      const items = track(journal);
      const commitments = trackCommitments([...journal].map(([path, text]) => ({ path, date: /^date: (\S+)$/m.exec(text)?.[1] ?? '', commitments: extractCommitments(text) })), TODAY);
      assert.deepEqual(commitments.open.map((c) => c.text), items.open.filter((item) => item.owner === 'mine').map((item) => item.text));
      assert.equal(commitments.completed.length, items.completed.filter((item) => item.owner === 'mine').length);
    }), { numRuns: 60 });
  });
});
