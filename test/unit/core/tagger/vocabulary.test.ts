// One vocabulary: every trap, function, style and entry label the product names has one English name,
// meaning and side in src/core/tagger/vocabulary.ts, and the extension's translation of those names
// (what the views and the German bundle read) says the same in English.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANAGING_TRAPS } from '../../../../src/core/tagger/entryLabel';
import { ENTRY_LABELS, FUNCTION_IDS, LEADING_FUNCTIONS, STYLE_IDS, TRAP_IDS, type FunctionId, type StyleId, type TrapId } from '../../../../src/core/tagger/types';
import {
  ENTRY_LABEL_TERMS, FUNCTIONS, functionName, STYLES, styleName, trapName, TRAPS,
} from '../../../../src/core/tagger/vocabulary';
import { translatedVocabulary, type Translator } from '../../../../src/core/tagger/translatedVocabulary';
import { vocabularyKeyStrings } from '../../../../src/webview/vocabularyStrings';

const identity = { t: (message: string) => message } as unknown as Translator;

describe('the vocabulary', () => {
  it('names and explains every id, once', () => {
    const terms = [...TRAP_IDS.map((id) => TRAPS[id]), ...FUNCTION_IDS.map((id) => FUNCTIONS[id]), ...STYLE_IDS.map((id) => STYLES[id]), ...ENTRY_LABELS.map((id) => ENTRY_LABEL_TERMS[id])];
    assert.equal(terms.length, 18);
    for (const term of terms) {
      assert.match(term.name, /^[A-Z]/, term.name);
      assert.match(term.meaning, /^[a-z]/, term.meaning);
    }
    assert.equal(new Set(terms.map((term) => term.name)).size, terms.length, 'no two ids share a name');
  });

  it('puts the leading functions on the leading side and the manager\'s traps on the managing side', () => {
    assert.deepEqual(FUNCTION_IDS.filter((id) => FUNCTIONS[id].side === 'leading'), LEADING_FUNCTIONS);
    assert.deepEqual([...MANAGING_TRAPS].sort(), ['taskmaster-manager', 'visionless-manager']);
    assert.equal(ENTRY_LABEL_TERMS.why.side, 'leading');
    assert.equal(ENTRY_LABEL_TERMS.how.side, 'managing');
  });

  it('gives an id from a newer tagger a readable name', () => {
    assert.equal(trapName('taskmaster-manager'), 'Taskmaster manager');
    assert.equal(trapName('meeting-hoarder' as TrapId), 'Meeting hoarder');
    assert.equal(functionName('organising'), 'Organising');
    assert.equal(functionName('forecasting' as FunctionId), 'Forecasting');
    assert.equal(styleName('coaching'), 'Coaching');
    assert.equal(styleName('mentoring' as StyleId), 'Mentoring');
  });

  it('is what the extension translates, in English word for word', () => {
    const english = translatedVocabulary(identity);
    for (const id of TRAP_IDS) {
      assert.deepEqual(english.traps[id], { name: TRAPS[id].name, meaning: TRAPS[id].meaning }, id);
    }
    for (const id of FUNCTION_IDS) {
      assert.equal(english.functions[id].name, FUNCTIONS[id].name, id);
    }
    for (const id of STYLE_IDS) {
      assert.equal(english.styles[id].name, STYLES[id].name, id);
    }
  });

  it('has a German name for every name the views show', () => {
    const german = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    const strings = vocabularyKeyStrings({ t: (message: string) => german[message] ?? `untranslated: ${message}` } as unknown as Translator);
    assert.equal(Object.keys(strings).length, 18);
    assert.equal(strings.trapTaskmasterManager, 'Antreiber-Manager');
    assert.deepEqual(Object.values(strings).filter((text) => text.startsWith('untranslated')), []);
  });
});
