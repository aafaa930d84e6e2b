import * as assert from 'node:assert/strict';
import { readCorpus, type SentenceGold } from '../../../../scripts/tagger/corpus';
import { repoRoot } from '../../../../scripts/vscodePaths';
import { createClassifier, type SentenceClassification } from '../../../../src/core/tagger/classify';
import { BASE64_DIGITS, digitValue } from '../../../../src/core/tagger/base64Numbers';
import { decodeLemmaTable, encodeFamilyMask, familiesInMask, type LemmaTable, type TaggerLanguage } from '../../../../src/core/tagger/lemmaTable';
import { DE_LEMMAS, DE_QUIET_FAMILIES, EN_LEMMAS, EN_QUIET_FAMILIES } from '../../../../src/core/tagger/lemmaTable.generated';
import { lemmaTable } from '../../../../src/core/tagger/lemmaTables';
import { hasShownWord } from '../../../../src/core/tagger/sentenceCues';
import { tokenize, useLemmaTable } from '../../../../src/core/tagger/tokens';

// Issue #12 item 3: every cue shown is one a person would accept as evidence. Words such as "told",
// "idea" or "gesagt" may still decide a sentence's side (the model weighs them), but they are shown
// only inside a phrase with a word that may be shown, or before a question word ("asked what").
// Sentences here are written for these tests, except the corpus sweeps, which read the shipped
// corpus's training sentences.

/** The quoted words of the cues that name words as reasons (not the contrast and negation notes). */
function wordCues(result: SentenceClassification): string[] {
  return result.cues.filter((cue) => cue.startsWith('"')).map((cue) => /^"([^"]+)"/.exec(cue)?.[1] ?? '');
}

/** Corpus training sentences of a language, a spread of them (every `step`-th). */
function corpusSentences(language: TaggerLanguage, step: number): string[] {
  const rows = readCorpus<SentenceGold>(repoRoot, language, 'train', 'sentences').flatMap((file) => file.items);
  return rows.filter((_, at) => at % step === 0).map((row) => row.text);
}

/** The shipped table with no form marked quiet: the rule that decides, without the one that shows. */
function withoutQuiet(table: LemmaTable): LemmaTable {
  return {
    language: table.language,
    get families() {
      return table.families;
    },
    lookup(word) {
      const entry = table.lookup(word);
      return entry === undefined ? undefined : { family: entry.family, evidence: entry.evidence, ...(entry.verbReading ? { verbReading: true } : {}) };
    },
  };
}

