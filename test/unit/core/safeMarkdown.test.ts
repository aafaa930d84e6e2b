import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { RENDER_ALIAS } from '../../../scripts/taggerAlias';
import { renderSafeMarkdown } from '../../../src/core/text/safeMarkdown';

describe('safe Markdown for the preview panels', () => {
  it('renders headings, tables and emphasis like a Markdown preview', () => {
    const html = renderSafeMarkdown('# Week\n\n| A | B |\n| --- | ---: |\n| 1 | *2* |\n');
    assert.match(html, /<h1>Week<\/h1>/);
    assert.match(html, /<table>/);
    assert.match(html, /<td style="text-align:right"><em>2<\/em><\/td>/);
  });

  it('shows raw HTML from an entry as text, never as markup', () => {
    const html = renderSafeMarkdown('<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there\n');
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('keeps a link’s address only when the caller resolves it', () => {
    const resolve = (href: string): string | undefined => (href.endsWith('.md') ? `command:open?${encodeURIComponent(href)}` : undefined);
    const html = renderSafeMarkdown('[entry](../02/2026-02-23.md) and [evil](command:workbench.action.quit) and [js](javascript:alert(1))', { link: resolve });
    assert.match(html, /<a href="command:open\?..%2F02%2F2026-02-23.md" title="..\/02\/2026-02-23.md">entry<\/a>/);
    assert.doesNotMatch(html, /workbench\.action\.quit"|href="javascript/);
    assert.match(html, /<a class="unresolved">evil<\/a>/);
  });

  it('gives no link an address without a resolver, and loads no image', () => {
    const html = renderSafeMarkdown('[a](https://example.com) ![a chart](https://example.com/x.png)');
    assert.doesNotMatch(html, /href=|<img/);
    assert.match(html, /<span class="image-alt">a chart<\/span>/);
  });

  it('draws task items as disabled checkboxes, each labelled by its text', () => {
    const html = renderSafeMarkdown('- [ ] call Ana\n- [x] send the plan\n- plain\n- [ ] \n- [ ] read [the plan](plan.md)\n');
    assert.match(html, /<li class="task-item"><label class="task-label"><input type="checkbox" class="task-box" disabled> call Ana<\/label><\/li>/);
    assert.match(html, /<li class="task-item"><label class="task-label"><input type="checkbox" class="task-box" disabled checked> send the plan<\/label><\/li>/);
    assert.match(html, /<li>plain<\/li>/);
    assert.match(html, /<li class="task-item"><input type="checkbox" class="task-box" disabled aria-hidden="true"> <\/li>/,
      'an empty task, as a review leaves it: nothing to label it, so hidden from a screen reader');
    assert.match(html, /<label class="task-label"><input type="checkbox" class="task-box" disabled> read <a class="unresolved">the plan<\/a><\/label>/);
  });
});

describe('safe Markdown: comments', () => {
  it('hides lines that are only an HTML comment, like the drafted-block markers, and nothing else', () => {
    const html = renderSafeMarkdown('<!-- leadership-journal:drafted -->\r\n\r\nText <!-- inline --> here\n\n<!-- /leadership-journal:drafted -->\n');
    assert.doesNotMatch(html, /leadership-journal:drafted/);
    assert.match(html, /<p>Text &lt;!-- inline --&gt; here<\/p>/);
  });
});

describe('safe Markdown as dist/render.js bundles it (linkify-it swapped for a stand-in, scripts/taggerAlias.ts)', () => {
  it('renders addresses in text as text, as the unbundled renderer does, without calling the stand-in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lj-render-'));
    try {
      const outfile = join(dir, 'render.js');
      const result = await esbuild.build({
        entryPoints: ['src/extension/webviews/renderBundle.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
        logLevel: 'silent', absWorkingDir: join(__dirname, '..', '..', '..'), alias: { ...RENDER_ALIAS }, metafile: true,
      });
      assert.ok(!Object.keys(result.metafile.inputs).some((input) => input.includes('node_modules/linkify-it')), 'linkify-it is left out');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const bundled = require(outfile) as { renderMarkdown: typeof renderSafeMarkdown };
      const text = 'See https://example.com/a?b=1 and www.example.org, or mail ana@example.com.\n\n- [ ] ask **why** at https://x.test\n';
      assert.equal(bundled.renderMarkdown(text), renderSafeMarkdown(text));
      assert.doesNotMatch(bundled.renderMarkdown(text), /<a /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
