import * as assert from 'node:assert/strict';
import { parseIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { extractCommitments } from '../../../../src/core/reflect/commitments';
import { oldestOpen, trackCommitments, type EntryCommitments } from '../../../../src/core/reflect/commitmentTracking';

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date);
  return date;
}

function entry(date: string, markdown: string, path = `2026/03/${date}.md`): EntryCommitments {
  return { path, date, commitments: extractCommitments(markdown) };
}

const TODAY = day('2026-03-20');

describe('reflect: following commitments across entries', () => {
  it('lists open commitments oldest first, with their age and where they were written', () => {
    const tracked = trackCommitments([
      entry('2026-03-10', '## Next\n\n- [ ] Call Ana\n- [ ] Book the offsite'),
      entry('2026-03-02', '## Next\n- [ ] Write the hiring plan'),
      entry('2026-03-20', 'Ask Bo about the move #commit'),
    ], TODAY);
    assert.deepEqual(tracked.open.map((c) => [c.text, c.ageDays, c.firstSeen.date, c.firstSeen.line]), [
      ['Write the hiring plan', 18, '2026-03-02', 1],
      ['Call Ana', 10, '2026-03-10', 2],
      ['Book the offsite', 10, '2026-03-10', 3],
      ['Ask Bo about the move', 0, '2026-03-20', 0],
    ]);
    assert.deepEqual(tracked.completed, []);
  });

  it('completes a commitment ticked later in the same entry or in a later entry', () => {
    const tracked = trackCommitments([
      entry('2026-03-02', '## Next\n- [x] Call Ana\n- [ ] Send the budget\n- [ ] Book the room'),
      entry('2026-03-05', '## Commitments\n- [x] send the budget.'),
    ], TODAY);
    assert.deepEqual(tracked.open.map((c) => c.text), ['Book the room']);
    assert.deepEqual(tracked.completed.map((c) => [c.text, c.firstSeen.date, c.completed.date, c.completed.line]), [
      ['send the budget.', '2026-03-02', '2026-03-05', 1],
      ['Call Ana', '2026-03-02', '2026-03-02', 1],
    ]);
  });

  it('treats one commitment written in two entries as one, first seen in the earlier', () => {
    const tracked = trackCommitments([
      entry('2026-03-12', '## Next\n- [ ] call  ana about the roadmap', '2026/03/2026-03-12-1on1-ana.md'),
      entry('2026-03-09', '## Next\n- [ ] Call Ana about the roadmap.'),
    ], TODAY);
    assert.equal(tracked.open.length, 1);
    const [only] = tracked.open;
    assert.equal(only?.text, 'call ana about the roadmap', 'the latest wording, whitespace tidied');
    assert.deepEqual(only?.firstSeen, { date: '2026-03-09', path: '2026/03/2026-03-09.md', line: 1 });
    assert.deepEqual(only?.lastSeen, { date: '2026-03-12', path: '2026/03/2026-03-12-1on1-ana.md', line: 1 });
    assert.equal(only?.ageDays, 11);
  });

  it('does not depend on the order of the entries', () => {
    const entries = [
      entry('2026-03-02', '## Next\n- [ ] a\n- [ ] b'),
      entry('2026-03-02', '## Next\n- [ ] b\n- [x] c', '2026/03/2026-03-02-decision.md'),
      entry('2026-03-04', '## Next\n- [ ] a\n- [ ] c'),
    ];
    const forward = trackCommitments(entries, TODAY);
    assert.deepEqual(trackCommitments([...entries].reverse(), TODAY), forward);
    // Same day: by path in code-unit order (`-` sorts before `.`), then by line.
    assert.deepEqual(forward.open.map((c) => [c.key, c.firstSeen.path]), [['b', '2026/03/2026-03-02-decision.md'], ['a', '2026/03/2026-03-02.md']]);
    assert.deepEqual(forward.completed.map((c) => c.key), ['c']);
  });

  it('skips entries with impossible dates, and reads a future entry only from its day on', () => {
    const entries = [
      entry('2026-02-30', '## Next\n- [ ] never'),
      entry('2026-03-25', '## Next\n- [ ] later'),
      entry('2026-03-25', '## Next\n- [x] Call Ana', '2026/03/2026-03-25-b.md'),
      entry('2026-03-10', '## Next\n- [ ] Call Ana'),
    ];
    const tracked = trackCommitments(entries, TODAY);
    assert.deepEqual(tracked.open.map((c) => [c.text, c.ageDays]), [['Call Ana', 10]], 'nothing ages from the future, nor is ticked there yet');
    const onItsDay = trackCommitments(entries, day('2026-03-25'));
    assert.deepEqual(onItsDay.open.map((c) => [c.text, c.ageDays]), [['later', 0]]);
  });

  it('gives the two oldest open commitments for the daily entry', () => {
    const { open } = trackCommitments([
      entry('2026-03-10', '## Next\n- [ ] newest'),
      entry('2026-03-01', '## Next\n- [ ] oldest'),
      entry('2026-03-05', '## Next\n- [ ] middle'),
    ], TODAY);
    assert.deepEqual(oldestOpen(open).map((c) => c.text), ['oldest', 'middle']);
    assert.deepEqual(oldestOpen([...open].reverse(), 1).map((c) => c.text), ['oldest']);
    assert.deepEqual(oldestOpen(open, 0), []);
    assert.throws(() => oldestOpen(open, -1), RangeError);
  });
});
