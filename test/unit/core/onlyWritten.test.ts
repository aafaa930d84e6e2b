// Issue 19 items 1–4 and issue 12 item 4 in the core: only what the user wrote is read and counted
// (never a review's or template's scaffold, a drafted block, a bare date or number), the user's own
// answers decide the style, `unclear` is its own label and `balanced` needs evidence on both sides.
import * as assert from 'node:assert/strict';
import { readCorpus, type EntryGold } from '../../../scripts/tagger/corpus';
import { repoRoot } from '../../../scripts/vscodePaths';
import { parseIsoDate, type LocalDate } from '../../../src/core/calendar/localDate';
import { DRAFTED_END, DRAFTED_START } from '../../../src/core/entries/drafted';
import { planEntry } from '../../../src/core/entries/entryPlan';
import { GERMAN_ENTRY_KINDS } from '../../../src/core/entries/germanKinds';
import { ENTRY_KINDS, entryKind } from '../../../src/core/entries/kinds';
import { entryFacts } from '../../../src/core/reflect/entryFacts';
import { generateReview } from '../../../src/core/reflect/review';
import { reviewPath, weekPeriod } from '../../../src/core/reflect/reviewPeriod';
import { entryTagWrite, NOTHING_WRITTEN } from '../../../src/core/tagger/entryTagWrite';
import { storedTags } from '../../../src/core/tagger/storedTags';
import { createTagger, withEvidence } from '../../../src/core/tagger/tagger';
import { indexRecord } from '../../../src/core/records/readRecord';
import { summarise } from '../../../src/core/trends/summary';
import { entry, tagged } from './trends/fixtures';

const tagger = createTagger();
const tag = (text: string) => tagger.tag(text);

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date);
  return date;
}

function record(path: string, text: string) {
  const result = indexRecord(path, text, tag);
  assert.ok(result.ok, path);
  return result.entry;
}

/** A weekly review as Start Weekly Review drafts it, over a week with entries leaning each way. */
function draftedReview(whyShare: number, language: 'en' | 'de' = 'en'): string {
  const period = weekPeriod(day('2026-12-09'));
  const path = reviewPath(period);
  assert.ok(path.ok);
  return generateReview({
    period, path: path.path, date: day('2026-12-09'), openCommitments: [], language,
    entries: [tagged('2026-12-07', whyShare), tagged('2026-12-08', whyShare), tagged('2026-11-30', 0.5)],
  }).text;
}

