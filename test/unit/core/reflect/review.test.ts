import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { readFrontMatter } from '../../../../src/core/entries/frontMatter';
import { extractCommitments } from '../../../../src/core/reflect/commitments';
import { trackCommitments, type EntryCommitments } from '../../../../src/core/reflect/commitmentTracking';
import { entryFacts } from '../../../../src/core/reflect/entryFacts';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { generateReview, type ReviewInput, type ReviewRecord } from '../../../../src/core/reflect/review';
import { monthPeriod, reviewPath, weekPeriod, type ReviewPeriod } from '../../../../src/core/reflect/reviewPeriod';
import { PEOPLE_YML, RECORDS, TEXTS } from '../../../fixtures/reflect/journal';

// Golden files: the reviews of the fixture journal, compared byte for byte. After a deliberate change,
// regenerate them with `UPDATE_GOLDEN=1 npm run test:unit` and read the diff: they are the README's example.
const GOLDEN_DIR = join(__dirname, '..', '..', '..', 'fixtures', 'reflect');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date);
  return date;
}

/** The index as it will be once it carries entryFacts: records with mentions, and commitments. */
function fixtureIndex(): { records: ReviewRecord[]; commitments: EntryCommitments[] } {
  const facts = new Map(Object.entries(TEXTS).map(([path, text]) => [path, entryFacts(text)]));
  const records = RECORDS.map((record) => ({ ...record, mentions: facts.get(record.path)?.mentions ?? [], answers: facts.get(record.path)?.answers ?? {} }));
  const commitments = records.filter((record) => facts.has(record.path))
    .map((record) => ({ path: record.path, date: record.date, commitments: facts.get(record.path)?.commitments ?? [] }));
  return { records, commitments };
}

function tagged(date: string, why: number, how: number): ReviewRecord {
  return { ...RECORDS[0]!, date, path: `${date.slice(0, 4)}/${date.slice(5, 7)}/${date}.md`, label: why < 0.4 ? 'how' : 'balanced', why, how, functions: [], traps: [] };
}

function reviewInput(period: ReviewPeriod, today: string, language: 'en' | 'de' = 'en'): ReviewInput {
  const { records, commitments } = fixtureIndex();
  const path = reviewPath(period);
  assert.ok(path.ok);
  return {
    period,
    path: path.path,
    date: day(today),
    entries: records,
    openCommitments: trackCommitments(commitments, day(today)).open,
    people: createPeopleDirectory(parsePeopleFile(PEOPLE_YML).people),
    language,
  };
}

