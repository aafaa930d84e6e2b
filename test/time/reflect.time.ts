// Linear time of the reflection readers: commitments and @mentions. See test/support/linearTime.ts.
import * as assert from 'node:assert/strict';
import { commitmentKey, extractCommitments } from '../../src/core/reflect/commitments';
import { extractMentions } from '../../src/core/reflect/mentions';
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
});