describe('shown cues (issue 12 item 3)', () => {
  const en = createClassifier('en');
  const de = createClassifier('de');

  it('does not show a plain verb of speech, a feeling or a bare idea as a reason, and still shows the working word beside it', () => {
    const rota = en.classify('I told her the rota changes on Monday.');
    assert.equal(rota.label, 'how');
    assert.ok(wordCues(rota).includes('rota'), rota.cues.join(' | '));
    assert.ok(!wordCues(rota).includes('told'), rota.cues.join(' | '));
    for (const text of ['She told me she was scared of the new system.', 'I had an idea about the team.', 'He asked me twice.']) {
      const result = en.classify(text);
      for (const words of wordCues(result)) {
        assert.ok(!['told', 'scared', 'idea', 'asked'].includes(words), `${text}: ${result.cues.join(' | ')}`);
      }
    }
    const dienstplan = de.classify('Ich habe ihr gesagt, dass der Dienstplan steht.');
    assert.ok(wordCues(dienstplan).includes('dienstplan'), dienstplan.cues.join(' | '));
    assert.ok(!wordCues(dienstplan).some((words) => words === 'gesagt'), dienstplan.cues.join(' | '));
  });

  it('shows a plain verb of speech with the question word that makes it an act: "asked … what", "erklärt, warum"', () => {
    const words = (text: string, language: TaggerLanguage = 'en') => {
      const tokens = tokenize(text, language);
      return hasShownWord(tokens, 0, tokens.length - 1);
    };
    assert.equal(words('asked him what'), true);
    assert.equal(words('asked Luis what'), true);
    assert.equal(words('asked at smoko what'), false, 'a place between (rejected in the first audit)');
    assert.equal(words('told them why'), true);
    assert.equal(words('asked Luis'), false, 'a plain verb and a name');
    assert.equal(words('told'), false);
    assert.equal(words('why'), false, 'a question word alone');
    assert.equal(words('delegated'), true);
    assert.equal(words('gesagt', 'de'), false);
    assert.equal(words('gefragt, was', 'de'), true);
    assert.equal(words('Dienstplan', 'de'), true);
    // A decisive "told" reaches the question word a few words on ("told" alone was shown before).
    assert.deepEqual(en.classify('I told her why the merger matters.').cues, ['"told her why" +why']);
  });

  it('shows only words on the allowlist: acts, practices, tools and qualities of a side, not everyday verbs, parties or things', () => {
    const shown = (word: string, language: TaggerLanguage = 'en'): boolean => {
      const tokens = tokenize(word, language);
      return hasShownWord(tokens, 0, tokens.length - 1);
    };
    for (const word of ['delegated', 'scheduled', 'budget', 'approved', 'negotiated', 'audit', 'deadline', 'rota', 'coached', 'encouraged',
      'thanked', 'praised', 'listened', 'trust', 'mentored', 'vision', 'purpose']) {
      assert.equal(shown(word), true, word);
    }
    for (const word of ['fix', 'fixed', 'admit', 'vendor', 'supplier', 'spreadsheet', 'change', 'meeting', 'shift', 'sent']) {
      assert.equal(shown(word), false, word);
    }
    for (const word of ['Dienstplan', 'Frist', 'zugehört', 'gelobt', 'ehrliche']) {
      assert.equal(shown(word, 'de'), true, word);
    }
    for (const word of ['geschickt', 'gesagt', 'ehrlich', 'Schule']) {
      assert.equal(shown(word, 'de'), false, word);
    }
    // The third cue audit: a record ("the booking"), a meeting and events named are no reason alone; the act or
    // the list is ("escalated", "bookings").
    for (const word of ['booking', 'huddle', 'incident', 'escalations']) {
      assert.equal(shown(word), false, word);
    }
    for (const word of ['overdue', 'bookings', 'escalated']) {
      assert.equal(shown(word), true, word);
    }
    assert.equal(shown('getraut', 'de'), false, '"sich nicht getraut": dared, not trusted');
    assert.equal(shown('vertraut', 'de'), true);
    assert.deepEqual(wordCues(en.classify('I fixed the vendor spreadsheet.')), []);
    assert.deepEqual(wordCues(de.classify('Die Werkstatt hat ehrlich gesagt geschickt gearbeitet.')), []);
  });

  it('shows a German compound the table does not hold only when its tail is shown, never by the tail\'s family', () => {
    const shown = (word: string): boolean => {
      const tokens = tokenize(word, 'de');
      return hasShownWord(tokens, 0, tokens.length - 1);
    };
    // Read at run time as the tail: "Werkstatt" as "statt" (of "statten"), "Weiterbildungsbudget" as "budget".
    assert.equal(lemmaTable('de').lookup('werkstatt')?.readAs, 'statt');
    assert.equal(lemmaTable('de').lookup('weiterbildungsbudget')?.readAs, 'budget');
    assert.equal(shown('Werkstatt'), false);
    assert.equal(shown('Kühlschranktemperaturen'), false);
    assert.equal(shown('Weiterbildungsbudget'), true);
    assert.equal(shown('Brandschutzbegehung'), true);
    assert.deepEqual(wordCues(de.classify('Das Weiterbildungsbudget ist freigegeben.')), ['weiterbildungsbudget', 'freigegeben']);
  });

  it('shows the words of the journal\'s side, not a word its lexicon gives to the other side', () => {
    // "review" and "pay" are managing words, "change" a leading one (howCues.ts, whyCues.ts): a cue
    // never shows one of them alone for the other side, whatever the model leaned on.
    const other = { why: new Set(['review', 'pay', 'paid', 'fix', 'send', 'invoice', 'budget']), how: new Set(['change', 'trust', 'inspire']) };
    for (const text of corpusSentences('en', 7)) {
      const result = en.classify(text);
      if (result.label !== 'unclear') {
        for (const words of wordCues(result)) {
          assert.ok(!other[result.label].has(words), `"${words}" +${result.label} in: ${text}`);
        }
      }
    }
  });

  it('trims a stray abbreviation from the end of a shown phrase', () => {
    const result = de.classify('Q2-Bericht an die Abteilung: Kartierung, Laborproben. Fr.');
    for (const words of wordCues(result)) {
      assert.ok(!/(^| )fr$/.test(words), result.cues.join(' | '));
    }
  });

  it('every word cue shown on the training sentences holds a word that may be shown', () => {
    for (const [language, classifier, step] of [['en', en, 5], ['de', de, 3]] as const) {
      let labelled = 0;
      let withWordCue = 0;
      for (const text of corpusSentences(language, step)) {
        const result = classifier.classify(text);
        if (result.label === 'unclear') {
          continue;
        }
        labelled += 1;
        withWordCue += wordCues(result).length > 0 ? 1 : 0;
        // The model's evidence words (a shape names its rule, a term is the user's own: both shown as they are).
        const evidence = result.cues.filter((cue) => /^"[^"]+" \+(why|how)$/.test(cue)).map((cue) => /^"([^"]+)"/.exec(cue)?.[1] ?? '');
        const tokens = tokenize(text, language); // Read in place: some words are evidence only where they stand as a verb.
        for (const words of evidence) {
          const span = words.split(' ');
          const shownAt = tokens.some((_, at) => span.every((word, offset) => tokens[at + offset]?.word === word)
            && hasShownWord(tokens, at, at + span.length - 1));
          assert.ok(shownAt, `${language} "${words}" in: ${text}`);
        }
      }
      // Labelled sentences still name a reason (the rest are read as a whole, and the panel says so): holding back
      // the cues the third audit's judges rejected may cost at most 5 points of these samples' shares before it
      // (fe8fa37: en 53.6 %, de 50.8 %; after it en 50.1 %, de 46.7 %).
      const before = language === 'en' ? 0.536 : 0.508;
      assert.ok(withWordCue / labelled >= before - 0.05, `${language}: ${withWordCue} of ${labelled} labelled sentences show a word cue`);
    }
  });

  it('names the quiet families by a mask of one base-64 digit per six families, read without listing every family', () => {
    for (const [language, encoded, mask] of [['en', EN_LEMMAS, EN_QUIET_FAMILIES], ['de', DE_LEMMAS, DE_QUIET_FAMILIES]] as const) {
      const families = decodeLemmaTable(language, encoded).families;
      const named = families.filter((_, place) => ((digitValue(mask, Math.floor(place / 6)) >> (place % 6)) & 1) === 1);
      assert.deepEqual([...familiesInMask(encoded, mask)], named, language);
      assert.ok(named.length > 100, `${language}: ${named.length} quiet families`);
      // The mask is what the tagger bundle ships: a sixth of a digit per family, where two digits per named family were.
      assert.ok(mask.length <= Math.ceil(families.length / 6), `${language}: ${mask.length} digits for ${families.length} families`);
    }
    assert.deepEqual([...familiesInMask(';A0s|b|!c 0s||d|e', encodeFamilyMask([0, 2, 3]))], ['b', 'd', 'e'], 'the dictionary line, a not-evidence head and an empty line');
    assert.equal(encodeFamilyMask([0, 2, 3]), BASE64_DIGITS[0b1101]);
    assert.equal(encodeFamilyMask([7]), `A${BASE64_DIGITS[0b10] as string}`, 'a digit of none before the seventh family');
    assert.deepEqual([...familiesInMask('a|b|c|d|e|f|g|h', encodeFamilyMask([1, 6, 7]))], ['b', 'g', 'h'], 'across two digits');
    assert.deepEqual([...familiesInMask('a|b|c', '')], [], 'an empty mask names none');
  });

  it('changes what is shown, never a label or a score: the same sentences read the same without the quiet marks', () => {
    for (const [language, step] of [['en', 9], ['de', 5]] as const) {
      const texts = corpusSentences(language, step);
      const shipped = lemmaTable(language);
      const withMarks = texts.map((text) => createClassifier(language).classify(text));
      let quietShown = 0;
      try {
        useLemmaTable(withoutQuiet(shipped));
        const without = texts.map((text) => createClassifier(language).classify(text));
        texts.forEach((text, at) => {
          const a = withMarks[at] as SentenceClassification;
          const b = without[at] as SentenceClassification;
          assert.equal(a.label, b.label, text);
          assert.deepEqual(a.evidence, b.evidence, text);
          quietShown += wordCues(b).length - wordCues(a).length;
        });
      } finally {
        useLemmaTable(shipped);
      }
      // The marks take cues away (the test would pass vacuously if no form were quiet).
      assert.ok(quietShown > 0, `${language}: no cue was held back`);
    }
  });
});
