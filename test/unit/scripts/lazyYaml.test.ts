import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { lazyYaml } from '../../../scripts/lazyYaml';
import { readFrontMatter, updateFrontMatter } from '../../../src/core/entries/frontMatter';
import { parsePeopleFile } from '../../../src/core/reflect/peopleFile';

const ROOT = join(__dirname, '..', '..', '..');

describe('the lazily loaded yaml of the extension bundle', function () {
  this.timeout(30_000);
  let dir: string;
  type Probe = { readFrontMatter: typeof readFrontMatter; updateFrontMatter: typeof updateFrontMatter; parsePeopleFile: typeof parsePeopleFile };
  let probe: Probe;
  let loadedAtStart: boolean;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-lazy-yaml-'));
    const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: ROOT } as const;
    await esbuild.build({ ...common, entryPoints: ['src/extension/lazy/yamlBundle.ts'], outfile: join(dir, 'yaml.js') });
    await esbuild.build({
      ...common,
      stdin: {
        contents: "export { readFrontMatter, updateFrontMatter } from './src/core/entries/frontMatter';\nexport { parsePeopleFile } from './src/core/reflect/peopleFile';",
        resolveDir: ROOT,
        sourcefile: 'probe.ts',
        loader: 'ts',
      },
      outfile: join(dir, 'probe.js'),
      plugins: [lazyYaml],
    });
    const yamlPath = require.resolve(join(dir, 'yaml.js'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    probe = require(join(dir, 'probe.js')) as Probe;
    loadedAtStart = yamlPath in require.cache;
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the library out of the bundle and loads it only when front matter first needs it', () => {
    assert.doesNotMatch(readFileSync(join(dir, 'probe.js'), 'utf8'), /class Composer|YAMLParseError/);
    assert.equal(loadedAtStart, false);
    const yamlPath = require.resolve(join(dir, 'yaml.js'));
    // The product's own front matter is read without the library (entries/simpleFrontMatter.ts)…
    assert.deepEqual(probe.readFrontMatter('---\ndate: 2026-03-02\n---\nBody\n'), readFrontMatter('---\ndate: 2026-03-02\n---\nBody\n'));
    assert.equal(yamlPath in require.cache, false);
    // …a comment needs it.
    const commented = '---\ndate: 2026-03-02 # Monday\n---\nBody\n';
    assert.deepEqual(probe.readFrontMatter(commented), readFrontMatter(commented));
    assert.ok(yamlPath in require.cache);
  });

  it('reads, updates and parses exactly as the library itself does', () => {
    const entry = '---\ndate: 2026-03-02\n# mine\ncustom: [a, b]\n---\n\nBody stays.\n';
    assert.deepEqual(probe.updateFrontMatter(entry, { why: 0.5, tags: ['why'] }), updateFrontMatter(entry, { why: 0.5, tags: ['why'] }));
    assert.deepEqual(probe.readFrontMatter('---\n: bad: [\n---\n'), readFrontMatter('---\n: bad: [\n---\n'));
    const people = 'Ana María: [ana, ani]\nSam Lee: sam.lee\n';
    assert.deepEqual(probe.parsePeopleFile(people), parsePeopleFile(people));
  });
});
