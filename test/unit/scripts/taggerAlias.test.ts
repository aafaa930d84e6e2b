import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { TAGGER_ALIAS } from '../../../scripts/taggerAlias';
import { createTagger } from '../../../src/core/tagger/tagger';

const ROOT = join(__dirname, '..', '..', '..');

/** An entry with what markdown-it would hand the stand-ins if it parsed inline text: emphasis by Unicode punctuation, entities, links. */
const ENTRY = [
  '---',
  'date: 2026-12-07',
  'kind: daily',
  '---',
  '',
  '# Monday — a *long* day',
  '',
  'I explained why the merger matters for our patients, «so that» the team sees the purpose &amp; the people.',
  '',
  '- I checked every slide of [the deck][deck] myself before it went out — again…',
  '- Ich habe erklärt, warum die Umstellung für unsere Kunden wichtig ist: „damit“ alle das Ziel sehen.',
  '',
  '[deck]: https://exämple.com/deck "The deck"',
  '',
].join('\n');

describe('the tagger bundle and markdown-it (scripts/taggerAlias.ts)', function () {
  this.timeout(60_000);

  it('carries markdown-it alone, none of the libraries it calls only for inline text and links, and tags as the tagger does', async () => {
    // As scripts/build.ts builds dist/tagger.js (without asciiOnly, which only rewrites the written file).
    const result = await esbuild.build({
      entryPoints: ['src/extension/tagging/taggerBundle.ts'],
      bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20',
      write: false, metafile: true, logLevel: 'silent', absWorkingDir: ROOT, alias: { ...TAGGER_ALIAS },
    });
    const packages = new Set(Object.keys(result.metafile.inputs).flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? []));
    assert.deepEqual([...packages], ['markdown-it']);

    const bundled = { exports: {} as { createTagger?: typeof createTagger } };
    // The bundle just built, run as Node runs the file.
    new Function('module', 'exports', 'require', result.outputFiles[0]?.text ?? '')(bundled, bundled.exports, require);
    const tag = bundled.exports.createTagger;
    assert.ok(tag, 'the bundle exports createTagger');
    assert.deepEqual(tag().tag(ENTRY), createTagger().tag(ENTRY));
  });
});
