// What the webviews pass to `setState` (VS Code writes it in plain to its own storage): a plain
// journal's last state with the choices, an encrypted journal's choices only (issue #17: no names,
// titles or sentences of an encrypted journal in plain on disk); and what is read back.
import * as assert from 'node:assert/strict';
import { explainTags } from '../../../src/core/tagger/explanation';
import { createTagger } from '../../../src/core/tagger/tagger';
import type { ExplainStateMessage } from '../../../src/webview/explainProtocol';
import type { L10nMessage } from '../../../src/webview/l10nProtocol';
import { persistedExplain, readSavedExplain, savedEntry } from '../../../src/webview/explain/savedState';
import { persistedState, readSavedState, type SavedState } from '../../../src/webview/trends/savedState';
import { generateJournal, readyState, XSS_PERSON, XSS_TITLE } from '../../webview/fixtures';

const GERMAN: L10nMessage = { type: 'l10n', locale: 'de', bundle: { Trends: 'Trends' } };
const SENTENCE = 'I told Priya why the clinic merger matters for the patients we care for.';

function explained(keepContent: boolean): ExplainStateMessage {
  return {
    type: 'explain', entry: `${keepContent ? 'file:///w/journal' : 'ljencrypted://journal'}/2026/11/2026-11-23.md`, name: '2026-11-23.md',
    status: 'ready', keepContent, dirty: false, explanation: explainTags(createTagger().tag(`${SENTENCE}\n`)),
  };
}

describe('what the trends webview keeps with setState', () => {
  const plain = readyState(generateJournal({ years: 1 }), { granularity: 'week', periods: 13 });
  const choices = { l10n: GERMAN, view: { granularity: 'month', periods: 12 }, periods: { month: 12, week: 26 }, selectedKey: '2026-W47' } as const;

  it('keeps a plain journal\'s last state with the choices, and reads it back whole', () => {
    const saved: SavedState = { ...choices, last: plain };
    const kept = persistedState(saved);
    assert.deepEqual(kept, saved);
    assert.ok(JSON.stringify(kept).includes(XSS_PERSON) && JSON.stringify(kept).includes(XSS_TITLE), 'the fixture names a person and a title');
    assert.deepEqual(readSavedState(JSON.parse(JSON.stringify(kept))), saved);
  });

  it('keeps only the choices and the language of an encrypted journal\'s state', () => {
    const kept = persistedState({ ...choices, last: { ...plain, keepContent: false } });
    assert.deepEqual(kept, choices);
    assert.ok(!JSON.stringify(kept).includes(XSS_PERSON) && !JSON.stringify(kept).includes(XSS_TITLE));
  });

  it('keeps the choices alone before any state came', () => {
    assert.deepEqual(persistedState({ periods: {} }), { periods: {} });
  });

  it('drops a kept state saved before the host said whether it may be kept', () => {
    const older: Record<string, unknown> = { ...plain };
    delete older.keepContent;
    assert.equal(readSavedState({ ...choices, last: older }).last, undefined);
  });
});

describe('what the Explain Tags webview keeps with setState', () => {
  it('keeps a plain entry\'s last state, its URI and the language', () => {
    const state = explained(true);
    const kept = persistedExplain({ entry: state.entry, last: state, l10n: GERMAN });
    assert.deepEqual(kept, { entry: state.entry, last: state, l10n: GERMAN });
    assert.deepEqual(readSavedExplain(JSON.parse(JSON.stringify(kept))), kept);
  });

  it('keeps only an encrypted entry\'s URI and the language: no sentence', () => {
    const state = explained(false);
    const kept = persistedExplain({ entry: state.entry, last: state, l10n: GERMAN });
    assert.deepEqual(kept, { entry: 'ljencrypted://journal/2026/11/2026-11-23.md', l10n: GERMAN });
    assert.ok(!JSON.stringify(kept).includes('Priya'));
  });

  it('gives the host the entry to restore from, as kept now or by an earlier version (in its last state)', () => {
    assert.equal(savedEntry({ entry: 'ljencrypted://journal/2026/11/2026-11-23.md' }), 'ljencrypted://journal/2026/11/2026-11-23.md');
    assert.equal(savedEntry({ last: { entry: 'file:///w/journal/2026/11/2026-11-23.md' } }), 'file:///w/journal/2026/11/2026-11-23.md');
    for (const nothing of [undefined, null, 'file:///x.md', { entry: 7 }, { last: null }, { last: { entry: {} } }]) {
      assert.equal(savedEntry(nothing), undefined, JSON.stringify(nothing));
    }
  });
});
