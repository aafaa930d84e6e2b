import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { escapeHtml } from '../../../src/core/text/escapeHtml';

function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}

describe('report: escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    assert.equal(escapeHtml(`<img src=x onerror=alert(1)> & "q" 'a'`), '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;');
    assert.equal(escapeHtml('&lt;'), '&amp;lt;', 'an entity in the text stays text');
  });

  it('leaves no markup character and loses nothing, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const html = escapeHtml(text);
      assert.doesNotMatch(html, /[<>"']/);
      assert.equal(unescape(html), text);
    }));
  });
});
