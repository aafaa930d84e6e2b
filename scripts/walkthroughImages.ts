/// <reference lib="dom" />
// Makes the walkthrough's pictures (media/walkthrough/*.webp) from real screenshots of the product:
// the E2E test test/e2e/walkthrough.e2e.ts saves them as .e2e-artifacts/screenshots/walkthrough-src-*.png.
// Each is cropped to the part that matters, scaled to at most 800 px wide, and saved as WebP at quality
// 0.8 (10–35 KB each, to keep the VSIX small: JPEG at 0.85 was 22–58 KB for the same pictures) with the
// Chromium the E2E tier uses; VS Code's walkthrough and the README show WebP as any image. Run: npx mocha --no-config --import=tsx --timeout 120000
// test/e2e/walkthrough.e2e.ts, then npx tsx scripts/walkthroughImages.ts, and look at the results.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './vscodePaths';

/** Each picture and the part of the 1400×850 workbench it shows (x, y, width, height). */
const PICTURES: readonly (readonly [name: string, crop: readonly [number, number, number, number]])[] = [
  ['journal-folder', [140, 100, 1120, 420]], // The Settings editor with the setting.
  ['first-entry', [352, 36, 1048, 560]], // The new entry.
  ['tags', [352, 36, 1048, 600]], // The tagged entry beside its explanation.
  ['trends', [352, 36, 1048, 600]], // The trends view.
];
const WIDTH = 800;
/** WebP quality: text in the pictures stays sharp at 800 px; lower shows blocks around it. */
const QUALITY = 0.8;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    mkdirSync(join(repoRoot, 'media', 'walkthrough'), { recursive: true });
    for (const [name, crop] of PICTURES) {
      const png = readFileSync(join(repoRoot, '.e2e-artifacts', 'screenshots', `walkthrough-src-${name}.png`)).toString('base64');
      const webp = await page.evaluate(async ({ data, width, crop: [x, y, w, h], QUALITY }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = Math.min(width, w);
        canvas.height = Math.round((h * canvas.width) / w);
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.imageSmoothingQuality = 'high';
        context.drawImage(image, x, y, w, h, 0, 0, canvas.width, canvas.height);
        return canvas.toDataURL('image/webp', QUALITY).split(',')[1] as string;
      }, { data: png, width: WIDTH, crop, QUALITY });
      const out = join(repoRoot, 'media', 'walkthrough', `${name}.webp`);
      writeFileSync(out, Buffer.from(webp, 'base64'));
      console.log(`wrote ${out}`);
    }
  } finally {
    await browser.close();
  }
}

void main();
