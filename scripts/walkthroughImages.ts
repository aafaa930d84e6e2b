/// <reference lib="dom" />
// Makes the walkthrough's pictures (media/walkthrough/*.webp) from real screenshots of the product:
// the E2E test test/e2e/walkthrough.e2e.ts saves them as .e2e-artifacts/screenshots/walkthrough-src-*.png.
// Each is cropped to the part that matters and scaled to at most 800 px wide (about the width VS Code's
// walkthrough shows it at) by the Chromium the E2E tier uses, then saved by libwebp's `cwebp` (Debian
// package `webp`) as near-lossless WebP, level 20: no channel of a pixel moves more than 8 of 255 from
// the screenshot (Chromium's lossy WebP at quality 0.8 moved up to 157, around the edges of text), at
// 8–24 KB each, 63 KB for the four where the lossy ones were 95 KB; they ship in the VSIX, and WebP
// barely compresses in it. VS Code's walkthrough and the README show WebP as any image. Run:
// npx mocha --no-config --import=tsx --timeout 120000 test/e2e/walkthrough.e2e.ts, then
// npx tsx scripts/walkthroughImages.ts, and look at the results.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
/**
 * cwebp's near-lossless level (100 is lossless, 0 the most rounding): 20 lets a channel move at most
 * 8 of 255 (0.5 on average); 40 (at most 4) is 17 % larger, lossless 70–100 % larger.
 */
const NEAR_LOSSLESS = 20;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const scratch = mkdtempSync(join(tmpdir(), 'lj-walkthrough-'));
  try {
    const page = await browser.newPage();
    mkdirSync(join(repoRoot, 'media', 'walkthrough'), { recursive: true });
    for (const [name, crop] of PICTURES) {
      const png = readFileSync(join(repoRoot, '.e2e-artifacts', 'screenshots', `walkthrough-src-${name}.png`)).toString('base64');
      const scaled = await page.evaluate(async ({ data, width, crop: [x, y, w, h] }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = Math.min(width, w);
        canvas.height = Math.round((h * canvas.width) / w);
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.imageSmoothingQuality = 'high';
        context.drawImage(image, x, y, w, h, 0, 0, canvas.width, canvas.height);
        return canvas.toDataURL('image/png').split(',')[1] as string;
      }, { data: png, width: WIDTH, crop });
      const scaledFile = join(scratch, `${name}.png`);
      writeFileSync(scaledFile, Buffer.from(scaled, 'base64'));
      const out = join(repoRoot, 'media', 'walkthrough', `${name}.webp`);
      execFileSync('cwebp', ['-quiet', '-near_lossless', String(NEAR_LOSSLESS), '-z', '9', scaledFile, '-o', out]);
      console.log(`wrote ${out}`);
    }
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

void main();