describe('only what the user wrote is read', () => {
  it('reads nothing in an untouched weekly review, whatever practice it suggests, in English or German: it is no entry in any count', () => {
    for (const [why, language] of [[0.9, 'en'], [0.1, 'en'], [0.5, 'en'], [0.9, 'de'], [0.1, 'de'], [0.5, 'de']] as const) {
      const review = draftedReview(why, language);
      const result = tagger.tag(review);
      assert.deepEqual(result.sentences.map((s) => s.text), [], review);
      assert.equal(result.label, 'unclear');
      const indexed = record('2026/12/2026-W50-review.md', review);
      assert.equal(indexed.label, null);
      assert.equal(indexed.words, 0);
    }
  });

  it('reads what the user writes into a review, and only that', () => {
    const review = draftedReview(0.2).replace('*What is working that I will keep doing?*\n\n', '*What is working that I will keep doing?*\n\nI will keep explaining to the team why each change matters.\n');
    assert.deepEqual(tagger.tag(review).sentences.map((s) => s.text), ['I will keep explaining to the team why each change matters.']);
    assert.notEqual(record('2026/12/2026-W50-review.md', review).label, null);
  });

  it('reads nothing in a fresh entry of any kind, in English or German, and does not count it', () => {
    for (const kind of [...ENTRY_KINDS, ...GERMAN_ENTRY_KINDS]) {
      const plan = planEntry({ kind, date: day('2026-12-09'), weekStart: 1, prompt: 'What mattered today?', person: 'Priya Raman' });
      assert.ok(plan.ok, kind.id);
      const result = tagger.tag(plan.text);
      assert.deepEqual(result.sentences, [], `${kind.id} (${kind.label})`);
      assert.equal(record(plan.path, plan.text).label, null, kind.label);
    }
  });

  it('does not read a daily entry\'s drafted reminders, even a ticked one', () => {
    const daily = `---\ndate: 2026-12-09\nkind: daily\n---\n${entryKind('daily').body}\n${DRAFTED_START}\nStill open:\n\n- [x] Share the offsite agenda with @priya.\n${DRAFTED_END}\n`;
    assert.equal(record('2026/12/2026-12-09.md', daily).label, null);
    assert.deepEqual(entryFacts(daily).commitments.map((c) => [c.text, c.done]), [['Share the offsite agenda with @priya.', true]],
      'the tick still closes the commitment');
  });

  it('never reads a bare date, number or answered label as a sentence', () => {
    const oneOnOne = entryKind('one-on-one').body
      .replace('- Next check-in: ', '- Next check-in: 2026-12-16')
      .replace('## What feedback do I owe them?\n\n', '## What feedback do I owe them?\n\n3\n');
    assert.deepEqual(tagger.tag(oneOnOne).sentences, []);
    const answered = entryKind('situational').body.replace('- Style I actually used: ', '- Style I actually used: directing');
    assert.deepEqual(tagger.tag(answered).sentences.map((s) => s.text), ['directing'], 'the answer is the user\'s, its label is not');
  });

  it('does not read @mentions in a drafted block', () => {
    const text = `# Week\n\n${DRAFTED_START}\n| @priya | 2 |\n${DRAFTED_END}\n\nI thanked @sam for the release.\n`;
    assert.deepEqual(entryFacts(text).mentions, ['sam']);
  });

  it('leaves entries with nothing written out of every number of the trends: entries, streaks, heat-map', () => {
    const today = day('2026-12-09');
    const written = [tagged('2026-12-07', 0.8)];
    const withScaffolds = [...written, entry('2026-12-08', { label: null, words: 0 }), entry('2026-12-09', { label: null, words: 0 })];
    const weeks = { granularity: 'week', weekStart: 1, forgiveWeekends: true } as const;
    const summary = summarise(withScaffolds, today, weeks);
    assert.equal(summary.totals.entries, 1);
    assert.deepEqual(summary.streaks, summarise(written, today, weeks).streaks, 'opening an entry without writing makes no streak');
    assert.deepEqual(summary.heatmap.filter((cell) => cell.count > 0).map((cell) => cell.date), ['2026-12-07']);
  });
});

describe('the style the user states', () => {
  const situational = (used: string): string => entryKind('situational').body.replace('- Style I actually used: ', `- Style I actually used: ${used}`);

  it('is the answer to "Style I actually used", in English or German', () => {
    assert.equal(tag(situational('directing')).style, 'directing');
    assert.equal(tag(situational('coaching, though supporting would have fitted')).style, 'coaching');
    const german = GERMAN_ENTRY_KINDS.find((kind) => kind.id === 'situational')?.body ?? '';
    assert.equal(tag(german.replace('- Tatsächlich gewählter Stil: ', '- Tatsächlich gewählter Stil: delegieren')).style, 'delegating');
  });

  it('is none where the check-in asks and the answer names no style, whatever else the entry says', () => {
    const body = situational('not sure').replace('## What have I actually observed of their work on this task?\n\n',
      '## What have I actually observed of their work on this task?\n\nI let her decide the order and stayed out of it; she owns it now.\n');
    assert.equal(tag(body).style, null);
  });

  it('is none in a 1:1 that names no style, and the named one where the user names it', () => {
    const oneOnOne = entryKind('one-on-one').body.replace('## What do I want them to leave this conversation with?\n\n',
      '## What do I want them to leave this conversation with?\n\nThat she owns the design review end to end and I trust her judgement. I will let her decide the scope.\n');
    assert.equal(tag(oneOnOne).style, null);
    assert.equal(tag('I switched to a coaching style with Sam and asked what he would try first.\n').style, 'coaching');
  });
});

