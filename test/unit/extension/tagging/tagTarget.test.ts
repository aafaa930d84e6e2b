// Which entry Explain Tags and Unpin Tags work on (tagging/tagTarget.ts): the URI the CodeLens hands
// in, the URI text the hover's link hands in, the active entry for anything else, nothing for text
// that is no URI; and Explain Tags explains only an entry in the journal folder.
import * as assert from 'node:assert/strict';
import { explainStart, tagTarget, type UriReader } from '../../../../src/extension/tagging/tagTarget';

/** A stand-in for vscode.Uri: parse throws on text with no scheme, as `Uri.parse(text, true)` does. */
class FakeUri {
  constructor(readonly text: string) {}
}
const URIS: UriReader<FakeUri> = {
  parse: (text) => {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
      throw new Error(`no scheme: ${text}`);
    }
    return new FakeUri(text);
  },
  is: (value): value is FakeUri => value instanceof FakeUri,
};

describe('extension: Explain Tags and Unpin Tags choose their entry (tagging/tagTarget.ts)', () => {
  it('takes the URI handed in, or the URI text of the hover\'s link', () => {
    const lens = new FakeUri('file:///journal/2026/11/2026-11-23.md');
    assert.deepEqual(tagTarget(lens, URIS), { kind: 'given', uri: lens });
    assert.deepEqual(tagTarget('ljencrypted://journal/2026/11/2026-11-23.md', URIS), { kind: 'given', uri: new FakeUri('ljencrypted://journal/2026/11/2026-11-23.md') });
  });

  it('works on the active entry when handed nothing it can read as an entry', () => {
    for (const handed of [undefined, null, 3, { path: '2026/11/2026-11-23.md' }, [new FakeUri('file:///a.md')]]) {
      assert.deepEqual(tagTarget(handed, URIS), { kind: 'active' }, JSON.stringify(handed));
    }
  });

  it('does nothing with text that is no URI', () => {
    for (const handed of ['', '2026/11/2026-11-23.md', 'not a uri']) {
      assert.deepEqual(tagTarget(handed, URIS), { kind: 'none' }, handed);
    }
  });

  it('explains an entry in the journal folder, says so for any other file, and does nothing without one', () => {
    const inJournal = (uri: FakeUri): boolean => uri.text.startsWith('file:///journal/');
    const entry = new FakeUri('file:///journal/2026/11/2026-11-23.md');
    assert.deepEqual(explainStart(entry, inJournal), { kind: 'explain', uri: entry });
    assert.deepEqual(explainStart(new FakeUri('file:///notes/todo.md'), inJournal), { kind: 'outside' });
    assert.deepEqual(explainStart(undefined, inJournal), { kind: 'nothing' });
  });
});
