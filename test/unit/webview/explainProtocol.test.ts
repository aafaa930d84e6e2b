// The Explain Tags panel's protocol: what the host accepts from the webview (a line number, never a
// path), the state it sends, and the panel's string table, which has every key the panel reads.
import * as assert from 'node:assert/strict';
import { explainTags } from '../../../src/core/tagger/explanation';
import { createTagger } from '../../../src/core/tagger/tagger';
import { isExplainStateMessage, isExplainWebviewMessage, type ExplainStateMessage } from '../../../src/webview/explainProtocol';
import { explainStrings } from '../../../src/webview/explain/strings';
import { useL10n } from '../../../src/webview/language';

function state(): ExplainStateMessage {
  return {
    type: 'explain', entry: 'file:///journal/2026/11/2026-11-23.md', name: '2026-11-23.md', status: 'ready', keepContent: true, dirty: false,
    explanation: explainTags(createTagger().tag('I explained why the change matters. I booked the room and set the budget.\n')),
  };
}

describe('the Explain Tags protocol', () => {
  it('accepts ready, openEntry and openLine with a whole line number, and nothing else', () => {
    assert.ok(isExplainWebviewMessage({ type: 'ready' }));
    assert.ok(isExplainWebviewMessage({ type: 'openEntry' }));
    assert.ok(isExplainWebviewMessage({ type: 'openLine', line: 12 }));
    for (const message of [
      null, 'ready', [], { type: 'openLine' }, { type: 'openLine', line: -1 }, { type: 'openLine', line: 1.5 },
      { type: 'openLine', line: '3' }, { type: 'openLine', line: Number.NaN }, { type: 'openPath', path: '/etc/passwd' },
      { type: 'run', command: 'workbench.action.terminal.new' },
    ]) {
      assert.equal(isExplainWebviewMessage(message), false, JSON.stringify(message));
    }
  });

  it('has an English string for every key the panel reads', () => {
    useL10n({ locale: 'en', bundle: null });
    const strings = explainStrings();
    for (const [key, text] of Object.entries(strings)) {
      assert.ok(text.trim() !== '', key);
    }
  });

  it('accepts the host\'s state and refuses a malformed one', () => {
    const good = state();
    assert.ok(isExplainStateMessage(good));
    assert.ok(isExplainStateMessage({ ...good, status: 'missing', message: 'gone', explanation: null }));
    assert.equal(isExplainStateMessage({ ...good, explanation: null }), false, 'ready needs an explanation');
    assert.equal(isExplainStateMessage({ ...good, dirty: 'no' }), false);
    const explanation = good.explanation;
    assert.ok(explanation);
    assert.equal(isExplainStateMessage({ ...good, explanation: { ...explanation, label: 'great' } }), false);
    assert.equal(isExplainStateMessage({ ...good, explanation: { ...explanation, sentences: [{ text: 1, line: 0, label: 'why', cues: [] }] } }), false);
    assert.equal(isExplainStateMessage({ ...good, explanation: { ...explanation, why: 2 } }), false);
    const withCue = (cue: unknown): unknown => ({ ...good, explanation: { ...explanation, sentences: [{ text: 'Three pallets left.', line: 0, label: 'how', cues: [cue] }] } });
    assert.ok(isExplainStateMessage(withCue({ kind: 'shape', words: 'three pallets left', side: 'how', shape: 'supply' })));
    assert.equal(isExplainStateMessage(withCue({ kind: 'shape', words: 'three pallets left', side: 'how', shape: 'hunch' })), false, 'a shape the panel cannot name');
    assert.equal(isExplainStateMessage(withCue({ kind: 'evidence', words: 'left', side: 'how', shape: 'supply' })), false, 'a shape on another kind of cue');
  });
});
