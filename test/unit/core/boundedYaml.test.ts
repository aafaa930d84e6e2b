import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFrontMatter } from '../../../src/core/entries/frontMatter';
import { parsePeopleFile } from '../../../src/core/reflect/peopleFile';
import { FRONT_MATTER_LIMITS, MAX_ALIASES, parseBoundedYaml, yamlData } from '../../../src/core/text/boundedYaml';

const ROOT = join(__dirname, '..', '..', '..');

describe('bounded YAML', () => {
  it('parses ordinary YAML as the library does', () => {
    const parsed = parseBoundedYaml('a: 1\nb: [x, y]\nc: {d: e}\n', FRONT_MATTER_LIMITS);
    assert.ok(parsed.ok);
    const data = yamlData(parsed.doc);
    assert.deepEqual(data.ok && data.value, { a: 1, b: ['x', 'y'], c: { d: 'e' } });
  });

  it('refuses text longer than the bound without parsing it', () => {
    const parsed = parseBoundedYaml(`a: ${'x'.repeat(FRONT_MATTER_LIMITS.maxChars)}`, FRONT_MATTER_LIMITS);
    assert.ok(!parsed.ok);
    assert.equal(parsed.problem.kind, 'limit');
    assert.match(parsed.problem.message, /at most 16 KB is read/);
  });

  it('reads 32 levels of nesting and refuses 33, in every kind of collection', () => {
    for (const [open, close] of [['[', ']'], ['{', '}'], ['- ', ''], ['? ', '']] as const) {
      assert.ok(parseBoundedYaml(`${open.repeat(32)}${close.repeat(32)}`, FRONT_MATTER_LIMITS).ok, `${open} × 32`);
      const deep = parseBoundedYaml(`${open.repeat(33)}${close.repeat(33)}`, FRONT_MATTER_LIMITS);
      assert.ok(!deep.ok && /nests more than 32 levels/.test(deep.problem.message), `${open} × 33`);
    }
    let indented = '';
    for (let level = 0; level < 40; level++) {
      indented += `${' '.repeat(level)}k${level}:\n`;
    }
    assert.ok(!parseBoundedYaml(indented, FRONT_MATTER_LIMITS).ok, 'block maps by indentation');
  });

  it(`refuses more than ${MAX_ALIASES} aliases, whose resolution walks the whole document each`, () => {
    const many = `a: &a x\n${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `k${i}: *a\n`).join('')}`;
    const parsed = parseBoundedYaml(many, FRONT_MATTER_LIMITS);
    assert.ok(!parsed.ok && /more than 100 aliases/.test(parsed.problem.message));
    assert.ok(parseBoundedYaml(`a: &a x\nb: *a\n`, FRONT_MATTER_LIMITS).ok);
  });

  it('gives the first error of invalid YAML, with its offset, and never throws', () => {
    const parsed = parseBoundedYaml('a: 1\nb: }}\n', FRONT_MATTER_LIMITS);
    assert.ok(!parsed.ok);
    assert.equal(parsed.problem.kind, 'invalid');
    assert.equal(parsed.problem.offset, 8);
    const dangling = parseBoundedYaml('a: *nowhere\n', FRONT_MATTER_LIMITS);
    assert.ok(!dangling.ok || !yamlData(dangling.doc).ok);
  });

  it('says why front matter and people.yml were not read', () => {
    const deep = readFrontMatter(`---\n${'{'.repeat(1000)}\n---\nbody\n`);
    assert.deepEqual(deep, { ok: false, reason: 'front matter not read: it nests more than 32 levels deep' });
    assert.match(readFrontMatter('---\na: }}\n---\n').ok ? '' : 'invalid YAML in front matter', /invalid YAML in front matter/);
    const people = parsePeopleFile(`${'['.repeat(2000)}${']'.repeat(2000)}`);
    assert.deepEqual(people.people, []);
    assert.match(people.problems[0]?.message ?? '', /^people\.yml not read: it nests more than 32 levels deep\./);
    const broken = parsePeopleFile('Ana: [ana\nSam: }}\n');
    assert.equal(broken.problems.length, 1);
    assert.ok((broken.problems[0]?.line ?? 0) >= 1);
  });

  it('never aborts the process on deeply nested input read more than once (issue #18: exit 134)', function () {
    this.timeout(60_000); // A fresh Node with tsx: 2 s on a quiet machine, 9 s seen on a busy one.
    // In a child process, because what this guards against is V8 ending the process with
    // "FATAL ERROR: RegExpCompiler Allocation failed", which no test can catch.
    const script = `
      const { readFrontMatter, updateFrontMatter } = require('./src/core/entries/frontMatter.ts');
      const { parsePeopleFile } = require('./src/core/reflect/peopleFile.ts');
      for (let round = 0; round < 2; round++) {
        for (const open of ['{', '[', '- ', '? ']) {
          const front = '---\\n' + open.repeat(1000) + '\\n---\\nbody\\n';
          readFrontMatter(front);
          updateFrontMatter(front, { tags: ['why'] });
        }
        parsePeopleFile('['.repeat(2000) + ']'.repeat(2000));
      }
      process.stdout.write('survived');`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(out, 'survived');
  });
});
