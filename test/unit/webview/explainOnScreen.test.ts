// The Explain Tags panel draws a state only when it differs from what is on screen: the host sends
// the same state on save, on the change on disk and on the tag write, and each needless redraw
// could swallow a click on a "Line n" link.
import * as assert from 'node:assert/strict';
import { explainTags } from '../../../src/core/tagger/explanation';
import { createTagger } from '../../../src/core/tagger/tagger';
import type { ExplainStateMessage } from '../../../src/webview/explainProtocol';
import { OnScreen } from '../../../src/webview/explain/onScreen';

function state(text: string, dirty = false): ExplainStateMessage {
  return {
    type: 'explain', entry: 'file:///journal/2026/11/2026-11-23.md', name: '2026-11-23.md', status: 'ready', keepContent: true, dirty,
    explanation: explainTags(createTagger().tag(text)),
  };
}

describe('the Explain Tags panel: what is on screen', () => {
  const text = 'I explained why the change matters. I booked the room and set the budget.\n';

  it('draws the first state, and the same state sent again (a new object) not again', () => {
    const screen = new OnScreen();
    assert.equal(screen.differs('en', state(text)), true);
    assert.equal(screen.differs('en', state(text)), false);
    assert.equal(screen.differs('en', state(text)), false);
  });

  it('draws again when the text, the unsaved mark or the language changes', () => {
    const screen = new OnScreen();
    screen.differs('en', state(text));
    assert.equal(screen.differs('en', state(`${text}I thanked Joe for leading the first week.\n`)), true, 'a new sentence');
    assert.equal(screen.differs('en', state(`${text}I thanked Joe for leading the first week.\n`, true)), true, 'marked unsaved');
    assert.equal(screen.differs('de', state(`${text}I thanked Joe for leading the first week.\n`, true)), true, 'in German');
  });

  it('draws the state again after a failure banner replaced it', () => {
    const screen = new OnScreen();
    screen.differs('en', state(text));
    screen.forget();
    assert.equal(screen.differs('en', state(text)), true);
  });
});
