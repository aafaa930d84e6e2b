import * as assert from 'node:assert/strict';
import { readCorpus, type EntryGold } from '../../../../scripts/tagger/corpus';
import { repoRoot } from '../../../../scripts/vscodePaths';
import { explainMarkdown } from '../../../../src/core/tagger/explain';
import { createClassifier } from '../../../../src/core/tagger/classify';
import { extractUserText } from '../../../../src/core/tagger/markdownText';
import { splitSentences } from '../../../../src/core/tagger/sentences';
import { classifiedSentence, createTagger, entryLabel, isWords, shares, UNCLEAR_BELOW, WHY_ABOVE, WHY_BELOW } from '../../../../src/core/tagger/tagger';
import type { TagResult } from '../../../../src/core/tagger/types';

// Entries here are written for these tests, except the regression guard, which reads the corpus's
// training part (never the test part).

const tagger = createTagger();

const MIXED = `---
date: 2026-03-02
tags: [how]
---
# Monday

## Where did I give someone a reason, not just a task, today?

Told the drivers why the new route matters to the care homes at the end of it. Asked Jo what she'd change first.

## What did I plan, organise or unblock, and what is still at risk?

- Booked the van service for Thursday and set the deadline for the rota.
- Chased the supplier about the missing pallets and the invoice.

\`\`\`
budget: 4200
\`\`\`
`;

function assertShares(result: TagResult): void {
  assert.ok(result.why >= 0 && result.why <= 1 && result.how >= 0 && result.how <= 1);
  if (result.label === 'unclear') {
    assert.deepEqual([result.why, result.how], [0, 0]);
  } else {
    assert.equal(Math.round((result.why + result.how) * 100), 100);
  }
}