describe('unclear is not balanced', () => {
  it('gives balanced only with a sentence labelled why and one labelled how', () => {
    const sentence = (label: 'why' | 'how' | 'unclear') => ({ text: label, label, cues: [], line: 0 });
    assert.equal(withEvidence('balanced', [sentence('why'), sentence('how')]), 'balanced');
    assert.equal(withEvidence('balanced', [sentence('why'), sentence('unclear')]), 'why');
    assert.equal(withEvidence('balanced', [sentence('how')]), 'how');
    assert.equal(withEvidence('balanced', [sentence('unclear')]), 'unclear');
    const entries = readCorpus<EntryGold>(repoRoot, 'en', 'train', 'entries').flatMap((file) => file.items).slice(0, 150);
    for (const item of entries) {
      const result = tagger.tag(item.text);
      if (result.label === 'balanced') {
        assert.ok(result.sentences.some((s) => s.label === 'why') && result.sentences.some((s) => s.label === 'how'), item.text);
      }
      if (result.label === 'unclear') {
        assert.deepEqual([result.why, result.how], [0, 0]);
      }
    }
  });

  it('reads tags the old tagger wrote (balanced with both shares 0) as unclear, pinned or not', () => {
    assert.equal(storedTags({ tags: ['balanced'], why: 0, how: 0 })?.label, 'unclear');
    assert.equal(storedTags({ tags: ['balanced'], why: 0.5, how: 0.5 })?.label, 'balanced');
    const old = '---\ndate: 2026-11-18\ntags: [balanced]\nwhy: 0\nhow: 0\n---\n\nLunch was nice.\n';
    assert.equal(record('2026-11-18.md', old).label, 'unclear');
    assert.equal(record('2026-11-18.md', old.replace('how: 0\n', 'how: 0\ntags-pinned: true\n')).label, 'unclear');
  });

  it('counts unclear entries as entries, in their own band, never in the why/how share', () => {
    const summary = summarise([tagged('2026-12-07', 0.8), entry('2026-12-08')], day('2026-12-09'), { granularity: 'week', weekStart: 1, forgiveWeekends: true });
    assert.equal(summary.totals.entries, 2);
    assert.equal(summary.totals.tagged, 1);
    assert.deepEqual(summary.totals.labels, { why: 1, how: 0, balanced: 0, unclear: 1 });
    assert.equal(summary.totals.whyShare, 0.8);
  });

  it('reads German, and says unclear for another language', () => {
    const german = tag('Ich habe dem Team erklärt, warum wir die Übergabe ändern. Danach habe ich den Dienstplan für März erstellt.\n');
    assert.equal(german.language, 'de');
    assert.notEqual(german.label, 'unclear');
    const spanish = tag('Hemos revisado el plan de ventas con el equipo. La fecha es el lunes.\n');
    assert.deepEqual([spanish.label, spanish.language], ['unclear', 'other']);
  });
});

describe('tagging an entry with nothing written', () => {
  it('writes no tags into an untouched scaffold, and takes out tags an earlier version wrote there', () => {
    const plan = planEntry({ kind: entryKind('decision'), date: day('2026-12-09'), weekStart: 1, prompt: 'x' });
    assert.ok(plan.ok);
    const fresh = entryTagWrite(plan.text, tagger.tag(plan.text));
    assert.deepEqual(fresh, { status: 'skipped', reason: NOTHING_WRITTEN });
    const old = plan.text.replace('kind: decision\n', 'kind: decision\ntags: [balanced]\nwhy: 0\nhow: 0\nfunctions: []\ntraps: []\n');
    const cleared = entryTagWrite(old, tagger.tag(old));
    assert.ok(cleared.status === 'updated');
    assert.equal(cleared.text, plan.text);
    const written = plan.text.replace('## What did I decide?\n\n', '## What did I decide?\n\nWe move the release to March and I explained why to the team.\n');
    const tagged = entryTagWrite(written, tagger.tag(written));
    assert.ok(tagged.status === 'updated' && /\ntags: \[\w+\]\n/.test(tagged.text));
  });
});
