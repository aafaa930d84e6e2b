// The review's words in English and German: every practice and trap said in both, and the names of
// traps, functions, styles and sides the core vocabulary's in each language (whose German the German
// views show too, l10n/bundle.l10n.de.json), so a German review and the Trends view never name one
// thing two ways.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REVIEW_WORDS } from '../../../../src/core/reflect/reviewWords';
import { FUNCTION_IDS, STYLE_IDS, TRAP_IDS } from '../../../../src/core/tagger/types';
import { FUNCTIONS, STYLES, TRAPS } from '../../../../src/core/tagger/vocabulary';

const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;

describe('reflect: the review words', () => {
  it('names traps, functions, styles and sides in German as the German views do', () => {
    const german = REVIEW_WORDS.de;
    for (const id of TRAP_IDS) {
      assert.equal(german.trapName(id), bundle[TRAPS[id].name], id);
      assert.ok(german.reasonTrap(german.week, id).includes(`*${bundle[TRAPS[id].name]}*`), id);
    }
    for (const id of FUNCTION_IDS) {
      const side = bundle[FUNCTIONS[id].side];
      assert.equal(german.missingFunction(id), `- **${bundle[FUNCTIONS[id].name]}** (${side}): ${bundle[FUNCTIONS[id].meaning]}`, id);
    }
    for (const id of STYLE_IDS) {
      assert.ok(german.styleMismatch(id, 'delegating').startsWith(`**${bundle[STYLES[id].name]}** eingesetzt`), id);
    }
    assert.ok(german.reasonLean(german.week, 'period', 'why').endsWith(`zum ${bundle.Why} neigte.`));
    assert.equal(german.functionsIntro, bundle[REVIEW_WORDS.en.functionsIntro]);
  });

  it('names English traps and functions from the core vocabulary', () => {
    for (const id of TRAP_IDS) {
      assert.equal(REVIEW_WORDS.en.trapName(id), TRAPS[id].name);
    }
    assert.equal(REVIEW_WORDS.en.missingFunction('direction'), `- **Direction** (leading): ${FUNCTIONS.direction.meaning}`);
  });

  it('writes every practice and a different text in each language', () => {
    for (const language of ['en', 'de'] as const) {
      for (const practice of Object.values(REVIEW_WORDS[language].practices)) {
        assert.ok(practice.name.trim() !== '' && practice.howTo.trim() !== '');
      }
    }
    const texts = (language: 'en' | 'de'): string[] => Object.values(REVIEW_WORDS[language]).filter((value): value is string => typeof value === 'string');
    const same = texts('de').filter((text) => texts('en').includes(text));
    assert.deepEqual(same, [], 'nothing left in English');
  });

  it('writes German shares with a space before the percent sign, as the German Time section does', () => {
    assert.equal(REVIEW_WORDS.de.percent(0.44), '44 %');
    assert.equal(REVIEW_WORDS.en.percent(0.44), '44%');
    assert.equal(REVIEW_WORDS.de.percent(null), '—');
  });
});
