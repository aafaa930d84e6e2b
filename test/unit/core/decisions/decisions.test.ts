import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { addDays, formatIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { checkDecision, readDecision } from '../../../../src/core/decisions/decisionRecord';
import { decisionMonth, decisionMonths } from '../../../../src/core/decisions/decisionStats';
import { parseRevisit } from '../../../../src/core/decisions/revisitDate';
import { linkDecisionToRevisit, planRevisit, revisitPath } from '../../../../src/core/decisions/revisitEntry';
import { revisitLines } from '../../../../src/core/decisions/revisitReminder';
import { dueRevisits, readRevisit, type DecisionEntry, type RevisitEntry } from '../../../../src/core/decisions/revisits';
import { DRAFTED_END, DRAFTED_START } from '../../../../src/core/entries/drafted';
import { readAnswers } from '../../../../src/core/entries/entryAnswers';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { GERMAN_ENTRY_KINDS } from '../../../../src/core/entries/germanKinds';
import { entryKind } from '../../../../src/core/entries/kinds';
import { GERMAN_REVISIT_TEMPLATE, REVISIT_TEMPLATE } from '../../../../src/core/entries/revisitKind';
import { isScaffoldedLine } from '../../../../src/core/entries/scaffoldLines';
import { withDailyReminders } from '../../../../src/core/reflect/dailyReminders';
import { linkTarget } from '../../../../src/core/journal/linkTarget';

const DECIDED: LocalDate = { year: 2026, month: 11, day: 23 };

function day(result: ReturnType<typeof parseRevisit>): string {
  assert.ok(result.ok, result.ok ? '' : result.message);
  return formatIsoDate(result.date);
}

function message(result: ReturnType<typeof parseRevisit>): string {
  assert.ok(!result.ok, 'should be a hint');
  return result.message;
}

/** A decision entry as the template writes it, answered. */
function decisionText(answers: { choice?: string; success?: string; reviewOn?: string; front?: string }, locale?: string): string {
  const kind = locale === 'de' ? GERMAN_ENTRY_KINDS.find((candidate) => candidate.id === 'decision') : entryKind('decision');
  assert.ok(kind);
  const plan = planEntry({ kind, date: DECIDED, weekStart: 1, prompt: '', locale: locale ?? 'en' });
  assert.ok(plan.ok);
  const choiceHeading = kind.sections.find((section) => section.id === 'decision.choice')?.heading ?? '';
  const labels = kind.sections.at(-1)?.items ?? [];
  const label = (id: string): string => labels.find((item) => item.id === id)?.label ?? '';
  let text = plan.text;
  if (answers.front) {
    text = text.replace('kind: decision\n', `kind: decision\n${answers.front}\n`);
  }
  if (answers.choice) {
    text = text.replace(`## ${choiceHeading}\n\n`, `## ${choiceHeading}\n\n${answers.choice}`);
  }
  if (answers.success) {
    text = text.replace(`- ${label('decision.follow-through.success-sign')}: `, `- ${label('decision.follow-through.success-sign')}: ${answers.success}`);
  }
  if (answers.reviewOn) {
    text = text.replace(`- ${label('decision.follow-through.review-on')}: `, `- ${label('decision.follow-through.review-on')}: ${answers.reviewOn}`);
  }
  return text;
}

const lineOf = (text: string, start: string): number => text.split('\n').findIndex((line) => line.startsWith(start));

describe('decisions: the revisit date', () => {
  it('reads a day, or a span counted from the decision’s own date, in English and German', () => {
    const cases: [string, string][] = [
      ['2027-01-15', '2027-01-15'], ['15.01.2027', '2027-01-15'], ['5.1.2027', '2027-01-05'],
      ['in 6 weeks', '2027-01-04'], ['6 weeks', '2027-01-04'], ['+6w', '2027-01-04'], ['in 10 days', '2026-12-03'],
      ['in 3 months', '2027-02-23'], ['in a month', '2026-12-23'], ['in one year', '2027-11-23'], ['in 2 years', '2028-11-23'],
      ['In 6 Weeks.', '2027-01-04'], ['in 6 weeks time', '2027-01-04'],
      ['in 6 Wochen', '2027-01-04'], ['in einem Monat', '2026-12-23'], ['in zwei Wochen', '2026-12-07'], ['in 10 Tagen', '2026-12-03'], ['in 1 Jahr', '2027-11-23'],
    ];
    for (const [written, expected] of cases) {
      assert.equal(day(parseRevisit(written, DECIDED)), expected, written);
    }
    assert.equal(day(parseRevisit('in 1 month', { year: 2027, month: 1, day: 31 })), '2027-02-28', 'a calendar month, clamped');
  });

  it('gives a clear hint for a date before or on the decision, or words that are not a date', () => {
    assert.equal(message(parseRevisit('2026-01-15', DECIDED)), 'The revisit date 2026-01-15 is before the decision (2026-11-23). Look again after deciding: a day after 2026-11-23, or a span such as "in 6 weeks".');
    assert.match(message(parseRevisit('2026-11-23', DECIDED)), /is the day of the decision \(2026-11-23\): there is nothing to look back on yet/);
    assert.equal(message(parseRevisit('next spring', DECIDED)), '"next spring" is not a date I can read. Write a day (2027-01-15) or a span from the decision\'s date (in 6 weeks, in 3 months).');
    assert.match(message(parseRevisit('2027-02-30', DECIDED)), /is not a date I can read/);
    assert.match(message(parseRevisit('in 0 weeks', DECIDED)), /is not a date I can read/);
    assert.match(message(parseRevisit('in -3 weeks', DECIDED)), /is not a date I can read/);
    assert.match(message(parseRevisit('   ', DECIDED)), /No revisit date yet/);
    assert.match(message(parseRevisit('irgendwann', DECIDED, 'de')), /^„irgendwann“ ist kein Datum/);
    assert.match(message(parseRevisit('01.01.2020', DECIDED, 'de')), /liegt vor der Entscheidung/);
    assert.match(message(parseRevisit('a'.repeat(5000), DECIDED)), /is not a date I can read/);
  });

  it('is always after the decision when it gives a day, and never throws (property)', () => {
    const words = fc.constantFrom('in', ' ', '6', '12', 'weeks', 'Wochen', 'a', 'month', 'days', '+', 'w', '2027-01-15', '.', '15.01.2027', 'einem', 'Monat', 'years');
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join('')), fc.integer({ min: 0, max: 20000 }), (written, offset) => {
      const decided = addDays({ year: 2000, month: 1, day: 1 }, offset);
      const result = parseRevisit(written, decided);
      if (result.ok) {
        assert.ok(formatIsoDate(result.date) > formatIsoDate(decided));
      } else {
        assert.ok(result.message.length > 0);
      }
    }), { numRuns: 500 });
  });
});

