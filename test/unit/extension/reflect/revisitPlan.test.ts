import * as assert from 'node:assert/strict';
import type { DecisionEntry, RevisitEntry } from '../../../../src/core/decisions/revisits';
import { decisionGroups, revisitTarget } from '../../../../src/extension/reflect/revisitPlan';

const on = (year: number, month: number, day: number): { year: number; month: number; day: number } => ({ year, month, day });
const decision = (path: string, date: string, revisitOn?: { year: number; month: number; day: number }): DecisionEntry => ({
  path, date, title: path,
  facts: revisitOn ? { revisit: { written: 'in 6 weeks', line: 3, result: { ok: true, date: revisitOn } } } : {},
});
const hire = decision('2026/09/2026-09-01-decision.md', '2026-09-01', on(2026, 10, 13)); // Due since 13 October.
const tool = decision('2026/10/2026-10-20-decision.md', '2026-10-20', on(2026, 11, 25)); // Due today.
const office = decision('2026/11/2026-11-02-decision.md', '2026-11-02', on(2027, 1, 10)); // Not yet.
const vague = decision('2026/11/2026-11-10-decision.md', '2026-11-10'); // No revisit day.
const done = decision('2026/08/2026-08-03-decision.md', '2026-08-03', on(2026, 9, 1)); // Revisited.
const revisit: RevisitEntry = { path: '2026/09/2026-09-02-revisit.md', date: '2026-09-02', facts: { decision: done.path } };
const today = on(2026, 11, 25);

describe('Revisit Decision… decisions (revisitPlan.ts)', () => {
  it('revisits the decision whose path is given, else the one open in the editor, else asks', () => {
    const decisions = [hire, tool, office];
    assert.deepEqual(revisitTarget(decisions, tool.path, office.path), { kind: 'decision', decision: tool });
    assert.deepEqual(revisitTarget(decisions, undefined, office.path), { kind: 'decision', decision: office });
    assert.deepEqual(revisitTarget(decisions, undefined, '2026/11/2026-11-25.md'), { kind: 'pick' }, 'a daily entry open: the user picks');
    assert.deepEqual(revisitTarget(decisions, undefined, undefined), { kind: 'pick' });
  });

  it('refuses a path given that is no decision, and has nothing to revisit in a journal without decisions', () => {
    assert.deepEqual(revisitTarget([hire], '2026/11/2026-11-25.md', hire.path), { kind: 'not-a-decision', path: '2026/11/2026-11-25.md' });
    assert.deepEqual(revisitTarget([], hire.path, undefined), { kind: 'none-yet' });
  });

  it('offers the decisions due first, most overdue first, then the others newest first with where each stands', () => {
    const groups = decisionGroups({ decisions: [done, hire, office, tool, vague], revisits: [revisit] }, today);
    assert.deepEqual(groups.due.map((item) => [item.decision.path, item.daysOverdue]), [[hire.path, 43], [tool.path, 0]]);
    assert.deepEqual(groups.others.map((item) => [item.decision.path, item.note]), [
      [vague.path, { kind: 'no-date' }],
      [office.path, { kind: 'revisit-on', date: on(2027, 1, 10) }],
      [done.path, { kind: 'revisited' }],
    ]);
  });
});
