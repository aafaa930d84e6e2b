// Linear time of the reflection readers: commitments, @mentions, what the index keeps of an entry,
// and Search Journal's queries and text search. See test/support/linearTime.ts.
import * as assert from 'node:assert/strict';
import { commitmentKey, extractCommitments } from '../../src/core/reflect/commitments';
import { entryFacts } from '../../src/core/reflect/entryFacts';
import { extractMentions } from '../../src/core/reflect/mentions';
import { findInText } from '../../src/core/reflect/search';
import { parseQuery } from '../../src/core/reflect/searchQuery';
import { assertLinear, repeatTo } from '../support/linearTime';

describe('reflect: commitments in linear time', function () {
  this.timeout(60_000);


  const UNITS: Record<string, string> = {
    'commitment lines': '## Next\n- [ ] call Ana #commit\n',
    'backtick runs on one line': '`a``b```c #commit ',
    'punctuation before the end': '- [ ] a' + '.'.repeat(50) + 'b #commit\n',
    'one long line of dots': '.',
    'spaces in a heading': '# ' + ' '.repeat(30) + 'a',
    'open fences': '```\n',
    'items in both directions': '## What we agreed\n- They will:\n  - [ ] send it #they\n- I will: @sam call\n',
    'origin links': '- [ ] carried — [2026-03-02](a.md#L3 "lj:0123abcd")\n',
    'unclosed link labels before a title': '[' + 'a'.repeat(30) + '"lj:',
    'one long list item of brackets and titles': '[a](b "lj:',
    'deeper and deeper nesting': '- They will:\n' + '  ',
  };
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`grows linearly on ${name}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), extractCommitments);
    });
  }
  it('reads a long run of trailing punctuation in a key in linear time', () => {
    const start = performance.now();
    commitmentKey(`a${'.'.repeat(200_000)}b${'!'.repeat(200_000)}`);
    assert.ok(performance.now() - start < 2000);
  });
});

describe('reflect: mentions in linear time', function () {
  this.timeout(60_000);
  for (const unit of ['@a.', '@a-a.a_a', 'a@', '@', '@' + 'a.'.repeat(40) + ' ']) {
    it(`grows linearly on ${JSON.stringify(unit.slice(0, 12))}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), extractMentions);
    });
  }
  // Drafted blocks are blanked first, which leaves a line break every 25 characters or so; lines that
  // dense cost 1 ns a character at 256k and 17 at 1M (V8's heap regimes again: measured 2026-12-03,
  // flat from 1M to 8M), so these start at 1M.
  const drafted = '<!-- leadership-journal:drafted -->\n@a\n<!-- /leadership-journal:drafted -->\n';
  for (const unit of [drafted, '<!-- leadership-journal:drafted -->\n@a ']) {
    it(`grows linearly on drafted blocks (${JSON.stringify(unit.slice(-12))})`, async () => {
      await assertLinear((size) => repeatTo(unit, size), extractMentions, { small: 1_000_000 });
    });
  }
});

describe('reflect: what the index reads of an entry, in linear time', function () {
  this.timeout(60_000);
  for (const unit of ['- [ ] @a #commit\n', '`@a`', '```\n@a\n', '---\n', '@']) {
    it(`grows linearly on ${JSON.stringify(unit.slice(0, 16))}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), entryFacts);
    });
  }
});

describe('reflect: search queries in linear time', function () {
  this.timeout(120_000);
  // Search Journal parses the query on every keystroke: 256k `:` took two minutes.
  for (const unit of [':', 'a:', 'tag:', '"', '\u201C', 'a"b', 'from:2026-', 'person:"a ', '- [ ] ', '@', 'a:b']) {
    it(`a query grows linearly on ${JSON.stringify(unit)}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), parseQuery);
    });
  }
  const query = parseQuery('alpha "beta gamma" délégation').query;
  for (const unit of ['alpha ', 'beta\n', 'a', '\r\n', '"', 'délé']) {
    it(`the text search grows linearly on ${JSON.stringify(unit)}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), (text) => findInText(query, text));
    });
  }
});