function compareWithGolden(name: string, text: string): void {
  const file = join(GOLDEN_DIR, name);
  if (UPDATE) {
    writeFileSync(file, text);
  }
  assert.ok(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1 to write it`);
  assert.equal(text, readFileSync(file, 'utf8'), `${name} differs: if the change is meant, run with UPDATE_GOLDEN=1 and review the diff`);
}

const CASES = [
  { name: 'week.golden.md', period: weekPeriod(day('2026-03-15')), today: '2026-03-15', language: 'en' },
  { name: 'month.golden.md', period: monthPeriod(day('2026-03-31')), today: '2026-03-31', language: 'en' },
  { name: 'empty-week.golden.md', period: weekPeriod(day('2026-03-18')), today: '2026-03-22', language: 'en' },
  // The same journal reviewed in German (`leadershipJournal.locale: de`): every word the review writes.
  { name: 'week.de.golden.md', period: weekPeriod(day('2026-03-15')), today: '2026-03-15', language: 'de' },
  { name: 'month.de.golden.md', period: monthPeriod(day('2026-03-31')), today: '2026-03-31', language: 'de' },
  { name: 'empty-week.de.golden.md', period: weekPeriod(day('2026-03-18')), today: '2026-03-22', language: 'de' },
] as const;

describe('reflect: generated reviews (golden files)', () => {
  for (const { name, period, today, language } of CASES) {
    it(`matches ${name}`, () => {
      compareWithGolden(name, generateReview(reviewInput(period, today, language)).text);
    });
  }

  it('gives the same bytes for the same journal in any order', () => {
    const input = reviewInput(weekPeriod(day('2026-03-15')), '2026-03-15');
    const first = generateReview(input).text;
    assert.equal(generateReview({ ...input, entries: [...input.entries].reverse() }).text, first);
    assert.equal(generateReview(input).text, first);
  });
});

describe('reflect: what a generated review says', () => {
  const week = generateReview(reviewInput(weekPeriod(day('2026-03-15')), '2026-03-15'));
  const month = generateReview(reviewInput(monthPeriod(day('2026-03-31')), '2026-03-31'));
  const empty = generateReview(reviewInput(weekPeriod(day('2026-03-18')), '2026-03-22'));

  it('starts with front matter the product owns', () => {
    assert.deepEqual(readFrontMatter(week.text), { ok: true, present: true, data: { date: '2026-03-15', kind: 'weekly-review', week: '2026-W11' } });
    assert.deepEqual(readFrontMatter(month.text), { ok: true, present: true, data: { date: '2026-03-31', kind: 'monthly-review', month: '2026-03' } });
    for (const review of [week, month, empty]) {
      assert.ok(review.text.endsWith('\n') && !review.text.endsWith('\n\n') && !review.text.includes('\r'));
    }
  });

  it('compares the balance with the weeks before, leaving out reviews and other weeks', () => {
    // Week 11: why shares .2 .5 .1 .75 .3 (one entry untagged) → 37%; the four weeks before (Feb 9 to
    // Mar 8): .65 .4 .3 .35 .6, the weekly review of Mar 6 left out → 46%.
    assert.match(week.text, /\| This week \| 37% \| 63% \| 5 of 6 \|/);
    assert.match(week.text, /\| The four weeks before \| 46% \| 54% \| 5 of 5 \|/);
    assert.match(week.text, /This week leaned towards the how \(37% why\)\. That is a move towards the how: 9 points less why than the four weeks before \(46%\)\./);
    assert.equal(week.entries, 6);
  });

  it('never contradicts itself: a lean towards the how and a move towards the why are two sentences; why and how add up to 100', () => {
    // The case a manager read: 36 % why this week, 30 % the weeks before, rounded apart to 36 % / 65 %.
    const entries = [
      tagged('2026-12-01', 0.355, 0.645), tagged('2026-12-02', 0.355, 0.645),
      tagged('2026-11-10', 0.3, 0.7), tagged('2026-11-17', 0.3, 0.7),
    ];
    const text = generateReview({ period: weekPeriod(day('2026-12-02')), path: '2026/11/2026-W49-review.md', date: day('2026-12-02'), entries, openCommitments: [] }).text;
    assert.match(text, /\| This week \| 36% \| 64% \| 2 of 2 \|/);
    assert.match(text, /This week leaned towards the how \(36% why\)\. That is a move towards the why: 6 points more why than the four weeks before \(30%\)\./);
    assert.doesNotMatch(text, /leaned towards the how, \d+ points more why/);
  });

  it('says a commitment written today was written today, once', () => {
    const open = [{ key: 'k', text: 'Call Ana', ageDays: 0, firstSeen: { date: '2026-03-15', path: '2026/03/2026-03-15.md', line: 3 }, lastSeen: { date: '2026-03-15', path: '2026/03/2026-03-15.md', line: 3 } }];
    const text = generateReview({ ...reviewInput(weekPeriod(day('2026-03-15')), '2026-03-15'), openCommitments: open }).text;
    assert.match(text, /- \[ \] Call Ana\n {2}- written today, in \[2026-03-15\]\(2026-03-15\.md\)/);
    assert.doesNotMatch(text, /open since today/);
  });

  it('surfaces what mattered: the decisions taken, what 1:1s agreed, a check-in whose style did not fit', () => {
    assert.match(week.text, /## What mattered\n\n### Decisions\n\n- \[Decision: .*\]\(2026-03-11-decision\.md\): Release sign-off stays with me until the new checklist is in place\./);
    assert.match(week.text, /### What 1:1s agreed\n\n- \[1:1 with Ana María López, 2026-03-10\]\(2026-03-10-1on1-ana-maria-lopez\.md\): They will: draft the interview guide/);
    assert.match(week.text, /### Styles that did not fit\n\n- \[Situational check-in: sam\.lee, 2026-03-13\]\(2026-03-13-situational-sam-lee\.md\) with Sam Lee \(The release checklist\): \*\*Directing\*\* used where \*\*Coaching\*\* fitted\./);
    assert.match(week.text, /John Kotter's six functions of the job/);
  });

  it('says when one person has two names: a short name this week and the full name from before', () => {
    const earlier: ReviewRecord = { ...tagged('2026-11-24', 0.5, 0.5), people: ['Priya Raman'] };
    const now: ReviewRecord = { ...tagged('2026-12-01', 0.5, 0.5), mentions: ['priya'] };
    const input = { period: weekPeriod(day('2026-12-02')), path: '2026/12/2026-W49-review.md', date: day('2026-12-02'), openCommitments: [] };
    const text = generateReview({ ...input, entries: [earlier, now] }).text;
    assert.match(text, /- "priya" and "Priya Raman" may be one person, counted twice until people\.yml says so: \*Merge People…\* adds the line "Priya Raman: \\\[priya\\\]" to it\./);
    const merged = generateReview({ ...input, entries: [earlier, now], people: createPeopleDirectory(parsePeopleFile('Priya Raman: [priya]\n').people) }).text;
    assert.doesNotMatch(merged, /may be one person/);
    assert.match(merged, /\| Priya Raman \| 1 \| 0 \|/);
  });

  it('names the missing functions, the traps with links, and the strongest entries', () => {
    assert.match(week.text, /- \*\*Alignment\*\* \(leading\)/);
    assert.doesNotMatch(week.text, /- \*\*Planning\*\*/);
    assert.match(week.text, /- \*\*Micromanaging leader\*\*, 2 entries: \[Decision: \\\*who\\\* signs off \\\[releases\\\]\]\(2026-03-11-decision\.md\), \[Situational check-in: sam\.lee, 2026-03-13\]\(2026-03-13-situational-sam-lee\.md\)/);
    assert.match(week.text, /- Most why: \[Thursday, 2026-03-12\]\(2026-03-12\.md\), 75% why/);
    assert.match(week.text, /- Most how: \[Decision: .*\]\(2026-03-11-decision\.md\), 90% how/);
    assert.match(month.text, /All six showed up this month\./);
  });

  it('counts people through people.yml and warns about an ambiguous first name', () => {
    assert.match(week.text, /\| Ana María López \| 2 \| 1 \|/);
    assert.match(week.text, /\| Sam Lee \| 1 \| 0 \|/);
    assert.match(week.text, /- "sam" could be Sam Lee or Sam Ortiz/);
  });

  it('lists open commitments with their age, as tasks that can be ticked in the review', () => {
    assert.match(week.text, /- \[ \] share the offsite agenda with the team\n {2}- open 20 days, since \[2026-02-23\]\(\.\.\/02\/2026-02-23\.md\)/);
    assert.doesNotMatch(week.text, /Q2 forecast/, 'ticked in a later entry');
    const listed = extractCommitments(week.text).map((c) => c.key);
    const open = reviewInput(weekPeriod(day('2026-03-15')), '2026-03-15').openCommitments.map((c) => c.key);
    assert.deepEqual(listed, open, 'read back from the review, they are the same commitments');
  });

  it('counts a private entry in every number but quotes and names nothing from it', () => {
    const input = reviewInput(weekPeriod(day('2026-03-15')), '2026-03-15');
    const hidden = new Set(['2026/03/2026-03-10-1on1-ana-maria-lopez.md', '2026/03/2026-03-11-decision.md', '2026/02/2026-02-23.md']);
    const entries = input.entries.map((record) => (hidden.has(record.path) ? { ...record, private: true as const } : record));
    const feedback = [
      { date: '2026-03-12', path: '2026/03/2026-03-12-feedback-sam.md', people: ['Sam Ortiz'], types: ['recognition' as const] },
      { date: '2026-03-10', path: '2026/03/2026-03-10-1on1-ana-maria-lopez.md', people: ['Priya Raman'], types: ['growth' as const] },
    ];
    const plain = generateReview({ ...input, feedback });
    const review = generateReview({ ...input, entries, feedback });
    const text = review.text;
    // Counted as before: the entry count, the balance, the functions, each trap's count, the practice.
    assert.equal(review.entries, plain.entries);
    assert.equal(review.practice, plain.practice);
    assert.match(text, /· 6 entries, 2 of them private \(counted in the numbers, named nowhere below\)\./);
    assert.match(text, /\| This week \| 37% \| 63% \| 5 of 6 \|/);
    const section = (review: string, heading: string): string => review.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
    assert.equal(section(text, "Kotter's six functions"), section(plain.text, "Kotter's six functions"));
    assert.match(text, /- \*\*Micromanaging leader\*\*, 2 entries: \[Situational check-in: sam\.lee, 2026-03-13\]\(2026-03-13-situational-sam-lee\.md\), 1 private entry\n/);
    assert.match(text, /- \*\*Taskmaster manager\*\*, 1 entry: 1 private entry\n/);
    assert.match(text, /- Most how: a private entry, 90% how/);
    // Named nowhere: their titles, answers and people, their commitments, feedback written in them.
    for (const quoted of ['Decision: ', '2026-03-11-decision.md', '1:1 with Ana', 'Release sign-off', 'interview guide', 'share the offsite agenda', 'budget owner role', 'Priya Raman']) {
      assert.ok(plain.text.includes(quoted), `the plain review has ${quoted}`);
      assert.ok(!text.includes(quoted), `the review with private entries has no ${quoted}`);
    }
    // Ana is still named by an entry that is not private, counted from that entry only.
    assert.match(text, /\| Ana María López \| 1 \| 0 \|/);
    assert.match(text, /\| Sam Ortiz \| 1 \| 0 \| 0 \|/);
    // The offsite agenda (first written in a private entry) and what the private 1:1 agreed.
    assert.match(text, /\n\n2 open commitments from private entries are not listed here\.\n/);
    // What is still listed can still be ticked: the review's commitments are the open ones that are not private.
    assert.deepEqual(extractCommitments(text).map((c) => c.key), input.openCommitments.filter((c) => !hidden.has(c.firstSeen.path) && !hidden.has(c.lastSeen.path)).map((c) => c.key));
  });

  it('says so when the only people, commitments or strongest entry were private', () => {
    const only: ReviewRecord = { ...tagged('2026-12-01', 0.8, 0.2), people: ['Priya Raman'], title: 'About Priya', private: true };
    const open = [{ key: 'k', text: 'Call Priya', ageDays: 1, firstSeen: { date: '2026-12-01', path: only.path, line: 3 }, lastSeen: { date: '2026-12-01', path: only.path, line: 3 } }];
    const text = generateReview({ period: weekPeriod(day('2026-12-02')), path: '2026/12/2026-W49-review.md', date: day('2026-12-02'), entries: [only], openCommitments: open }).text;
    assert.match(text, /· 1 entry, a private one \(counted in the numbers, named nowhere below\)\./);
    assert.match(text, /No one was named this week outside private entries\./);
    assert.match(text, /1 open commitment from private entries is not listed here\. No other commitment is open\./);
    assert.match(text, /- Most why: a private entry, 80% why/);
    assert.ok(!/Priya|About/.test(text), text);
  });

  it('says in German what it holds back from private entries', () => {
    const only: ReviewRecord = { ...tagged('2026-12-01', 0.8, 0.2), people: ['Priya Raman'], title: 'Über Priya', private: true };
    const open = [{ key: 'k', text: 'Priya anrufen', ageDays: 1, firstSeen: { date: '2026-12-01', path: only.path, line: 3 }, lastSeen: { date: '2026-12-01', path: only.path, line: 3 } }];
    const review = (entries: readonly ReviewRecord[]): string =>
      generateReview({ period: weekPeriod(day('2026-12-02')), path: '2026/12/2026-W49-review.md', date: day('2026-12-02'), entries, openCommitments: open, language: 'de' }).text;
    const text = review([only]);
    assert.match(text, /· 1 Eintrag, ein privater \(in den Zahlen gezählt, unten nirgends genannt\)\./);
    assert.match(text, /In dieser Woche wurde außerhalb privater Einträge niemand genannt\./);
    assert.match(text, /1 offene Zusage aus privaten Einträgen ist hier nicht aufgeführt\. Sonst ist keine Zusage offen\./);
    assert.match(text, /- Am meisten Warum: ein privater Eintrag, 80 % Warum/);
    assert.ok(!/Priya|Über|private entr|named nowhere/.test(text), text);
    const trap = { ...tagged('2026-12-02', 0.1, 0.9), traps: ['micromanaging-leader' as const] };
    const mixed = review([only, { ...trap, private: true }, { ...tagged('2026-12-01', 0.5, 0.5), path: '2026/12/2026-12-01-b.md' }]);
    assert.match(mixed, /· 3 Einträge, 2 davon privat \(in den Zahlen gezählt, unten nirgends genannt\)\./);
    assert.match(mixed, /- \*\*Mikromanagende Führungskraft\*\*, 1 Eintrag: 1 privater Eintrag\n/);
  });

  it('makes what I write under Start a commitment, and nothing in the scaffold one', () => {
    const answered = week.text.replace('### Start\n\n*What will I start doing next week?*\n\n- [ ] \n', '### Start\n\n*What will I start doing next week?*\n\n- [ ] Ask the team what slows them down\n');
    assert.notEqual(answered, week.text);
    const added = extractCommitments(answered).filter((c) => !extractCommitments(week.text).some((d) => d.key === c.key));
    assert.deepEqual(added.map((c) => c.text), ['Ask the team what slows them down']);
  });

  it('chooses the practice from the imbalance, then the traps', () => {
    assert.equal(week.practice, 'vision-with-empathy');
    assert.match(week.text, /Suggested because this week leaned towards the how\./);
    assert.equal(month.practice, 'know-when-to-delegate');
    assert.match(month.text, /the \*Micromanaging leader\* trap came up most this month/);
  });

  it('says plainly that an empty week has no entries, and still asks the questions', () => {
    assert.equal(empty.empty, true);
    assert.equal(week.empty, false);
    assert.match(empty.text, /Monday 2026-03-16 to Sunday 2026-03-22: no entries/);
    for (const heading of ['### Start', '### Stop', '### Continue', '### A balancing practice for next week', '## Commitments']) {
      assert.ok(empty.text.includes(`\n${heading}\n`), heading);
    }
    assert.doesNotMatch(empty.text, /## Why and how/);
    assert.match(empty.text, /Suggested because the four weeks before leaned towards the how\./);
  });

  it('handles a journal with nothing at all', () => {
    const period = weekPeriod(day('2026-03-18'));
    const review = generateReview({ period, path: '2026/03/2026-W12-review.md', date: day('2026-03-18'), entries: [], openCommitments: [] });
    assert.equal(review.empty, true);
    assert.equal(review.practice, 'stay-curious');
    assert.match(review.text, /nothing tagged to read a lean from/);
    assert.match(review.text, /No open commitments\./);
  });

  it('says when a period has entries but none is tagged', () => {
    const period = weekPeriod(day('2026-03-14'));
    const untagged = RECORDS.filter((record) => record.date === '2026-03-14');
    const review = generateReview({ period, path: '2026/03/2026-W11-review.md', date: day('2026-03-15'), entries: untagged, openCommitments: [] });
    assert.match(review.text, /None of this week's entries shows a side yet/);
    assert.match(review.text, /Nothing this week is tagged, so there are no functions to show\./);
    assert.match(review.text, /- Most why: no tagged entry this week leaned that way/);
  });

  it('lists ten open commitments and counts the rest', () => {
    const open = Array.from({ length: 12 }, (_, i) => ({
      key: `c${i}`, text: `commitment ${i}`, ageDays: 12 - i,
      firstSeen: { date: '2026-03-01', path: '2026/03/2026-03-01.md', line: i }, lastSeen: { date: '2026-03-01', path: '2026/03/2026-03-01.md', line: i },
    }));
    const review = generateReview({ ...reviewInput(weekPeriod(day('2026-03-15')), '2026-03-15'), openCommitments: open });
    assert.equal(extractCommitments(review.text).filter((c) => c.key.startsWith('commitment')).length, 10);
    assert.match(review.text, /- …and 2 more recent ones/);
  });
});

describe('reflect: a review written in German', () => {
  const week = generateReview(reviewInput(weekPeriod(day('2026-03-15')), '2026-03-15', 'de'));
  const english = generateReview(reviewInput(weekPeriod(day('2026-03-15')), '2026-03-15'));

  it('says the same as the English review, in German: the same practice, the same commitments, the same links', () => {
    assert.equal(week.practice, english.practice);
    assert.equal(week.entries, english.entries);
    assert.deepEqual(extractCommitments(week.text).map((c) => c.key), extractCommitments(english.text).map((c) => c.key));
    const links = (text: string): string[] => [...text.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1] ?? '');
    assert.deepEqual(links(week.text), links(english.text));
    assert.deepEqual(readFrontMatter(week.text), readFrontMatter(english.text), 'front matter stays English and ISO');
  });

  it('leaves none of the review\'s own English words in it', () => {
    // The entries' own titles and answers (the fixture journal is English) are quoted as written.
    const own = week.text.replace(/\[[^\]]*\]\([^)]*\)/g, '').replace(/- \[ \] .*/g, '').replace(/: [A-Z][^|\n]*$/gm, '');
    for (const word of ['Why and how', 'this week', 'Looking ahead', 'Suggested', 'entries', 'Commitments', 'What mattered', 'People']) {
      assert.ok(!own.includes(word), `"${word}" in\n${own}`);
    }
  });

  it('makes what I write under Beginnen a commitment, and nothing in the scaffold one', () => {
    const answered = week.text.replace('### Beginnen\n\n*Was werde ich nächste Woche beginnen?*\n\n- [ ] \n', '### Beginnen\n\n*Was werde ich nächste Woche beginnen?*\n\n- [ ] Das Team fragen, was es bremst\n');
    assert.notEqual(answered, week.text);
    const added = extractCommitments(answered).filter((c) => !extractCommitments(week.text).some((d) => d.key === c.key));
    assert.deepEqual(added.map((c) => c.text), ['Das Team fragen, was es bremst']);
  });
});
