import * as assert from 'node:assert/strict';
import { readDecisionJournal } from '../../../../src/core/decisions/decisionJournal';
import { planRevisit } from '../../../../src/core/decisions/revisitEntry';
import { dueRevisits } from '../../../../src/core/decisions/revisits';
import { entryHints } from '../../../../src/core/entries/entryHints';

const DECISION = '---\ndate: 2026-11-23\nkind: decision\nrevisit: in 6 weeks\nexpect: fewer escalations\n---\n\n# Decision log, 2026-11-23\n\n## What did I decide?\n\nSplit the team in two.\n';

describe('decisions: read from the journal’s entries', () => {
  it('reads decisions and their revisits, and a decision is no longer due once a revisit names it', () => {
    const files = [
      { path: '2026/11/2026-11-23-decision.md', date: '2026-11-23', kind: 'decision', title: 'Decision log, 2026-11-23', text: DECISION },
      { path: '2026/11/2026-11-24.md', date: '2026-11-24', kind: 'daily', title: 'Tuesday', text: '---\nkind: daily\n---\nRevisit: in 1 week\n' },
    ];
    const journal = readDecisionJournal(files);
    assert.deepEqual(journal.decisions.map((decision) => [decision.path, decision.facts.choice, decision.facts.expectation]), [['2026/11/2026-11-23-decision.md', 'Split the team in two.', 'fewer escalations']]);
    assert.deepEqual(journal.revisits, []);
    const due = dueRevisits(journal.decisions, journal.revisits, { year: 2027, month: 1, day: 4 });
    assert.deepEqual(due.map((item) => [item.decision.title, item.revisitOn, item.daysOverdue]), [['Decision log, 2026-11-23', '2027-01-04', 0]]);

    const decision = journal.decisions[0];
    assert.ok(decision);
    const revisit = planRevisit(decision, { year: 2027, month: 1, day: 5 });
    const after = readDecisionJournal([...files, { path: revisit.path, date: '2027-01-05', kind: 'decision-revisit', title: 'Revisiting a decision', text: revisit.text }]);
    assert.deepEqual(after.revisits.map((entry) => entry.facts.decision), ['2026/11/2026-11-23-decision.md']);
    assert.deepEqual(dueRevisits(after.decisions, after.revisits, { year: 2027, month: 1, day: 6 }), []);
  });

  it('skips a decision whose date is not a day', () => {
    assert.deepEqual(readDecisionJournal([{ path: 'x.md', date: 'someday', kind: 'decision', title: 'x', text: DECISION }]).decisions, []);
  });
});

describe('entry hints on save', () => {
  it('gives a feedback note’s missing parts and a decision’s unreadable revisit date, by line, in the entry’s language', () => {
    const feedback = '---\nkind: feedback\npeople: [Ana]\n---\n\n# Feedback\n\n## Situation\n\nThe Tuesday review.\n\n## Behaviour\n\nShe summarised the options first.\n';
    assert.deepEqual(entryHints(feedback).map((hint) => [hint.check, hint.line, hint.message]), [
      ['sbi', 5, 'This feedback has no impact: add what it led to, for the work, the team or me (SBI: situation, behaviour, impact).'],
    ]);
    const decision = DECISION.replace('revisit: in 6 weeks', 'revisit: whenever');
    assert.deepEqual(entryHints(decision, 'de').map((hint) => [hint.check, hint.line]), [['revisit', 3]]);
    assert.match(entryHints(decision, 'de')[0]?.message ?? '', /^„whenever“ ist kein Datum/);
    assert.deepEqual(entryHints(DECISION), []);
    assert.deepEqual(entryHints('---\nkind: daily\n---\nA quiet day.\n'), []);
  });
});
