// The trends header's longest-streak line, as a person reads it in the sidebar.
import * as assert from 'node:assert/strict';
import { useL10n } from '../../../src/webview/language';
import { longestText } from '../../../src/webview/trends/header';

describe('webview: the trends header', () => {
  // English: the messages as written in the source.
  before(() => useL10n({ locale: 'en', bundle: null }));

  it('names one date for a one-day streak, a span for a longer one, nothing for none', () => {
    assert.equal(longestText({ length: 1, start: '2026-12-02', end: '2026-12-02' }), 'longest 1 day (Dec 2 2026)');
    assert.equal(longestText({ length: 3, start: '2026-11-30', end: '2026-12-02' }), 'longest 3 days (Nov 30 2026 – Dec 2 2026)');
    assert.equal(longestText({ length: 0, start: null, end: null }), '');
  });
});
