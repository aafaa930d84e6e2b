import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { readFrontMatter } from '../../../src/core/entries/frontMatter';
import { readSimpleFrontMatter } from '../../../src/core/entries/simpleFrontMatter';

/** What the yaml library reads, the way readFrontMatter asks it. */
function library(yaml: string): unknown {
  const doc = parseDocument(yaml, { uniqueKeys: false });
  try {
    return doc.errors.length > 0 ? 'error' : doc.toJS() ?? {};
  } catch {
    return 'error';
  }
}

const KEYS = ['date', 'kind', 'people', 'tags', 'why', 'how', 'functions', 'style', 'traps', 'week', 'tags-pinned', 'my_key', 'Title', '__proto__', 'a b', '1st', ''];
const VALUES = [
  '', '2026-11-23', '2026-W48', 'daily', 'one-on-one', 'Ana María', 'Sam Lee', 'O\'Brien', '"quoted"', 'a: b', 'x # c', '0.72', '1', '0', '-3', '007', '1e3', '0x1F', '.5', '1.', '+1',
  'true', 'false', 'True', 'FALSE', 'null', 'Null', '~', 'yes', 'no', 'on', 'nan', '.inf', 'NaN', '10:30', 'a  b', 'trailing.', '12 apples', '1 2', '2026-11-23T10:00',
  '[]', '[why]', '[why, how]', '[Ana, Sam Lee]', '[direction, motivation, planning]', '[1, 2]', '[a, [b]]', '[a,]', '[,]', '[a', 'a]', '{a: 1}', '- x', '&anchor x', '*alias', '!tag x', '|', '>',
  'Ünïcödé', 'über-team', 'a/b', 'x@y.z', '😀',
];

describe('the simple front matter fast path', () => {
  it('reads the product\'s own front matter without the library, exactly as the library does', () => {
    const yaml = 'date: 2026-11-23\nkind: daily\npeople: [Ana María, Sam Lee]\ntags: [why]\nwhy: 0.72\nhow: 0.28\nfunctions: [direction, planning]\nstyle: null\ntraps: []\ntags-pinned: true\nweek: 2026-W48\n';
    const fast = readSimpleFrontMatter(yaml);
    assert.ok(fast, 'the fast path takes it');
    assert.deepEqual(fast, library(yaml));
  });

  it('answers what the library answers, or leaves it to the library (property)', () => {
    const line = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), fc.constantFrom(': ', ':', ' : ', ':  '))
      .map(([key, value, sep]) => `${key}${sep}${value}`);
    const extra = fc.constantFrom('', '# a comment', '  indented: 1', '- item', '---', '\t', 'key:value');
    fc.assert(fc.property(fc.array(fc.oneof(line, line, line, extra), { maxLength: 8 }), fc.boolean(), (lines, crlf) => {
      const yaml = lines.join(crlf ? '\r\n' : '\n');
      const fast = readSimpleFrontMatter(yaml);
      if (fast !== undefined) {
        assert.deepEqual(fast, library(yaml), JSON.stringify(yaml));
      }
    }), { numRuns: 3000 });
  });

  it('gives readFrontMatter the same data either way', () => {
    for (const value of VALUES) {
      const text = `---\ndate: 2026-11-23\nx: ${value}\n---\nBody\n`;
      const read = readFrontMatter(text);
      const expected = library(`date: 2026-11-23\nx: ${value}\n`);
      if (expected === 'error' || expected === null || typeof expected !== 'object' || Array.isArray(expected)) {
        assert.equal(read.ok, false, value);
      } else {
        assert.ok(read.ok, value);
        assert.deepEqual(read.data, expected, value);
      }
    }
  });
});
