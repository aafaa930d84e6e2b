// Renders media/icon/icon.svg to media/icon/icon.png (128×128, transparent corners) with the Debian
// Chromium the E2E tier uses: the Marketplace and VS Code want a PNG icon, and the SVG is the source.
// Run after editing the SVG: npx tsx scripts/renderIcon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './vscodePaths';

async function main(): Promise<void> {
  const svg = readFileSync(join(repoRoot, 'media', 'icon', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(join(repoRoot, 'media', 'icon', 'icon.png'), png);
    console.log(`wrote media/icon/icon.png (${png.length} bytes)`);
  } finally {
    await browser.close();
  }
}

void main();
