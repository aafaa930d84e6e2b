import * as assert from 'node:assert/strict';
import { linkTarget } from '../../../src/core/journal/linkTarget';
import { relativeLink } from '../../../src/core/reflect/relativeLink';

describe('journal links: where a link in an entry points', () => {
  const from = '2026/03/2026-W11-review.md';

  it('resolves relative links against the file they are written in', () => {
    assert.deepEqual(linkTarget(from, '../02/2026-02-23.md'), { kind: 'entry', path: '2026/02/2026-02-23.md' });
    assert.deepEqual(linkTarget(from, '2026-03-12.md#why'), { kind: 'entry', path: '2026/03/2026-03-12.md' });
    assert.deepEqual(linkTarget(from, './sub/../2026-03-12.md'), { kind: 'entry', path: '2026/03/2026-03-12.md' });
    assert.deepEqual(linkTarget(from, '/2025/01/2025-01-06.md'), { kind: 'entry', path: '2025/01/2025-01-06.md' });
  });

  it('is the inverse of relativeLink, spaces, accents and parentheses included', () => {
    for (const to of ['2026/03/2026-03-10-1on1-ana-maría (2).md', 'people notes/ana.md', '2027/01/x.md']) {
      assert.deepEqual(linkTarget(from, relativeLink(from, to)), { kind: 'entry', path: to });
    }
  });

  it('refuses what leaves the journal, is not Markdown, or has an unsafe scheme', () => {
    for (const href of ['../../../etc/passwd.md', '../../../../x.md', 'notes.txt', '', '#top', '//host/x.md', 'command:workbench.action.quit', 'javascript:alert(1)', 'file:///etc/x.md', '%2e%2e/%2e%2e/%2e%2e/x.md', 'a%2Fb.md', '%E0%A4%A.md']) {
      assert.deepEqual(linkTarget(from, href), { kind: 'none' }, href);
    }
  });

  it('passes web and mail addresses through as external', () => {
    assert.deepEqual(linkTarget(from, 'https://example.com/a'), { kind: 'external', href: 'https://example.com/a' });
    assert.deepEqual(linkTarget(from, 'MAILTO:ana@example.com'), { kind: 'external', href: 'MAILTO:ana@example.com' });
  });
});