describe('decisions: what a decision entry says', () => {
  it('reads what I decided, what I expect and when to look again from the template, in English and German', () => {
    const text = decisionText({ choice: 'Hire two juniors instead of one senior', success: 'both ship on their own by March', reviewOn: 'in 6 weeks' });
    const facts = readDecision(text, DECIDED);
    assert.equal(facts.choice, 'Hire two juniors instead of one senior');
    assert.equal(facts.expectation, 'both ship on their own by March');
    assert.deepEqual(facts.revisit, { written: 'in 6 weeks', line: lineOf(text, '- Review on:'), result: { ok: true, date: { year: 2027, month: 1, day: 4 } } });
    const german = decisionText({ choice: 'Zwei Juniors', success: 'beide liefern allein', reviewOn: '15.01.2027' }, 'de');
    const deFacts = readDecision(german, DECIDED, 'de');
    assert.deepEqual([deFacts.choice, deFacts.expectation, deFacts.revisit?.written], ['Zwei Juniors', 'beide liefern allein', '15.01.2027']);
  });

  it('takes revisit: and expect: from the front matter first, and a hand-written Revisit line otherwise', () => {
    const text = decisionText({ front: 'revisit: 2027-01-15\nexpect: fewer escalations', success: 'x', reviewOn: 'in 2 weeks' });
    const facts = readDecision(text, DECIDED);
    assert.equal(facts.expectation, 'fewer escalations');
    assert.deepEqual([facts.revisit?.written, facts.revisit?.line], ['2027-01-15', lineOf(text, 'revisit:')]);
    const handWritten = readDecision('---\ndate: 2026-11-23\nkind: daily\n---\nWe decided to split the team.\n\n**Revisit:** in 3 months\n', DECIDED);
    assert.deepEqual([handWritten.revisit?.written, handWritten.revisit?.line], ['in 3 months', 6]);
    assert.deepEqual(readDecision(decisionText({}), DECIDED), {});
  });

  it('gives the revisit’s hint on its line when the decision is saved, and nothing otherwise', () => {
    const past = decisionText({ reviewOn: '2026-10-01' });
    assert.deepEqual(checkDecision(past), [{ line: lineOf(past, '- Review on:'), message: 'The revisit date 2026-10-01 is before the decision (2026-11-23). Look again after deciding: a day after 2026-11-23, or a span such as "in 6 weeks".' }]);
    assert.deepEqual(checkDecision(decisionText({ reviewOn: 'in 6 weeks' })), []);
    assert.deepEqual(checkDecision(decisionText({})), []);
    assert.deepEqual(checkDecision('# no front matter\nRevisit: whenever\n'), []);
    assert.equal(checkDecision(decisionText({ front: 'revisit: soonish' }))[0]?.line, 3);
  });

  it('reads answers by the template’s texts wherever they are, skipping drafted blocks and scaffolding', () => {
    const kinds = [entryKind('decision')];
    const answers = readAnswers(`## What did I decide?\n\n- Option A: cheaper\n\n## Notes\n${DRAFTED_START}\n- Review on: drafted\n${DRAFTED_END}\n- Review on:   \n- [x] Owner: Sam\n`, kinds);
    assert.deepEqual([...answers], [['decision.choice', { text: '- Option A: cheaper', line: 0 }], ['decision.follow-through.owner', { text: 'Sam', line: 9 }]]);
  });
});