describe('createTagger', () => {
  it('tags the user\'s sentences (not front matter, prompts or code) with their lines, and shares that sum to 1', () => {
    const result = tagger.tag(MIXED);
    assert.deepEqual(result.sentences.map((sentence) => sentence.line), [8, 8, 12, 13]);
    assert.equal(result.sentences[0]?.label, 'why');
    assert.deepEqual(result.sentences.slice(2).map((sentence) => sentence.label), ['how', 'how']);
    assert.equal(result.language, 'en');
    assertShares(result);
    assert.deepEqual(result.traps, []);
  });

  it('labels by the why share, and unclear when nothing shows either side', () => {
    assert.ok(WHY_BELOW < 0.5 && WHY_ABOVE > 0.5 && UNCLEAR_BELOW.en > 0 && UNCLEAR_BELOW.de > 0);
    assert.equal(entryLabel(0.8, 0.2), 'why');
    assert.equal(entryLabel(0.5, 0.5), 'balanced');
    assert.equal(entryLabel(0.2, 0.8), 'how');
    assert.equal(entryLabel(0, 0), 'unclear');
    assert.equal(tagger.tag('Booked the van. Chased the invoice. Set the deadline for the rota.\n').label, 'how');
    assert.equal(tagger.tag('Thanked Ana for her patience. Asked Tom what he hopes to learn. Listened to Mo about his worries.\n').label, 'why');
  });

  it('reads an entry of personal errands as unclear, and a short or long plain managing entry as how', () => {
    assert.equal(tagger.tag('# Daily\n\n- Buy milk\n- Return library books\n- Dentist at 4\n- Pick up parcel\n- Renew passport\n').label, 'unclear');
    assert.equal(tagger.tag('Gym at 7. Groceries. Call mum. Pay the electricity bill. Book the MOT.\n').label, 'unclear');
    assert.equal(tagger.tag('Booked the van and moved the deadline.\n').label, 'how', 'one line is not asked the model\'s unclear');
    assert.equal(tagger.tag('Sent the rota.\n').label, 'how');
    const plainDay = 'Rain all morning, so I took the bus. Lunch was soup from the corner. Someone left tulips by the window. Finished the crossword on the train.';
    assert.equal(tagger.tag(`${plainDay}\n`).label, 'unclear');
    assert.equal(tagger.tag(`${plainDay} I asked the team why the new returns desk matters to them and thanked Joe for leading the first week.\n`).label, 'why',
      'a plain day with one clear leading sentence is why, not unclear');
    // "Clear" is the tagger's CLEAR_SENTENCE (0.95); a line of two managing acts sat at 0.950 and fell
    // below it on a retrain, so the line here does three.
    assert.equal(tagger.tag(`${plainDay} Built the December rota for the warehouse, covered the two late shifts and sent the overtime sheet to payroll.\n`).label, 'how',
      'a plain day with one clear managing line is how, not unclear');
    assert.equal(tagger.tag('Approved the Q3 budget. Signed off the staffing plan. Sent the rota. Booked the van. Moved the deadline to Friday.\n').label, 'how');
  });

  it('reads a faint entry that shows a trap, rather than calling it unclear beside the trap', () => {
    // Written for this test: a manager re-checking the work of someone they trust, among plain notes.
    const faint = [
      "# Monday\n\nRan the morning as usual. Went back over every one of Tomas's delivery notes from last week myself, line by line, though he has not made a mistake in years. Then rewrote his handover sheet for tomorrow. Changed three words. Coffee was cold. The van was late again.\n",
      '# Thursday\n\nWet day. Checked every weld Ines did on the frame again myself, though she is the best welder we have. Redid her label on the crate. Told the office nothing goes out unless I have signed it. Took the long way home. Soup for tea.\n',
    ];
    const english = createClassifier('en');
    for (const text of faint) {
      const sentences = splitSentences(extractUserText(text)).filter((sentence) => isWords(sentence.text))
        .map((sentence) => classifiedSentence(english, sentence.text, sentence.line));
      assert.deepEqual(shares(sentences, 'en'), { why: 0, how: 0 }, 'too faint to read by the shares alone');
      const result = tagger.tag(text);
      assert.deepEqual(result.traps.map((trap) => trap.id), ['micromanaging-leader']);
      assert.equal(result.label, 'how', text);
      assert.equal(result.why + result.how, 1, 'read with its shares');
    }
  });

  it('labels an entry with a managing-side trap how unless why is the majority, and says so in the explanation', () => {
    const taskmaster = [{ id: 'taskmaster-manager' as const, evidence: ['Told her to keep going.'] }];
    const visionless = [{ id: 'visionless-manager' as const, evidence: ['Same routine next week.'] }];
    const nice = [{ id: 'nice-leader-no-follow-through' as const, evidence: ['Promised it again.'] }];
    assert.equal(entryLabel(0.45, 0.55, taskmaster), 'how');
    assert.equal(entryLabel(0.5, 0.5, visionless), 'how');
    assert.equal(entryLabel(0.55, 0.45, taskmaster), 'balanced', 'a why majority keeps the shares\' label');
    assert.equal(entryLabel(0.45, 0.55, nice), 'balanced', 'the nice-leader trap is not a managing-side trap');
    const result = { label: 'how' as const, language: 'en' as const, why: 0.45, how: 0.55, functions: [], style: null, traps: taskmaster, sentences: [] };
    assert.match(explainMarkdown(result), /Labelled how although the shares alone say balanced/);
    assert.doesNotMatch(explainMarkdown({ ...result, label: 'balanced', traps: [] }), /managing-side trap/);
  });

  it('is unclear, never balanced, for empty text, front matter, emoji, code or another language', () => {
    for (const [markdown, language] of [
      ['', null], ['---\ntitle: Monday\ntags: [why]\n---\n', null], ['😀🎉 👍\n', null], ['```\nconst x = 1;\n```\n', null],
      ['שלום לכולם. הפגישה נדחתה למחר.\n', 'other'], ['مرحبا بالفريق. الموعد النهائي غدا.\n', 'other'],
      ['Hemos revisado el plan de ventas con el equipo. La fecha es el lunes.\n', 'other'], ['今日はチームと計画について話しました。\n', 'other'],
      ['It rained all day. The train was late again.\n', 'en'],
    ] as const) {
      const result = tagger.tag(markdown);
      assert.equal(result.label, 'unclear', markdown);
      assert.equal(result.language, language, markdown);
      assert.deepEqual([result.why, result.how], [0, 0], markdown);
      assert.ok(result.sentences.every((sentence) => sentence.label === 'unclear'), markdown);
      assert.deepEqual(result.traps, []);
      assert.deepEqual(result.functions, []);
      assert.equal(result.style, null);
    }
  });

  it('reads a German entry in German', () => {
    const result = tagger.tag('# Montag\n\nIch habe dem Team erklärt, warum wir die Übergabe ändern, und Lea für ihre Geduld gedankt. '
      + 'Danach habe ich den Dienstplan für März erstellt und die Urlaubsanträge geprüft.\n');
    assert.equal(result.language, 'de');
    assert.notEqual(result.label, 'unclear');
    assert.ok(result.sentences.some((sentence) => sentence.label === 'why') && result.sentences.some((sentence) => sentence.label === 'how'),
      result.sentences.map((sentence) => `${sentence.label}: ${sentence.text}`).join(' | '));
  });

  it('makes every sentence label traceable to its cues', () => {
    for (const sentence of tagger.tag(MIXED).sentences) {
      assert.ok(sentence.cues.some((cue) => cue.includes(`+${sentence.label}`)), `${sentence.text}: ${sentence.cues.join(' | ')}`);
    }
  });

  it('passes user terms to the classifier', () => {
    const custom = createTagger({ whyTerms: ['kudos board'], howTerms: ['gemba'] });
    const result = custom.tag('Did a gemba walk. Updated the kudos board.\n');
    assert.deepEqual(result.sentences.map((sentence) => sentence.label), ['how', 'why']);
  });

  const trainEntries = readCorpus<EntryGold>(repoRoot, 'en', 'train', 'entries').flatMap((file) => file.items);

  it('with evidence: false, gives the same reading without the cue strings (for the index)', () => {
    const lean = createTagger({ evidence: false });
    const texts = trainEntries.slice(0, 60).map((item) => item.text);
    for (const text of texts) {
      const full = tagger.tag(text);
      const quick = lean.tag(text);
      assert.deepEqual({ ...quick, sentences: quick.sentences.map((s) => ({ ...s, cues: [] })) }, { ...full, sentences: full.sentences.map((s) => ({ ...s, cues: [] })) });
      assert.ok(quick.sentences.every((s) => s.cues.length === 0));
    }
    assert.ok(texts.length >= 60 && texts.some((text) => tagger.tag(text).sentences.some((s) => s.cues.length > 0)));
  });

  it('is deterministic', () => {
    assert.deepEqual(createTagger().tag(MIXED), tagger.tag(MIXED));
    assert.equal(JSON.stringify(tagger.tag(MIXED)), JSON.stringify(tagger.tag(MIXED)));
  });

  describe('regression guard (the corpus\'s training part only)', () => {
    // Reached on 2026-12-02: 76.4 % of the English training entries, trap false alarms 0.25 per 24
    // ordinary entries. A margin below, so a change that breaks the tagger fails here.
    it('keeps the training entries\' label accuracy at or above 72 % and false alarms at or below 1 per 24', () => {
      let right = 0;
      let scored = 0;
      let ordinary = 0;
      let alarms = 0;
      for (const item of trainEntries) {
        if (item.gold === undefined) {
          continue;
        }
        const result = tagger.tag(item.text);
        scored++;
        right += result.label === item.gold ? 1 : 0;
        if (item.traps.length === 0) {
          ordinary++;
          alarms += result.traps.length;
        }
      }
      assert.ok(scored > 300, `${scored} entries scored`);
      assert.ok(right / scored >= 0.72, `entry accuracy ${right / scored}`);
      assert.ok(alarms / ordinary * 24 <= 1, `false alarms per 24: ${alarms / ordinary * 24}`);
    });
  });
});
