// The preview panels (a drafted review, a person's timeline: webviews/previewPanels.ts) in Chromium,
// without VS Code: Markdown rendered by the panels' own renderer (core/text/safeMarkdown.ts) in a
// page styled by media/review.css, in VS Code's theme variables (themes.ts). The panels run no
// script, so the page is the stylesheet and the HTML; axe-core checks it in every theme.
//
//   npx mocha --import=tsx test/webview/preview.webview.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { repoRoot } from '../../scripts/vscodePaths';
import { renderSafeMarkdown } from '../../src/core/text/safeMarkdown';
import { describeFindings, runAxe, seriousFindings } from '../support/axe';
import { launchBrowser } from '../e2e/support/workbench';
import { ARTIFACT_DIR } from './harness';
import { BODY_CLASS, MODERN_THEME_NAMES, THEME_NAMES, THEMES_2026, themeScript, type ThemeName } from './themes';

/** A review and a person page as the extension writes them, with every element review.css styles. */
const MARKDOWN = `# Week 2026-W48 review

> This review already existed: it is shown as it is.

## Why and how

| | This week | The four weeks before |
|---|---|---|
| Why | 48 % | 41 % |
| How | 52 % | 59 % |

- [x] Asked Priya what she wants to grow into
- [ ] Move the audit deadline, and tell the team why

## Priya Raman

Named in 4 entries, from 2026-11-02 to 2026-11-27.

- 2026-11-02 · [1:1 with Priya](2026/11/2026-11-02-1on1-priya.md) · 1:1 preparation · Coaching
- 2026-11-09 · [A link outside the journal](../../elsewhere.md) · Daily reflection
- ![a whiteboard photo](photo.png) and \`tags: [why]\`

\`\`\`
Next check-in: 2026-12-04
\`\`\`

---
`;

function pageHtml(theme: ThemeName): string {
  const css = readFileSync(join(repoRoot, 'media', 'review.css'), 'utf8');
  const body = renderSafeMarkdown(MARKDOWN, { link: (href) => (href.startsWith('2026/') ? `command:leadershipJournal.openEntryAt?${encodeURIComponent(JSON.stringify([href]))}` : undefined) });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Week 2026-W48 review</title><style>${css}</style></head>
<body class="${BODY_CLASS[theme]}"><script>${themeScript(theme)}</script><main>
<p class="banner" role="status">Drafted from 6 entries.</p>
${body}</main></body></html>`;
}

describe('preview panels (reviews, person pages)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  for (const theme of [...THEMES_2026, ...MODERN_THEME_NAMES, ...THEME_NAMES]) {
    it(`has no serious or critical axe-core findings in the ${theme} theme`, async () => {
      const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
      try {
        await page.setContent(pageHtml(theme));
        assert.equal(await page.getByRole('checkbox', { name: 'Asked Priya what she wants to grow into' }).isChecked(), true, 'a task box is named by its item');
        assert.equal(await page.locator('a.unresolved').count(), 1);
        const serious = seriousFindings(await runAxe(page));
        assert.equal(serious.length, 0, `axe-core, preview, ${theme}:\n${describeFindings(serious)}`);
        await page.screenshot({ path: join(ARTIFACT_DIR, `preview-${theme}.png`), fullPage: true });
      } finally {
        await page.close();
      }
    });
  }
});