function decision(path: string, date: string, revisit: string, expectation?: string): DecisionEntry {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return { path, date, title: `Decision, ${date}`, facts: { ...(expectation ? { expectation } : {}), revisit: { written: revisit, line: 20, result: parseRevisit(revisit, { year: year ?? 0, month: month ?? 0, day: dayOfMonth ?? 0 }) } } };
}

describe('decisions: due to revisit', () => {
  const decisions = [
    decision('2026/11/2026-11-23-decision.md', '2026-11-23', 'in 6 weeks', 'both juniors ship on their own'),
    decision('2026/11/2026-11-24-decision.md', '2026-11-24', '2027-01-04'),
    decision('2026/12/2026-12-01-decision.md', '2026-12-01', 'in 2 weeks'),
    decision('2026/12/2026-12-02-decision.md', '2026-12-02', '2026-11-01'),
    decision('2026/12/2026-12-03-decision.md', '2026-12-03', '2027-06-01'),
  ];

  it('lists the decisions whose revisit day has come and that no revisit names, most overdue first', () => {
    const revisits: RevisitEntry[] = [{ path: '2026/11/2026-11-24-decision-revisit.md', date: '2027-01-02', facts: { decision: '2026/11/2026-11-24-decision.md' } }];
    const due = dueRevisits(decisions, revisits, { year: 2027, month: 1, day: 4 });
    assert.deepEqual(due.map((item) => [item.decision.path, item.revisitOn, item.daysOverdue]), [
      ['2026/12/2026-12-01-decision.md', '2026-12-15', 20],
      ['2026/11/2026-11-23-decision.md', '2027-01-04', 0],
    ]);
    assert.deepEqual(dueRevisits(decisions, revisits, { year: 2026, month: 12, day: 14 }), []);
  });

  it('writes at most three lines for the daily entry, with what I expected, in English and German', () => {
    const due = dueRevisits(decisions, [], { year: 2027, month: 1, day: 5 });
    assert.deepEqual(revisitLines(due, '2027/01/2027-01-05.md'), [
      '- Time to revisit [Decision, 2026-12-01](../../2026/12/2026-12-01-decision.md) (due 21 days ago)',
      '- Time to revisit [Decision, 2026-11-23](../../2026/11/2026-11-23-decision.md) (due 1 day ago; I expected: both juniors ship on their own)',
      '- Time to revisit [Decision, 2026-11-24](../../2026/11/2026-11-24-decision.md) (due 1 day ago)',
    ]);
    assert.deepEqual(revisitLines([...due, ...due], 'x.md', 'de').at(-1), '- und 4 weitere Entscheidungen zum Zurückschauen');
    const text = withDailyReminders('# Tuesday\n', { path: '2027/01/2027-01-05.md', stillOpen: [], onThisDay: [], revisits: due.slice(0, 1) });
    assert.equal(text, `# Tuesday\n\n${DRAFTED_START}\n- Time to revisit [Decision, 2026-12-01](../../2026/12/2026-12-01-decision.md) (due 21 days ago)\n${DRAFTED_END}\n`);
  });
});

