// The explanation as data (core/tagger/explanation.ts): cues read into parts, unclear entries given a
// reason, and trap evidence given its lines.
import * as assert from 'node:assert/strict';
import { readCorpus } from '../../../../scripts/tagger/corpus';
import { repoRoot } from '../../../../scripts/vscodePaths';
import { explainTags, readCue } from '../../../../src/core/tagger/explanation';
import { createTagger } from '../../../../src/core/tagger/tagger';
import type { TagResult } from '../../../../src/core/tagger/types';
import { entryShowing } from '../../../support/corpusEntries';

const LEADING = `---
date: 2026-11-23
kind: daily
---

# Monday

I told Priya why the clinic merger matters for the patients we care for, and that I trust her to shape how her ward takes it on.
Instead of handing her the answer, I asked her what she thinks the nurses fear most.
I did not tell the team what to do; I explained the purpose.
`;

const BASE: TagResult = { label: 'unclear', language: 'en', why: 0, how: 0, functions: [], style: null, traps: [], sentences: [] };

describe('the explanation as data', () => {
  it('reads each wording of the tagger\'s cues into its parts, and keeps an unknown one whole', () => {
    assert.deepEqual(readCue('"delegated" +how'), { kind: 'evidence', words: 'delegated', side: 'how' });
    assert.deepEqual(readCue('"trust her" +why'), { kind: 'evidence', words: 'trust her', side: 'why' });
    assert.deepEqual(readCue('"rota" +how (your term)'), { kind: 'term', words: 'rota', side: 'how' });
    assert.deepEqual(readCue('contrast: the part after "instead of" counted for little'), { kind: 'contrast', words: 'instead of', side: null });
    assert.deepEqual(readCue('negated: "did not" (the topic still counts)'), { kind: 'negation', words: 'did not', side: null });
    assert.deepEqual(readCue('something new'), { kind: 'other', words: 'something new', side: null });
    // A managing shape (managingShapes.ts) by its rule's name; a name that is no shape's stays whole.
    assert.deepEqual(readCue('"4 % down from 6 %" +how (a figure set against another)'), { kind: 'shape', words: '4 % down from 6 %', side: 'how', shape: 'figures' });
    assert.deepEqual(readCue('"three pallets left" +how (an amount on hand or needed)'), { kind: 'shape', words: 'three pallets left', side: 'how', shape: 'supply' });
    assert.deepEqual(readCue('"three pallets left" +how (a hunch)'), { kind: 'other', words: '"three pallets left" +how (a hunch)', side: null });
  });

  it('knows every cue the shipped tagger writes, in English and German (so the panel never shows a raw cue)', () => {
    const tagger = createTagger({ whyTerms: ['offsite'], howTerms: ['rota', 'dienstplan'] });
    const unknown = new Set<string>();
    const kinds = new Set<string>();
    for (const language of ['en', 'de'] as const) {
      const entries = readCorpus<string>(repoRoot, language, 'train', 'entries').flatMap((file) => [...file.items]).slice(0, 60);
      for (const entry of [...entries.map((item) => item.text), LEADING]) {
        for (const sentence of explainTags(tagger.tag(entry)).sentences) {
          for (const cue of sentence.cues) {
            kinds.add(cue.kind);
            if (cue.kind === 'other') {
              unknown.add(cue.words);
            }
          }
        }
      }
    }
    assert.deepEqual([...unknown], []);
    for (const kind of ['evidence', 'term', 'contrast', 'negation']) {
      assert.ok(kinds.has(kind), `no ${kind} cue seen: the check above would prove little`);
    }
  });

  it('explains a leading entry sentence by sentence, with the lines of the entry and the cues that decided each', () => {
    const explanation = explainTags(createTagger().tag(LEADING));
    assert.equal(explanation.label, 'why');
    assert.equal(explanation.language, 'en');
    assert.equal(explanation.unclear, null);
    assert.deepEqual(explanation.counts, { why: 3, how: 0, unclear: 0 });
    assert.deepEqual(explanation.sentences.map((sentence) => sentence.line), [7, 8, 9]);
    assert.ok(explanation.sentences[0]?.cues.some((cue) => cue.kind === 'evidence' && cue.words === 'trust her' && cue.side === 'why'));
    assert.ok(explanation.sentences[1]?.cues.some((cue) => cue.kind === 'contrast' && cue.words === 'instead of'));
    assert.ok(explanation.sentences[2]?.cues.some((cue) => cue.kind === 'negation' && cue.words === 'did not'));
  });

  it('shows words that are both the model\'s evidence and the user\'s own term once, as theirs', () => {
    const explanation = explainTags({
      ...BASE, label: 'how', why: 0, how: 1,
      sentences: [{ text: 'Set up the rota.', label: 'how', cues: ['"rota" +how', '"set up" +how', '"rota" +how (your term)'], line: 4 }],
    });
    assert.deepEqual(explanation.sentences[0]?.cues, [
      { kind: 'evidence', words: 'set up', side: 'how' },
      { kind: 'term', words: 'rota', side: 'how' },
    ]);
  });

  it('says why an entry is unclear: nothing written, another language, no signal, or too weak a lean', () => {
    const tagger = createTagger();
    assert.equal(explainTags(tagger.tag('---\ndate: 2026-11-23\n---\n\n# Monday\n\n')).unclear, 'empty');
    assert.equal(explainTags(tagger.tag('Hemos revisado el plan de ventas con el equipo. La fecha es el lunes.\n')).unclear, 'language');
    const plain = explainTags(tagger.tag('It rained all day. Lunch was soup. The train was late again.\n'));
    assert.equal(plain.label, 'unclear');
    assert.equal(plain.unclear, 'no-signal');
    assert.deepEqual(plain.counts, { why: 0, how: 0, unclear: 3 });
    const weak = explainTags({
      ...BASE, sentences: [
        { text: 'Talked a little.', label: 'why', cues: [], line: 1 },
        { text: 'It rained.', label: 'unclear', cues: [], line: 2 },
      ],
    });
    assert.equal(weak.unclear, 'weak');
    assert.equal(explainTags({ ...BASE, label: 'why', why: 1, how: 0 }).unclear, null);
  });

  it('gives each trap\'s evidence the line of its sentence, and says when a trap decided the label', () => {
    const entry = entryShowing('micromanaging-leader');
    const result = createTagger().tag(entry.text);
    const trap = explainTags(result).traps.find((found) => found.id === 'micromanaging-leader');
    assert.ok(trap && trap.evidence.length > 0);
    for (const evidence of trap.evidence) {
      assert.notEqual(evidence.line, null);
      assert.equal(result.sentences.find((sentence) => sentence.line === evidence.line && sentence.text === evidence.text)?.text, evidence.text);
    }
    const repeated = explainTags({
      ...BASE, label: 'how', why: 0.45, how: 0.55,
      traps: [{ id: 'taskmaster-manager', evidence: ['Push harder.', 'Push harder.', 'Not in the entry.'] }],
      sentences: [
        { text: 'Push harder.', label: 'how', cues: [], line: 3 },
        { text: 'Push harder.', label: 'how', cues: [], line: 9 },
      ],
    });
    assert.deepEqual(repeated.traps[0]?.evidence.map((evidence) => evidence.line), [3, 9, null]);
    assert.equal(repeated.byTrap, true);
    assert.equal(explainTags({ ...BASE, label: 'how', why: 0.2, how: 0.8, traps: repeated.traps.map((t) => ({ id: t.id, evidence: [] })) }).byTrap, false);
  });
});
