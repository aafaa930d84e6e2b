// The tagger's reading for a record (Tagger.readRecord, what the CLI report makes its records with)
// against its full reading (Tagger.tag, what the extension's index makes them with): every training
// entry of the corpus, English and German, and texts with little or nothing to read, make the same
// record either way, so a report's numbers and its cache are what they were.
import * as assert from 'node:assert/strict';
import { readCorpus, type EntryGold } from '../../../../scripts/tagger/corpus';
import { repoRoot } from '../../../../scripts/vscodePaths';
import { indexRecord } from '../../../../src/core/records/readRecord';
import { createTagger } from '../../../../src/core/tagger/tagger';
import type { TaggerOptions } from '../../../../src/core/tagger/types';

/** Both readings of `text` agree on everything a record takes, and make the same record at `path`. */
function assertSameRecord(options: TaggerOptions, texts: readonly string[]): void {
  const tagger = createTagger(options);
  texts.forEach((text, at) => {
    const path = `2026/11/2026-11-${String(1 + (at % 28)).padStart(2, '0')}-${at}.md`;
    const full = tagger.tag(text);
    const read = tagger.readRecord(text);
    assert.deepEqual(
      { label: read.label, why: read.why, how: read.how, functions: read.functions, style: read.style, traps: read.traps.map((trap) => trap.id), sentences: read.sentences.map((sentence) => sentence.text) },
      { label: full.label, why: full.why, how: full.how, functions: full.functions, style: full.style, traps: full.traps.map((trap) => trap.id), sentences: full.sentences.map((sentence) => sentence.text) },
      `text ${at}: ${text.slice(0, 80)}`,
    );
    assert.deepEqual(indexRecord(path, text, (t) => tagger.readRecord(t)), indexRecord(path, text, (t) => tagger.tag(t)), `record ${at}`);
  });
}

const trainingEntries = (language: 'en' | 'de'): string[] =>
  readCorpus<EntryGold>(repoRoot, language, 'train', 'entries').flatMap((file) => file.items.map((item) => item.text));

describe('the tagger\'s reading for a record', () => {
  it('makes the record tag makes for every English training entry', function () {
    this.timeout(120_000);
    const texts = trainingEntries('en');
    assert.ok(texts.length > 3000, `${texts.length} entries`);
    assertSameRecord({ evidence: false }, texts);
  });

  it('makes the record tag makes for every German training entry', function () {
    this.timeout(120_000);
    const texts = trainingEntries('de');
    assert.ok(texts.length > 1000, `${texts.length} entries`);
    assertSameRecord({ evidence: false }, texts);
  });

  it('makes the same record of texts with little or nothing to read, with the user\'s terms too', () => {
    const texts = [
      '',
      '---\ndate: 2026-11-20\n---\n',
      '---\ndate: 2026-11-20\n---\n\n# Thursday\n\n## Where did I work on the why today: purpose, direction or people?\n\n',
      '🙂 🎉\n\n2026-11-20\n',
      'Aujourd\'hui j\'ai expliqué à l\'équipe pourquoi ce projet compte. Nous avons parlé du budget.\n',
      'Heute habe ich dem Team erklärt, warum das Projekt wichtig ist. Dann habe ich den Dienstplan umgestellt.\n',
      '---\ndate: 2026-11-20\nkind: situational\n---\n\n- Style I actually used: coaching\n\nI asked Ana what she needs and we planned the rollout.\n',
      'My style was delegating: I let Bo decide the order of the tickets.\n',
      '---\ndate: 2026-11-18\ntags: [how]\nwhy: 0.1\nhow: 0.9\ntags-pinned: true\n---\nI explained why it matters.\n',
      'I checked every line of the report Ana wrote again, and rewrote her summary myself. I re-checked the logs she sent.\n',
    ];
    assertSameRecord({ evidence: false }, texts);
    assertSameRecord({}, texts);
    assertSameRecord({ evidence: false, whyTerms: ['north star'], howTerms: ['rota'] }, [...texts, 'We talked about the north star and then fixed the rota.\n']);
  });
});