describe('decisions: Revisit Decision', () => {
  const entry: DecisionEntry = {
    path: '2026/11/2026-11-23-decision.md', date: '2026-11-23', title: 'Decision, 2026-11-23',
    facts: { choice: 'Hire two juniors', expectation: 'both ship on their own by *March*' },
  };

  it('files the revisit beside the decision, quotes what I decided and expected, and asks the four questions', () => {
    assert.equal(revisitPath(entry.path), '2026/11/2026-11-23-decision-revisit.md');
    const plan = planRevisit(entry, { year: 2027, month: 1, day: 4 });
    assert.equal(plan.path, '2026/11/2026-11-23-decision-revisit.md');
    assert.equal(plan.text, [
      '---',
      'date: 2027-01-04',
      'kind: decision-revisit',
      'decision: 2026/11/2026-11-23-decision.md',
      '---',
      '',
      '# Revisiting a decision, 2027-01-04',
      '',
      DRAFTED_START,
      'Looking back on [Decision, 2026-11-23](2026-11-23-decision.md), decided on 2026-11-23.',
      '',
      '- What I decided: Hire two juniors',
      '- What I expected: both ship on their own by \\*March\\*',
      DRAFTED_END,
      '',
      '## What actually happened?',
      '',
      '',
      '',
      '## What did I expect, and where did it turn out differently?',
      '',
      '',
      '',
      '## What did I know then, and what do I know now?',
      '',
      '',
      '',
      '## Looking back',
      '',
      '- Turned out as expected (yes, partly or no): ',
      '- What I would keep: ',
      '- What I would change: ',
      '',
    ].join('\n'));
    assert.deepEqual(plan.cursor, { line: 17, character: 0 });
    assert.deepEqual(linkTarget(plan.path, '2026-11-23-decision.md'), { kind: 'entry', path: entry.path });
  });

  it('writes it in German, with the German scaffolding the tagger skips', () => {
    const plan = planRevisit({ ...entry, facts: {} }, { year: 2027, month: 1, day: 4 }, 'de');
    assert.match(plan.text, /^# Rückblick auf eine Entscheidung, 4\. Januar 2027$/m);
    assert.match(plan.text, /- Wie ich entschieden habe: \(nicht festgehalten\)/);
    for (const line of [...REVISIT_TEMPLATE.body.split('\n'), ...GERMAN_REVISIT_TEMPLATE.body.split('\n')].filter((text) => /^(##? |- )/.test(text))) {
      assert.ok(isScaffoldedLine(line.replace('{{date}}', '2027-01-04').replace('{{longdate}}', '4. Januar 2027')), line);
    }
  });

  it('links the decision to its revisit once, keeping its line endings', () => {
    const revisit = revisitPath(entry.path);
    const linked = linkDecisionToRevisit('# Decision\r\n\r\n- Review on: in 6 weeks\r\n', entry.path, revisit, { year: 2027, month: 1, day: 4 });
    assert.equal(linked, `# Decision\r\n\r\n- Review on: in 6 weeks\r\n\r\n${DRAFTED_START}\r\nRevisited on 2027-01-04: [what happened](2026-11-23-decision-revisit.md)\r\n${DRAFTED_END}\r\n`);
    assert.equal(linkDecisionToRevisit(linked, entry.path, revisit, { year: 2027, month: 2, day: 1 }), linked);
    assert.match(linkDecisionToRevisit('# Entscheidung', entry.path, revisit, { year: 2027, month: 1, day: 4 }, 'de'), /\nZurückgeschaut am 2027-01-04: \[was passiert ist\]/);
  });

  it('reads a revisit back: the decision it names and how it turned out', () => {
    const plan = planRevisit(entry, { year: 2027, month: 1, day: 4 });
    assert.deepEqual(readRevisit(plan.text), { decision: entry.path });
    for (const [answer, outcome] of [['yes', 'as-expected'], ['Partly, the second one struggled', 'partly'], ['no.', 'not-as-expected'], ['maybe', undefined]] as const) {
      const answered = plan.text.replace('- Turned out as expected (yes, partly or no): ', `- Turned out as expected (yes, partly or no): ${answer}`);
      assert.deepEqual(readRevisit(answered), { decision: entry.path, ...(outcome ? { outcome } : {}) }, answer);
    }
    const german = planRevisit(entry, { year: 2027, month: 1, day: 4 }, 'de').text.replace('- Wie erwartet (ja, teilweise oder nein): ', '- Wie erwartet (ja, teilweise oder nein): teilweise');
    assert.equal(readRevisit(german)?.outcome, 'partly');
    assert.equal(readRevisit('---\nkind: decision-revisit\ndecision: ../outside.md\n---\n'), undefined);
    assert.equal(readRevisit('---\nkind: daily\n---\n'), undefined);
  });

  it('counts decisions made, revisited and turned out as expected, per month', () => {
    const decisions = [{ date: '2026-11-23' }, { date: '2026-11-30' }, { date: '2027-01-02' }];
    const revisits = [
      { date: '2027-01-04', facts: { decision: 'a.md', outcome: 'as-expected' as const } },
      { date: '2027-01-09', facts: { decision: 'b.md', outcome: 'not-as-expected' as const } },
      { date: '2027-01-20', facts: { decision: 'c.md' } },
    ];
    assert.deepEqual(decisionMonth('2027-01', decisions, revisits), { month: '2027-01', made: 1, revisited: 3, asExpected: 1, partly: 0, notAsExpected: 1, unanswered: 1 });
    assert.deepEqual(decisionMonths(decisions, revisits).map((month) => [month.month, month.made, month.revisited]), [['2026-11', 2, 0], ['2027-01', 1, 3]]);
  });
});
