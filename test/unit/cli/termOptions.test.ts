// `--why-term` and `--how-term` as a user types them to `classify` and to `tag`: repeatable, each
// adding the next argument to its side, and a clear usage error when the term is missing.
import * as assert from 'node:assert/strict';
import { parseClassifyArgs } from '../../../src/cli/classify';
import { parseTagArgs } from '../../../src/cli/tag';

describe('cli: the term options of classify and tag', () => {
  const args = ['--why-term', 'north star', 'entry.md', '--how-term', 'burndown', '--why-term', 'purpose'];

  it('adds each term to its side, in order, for both commands', () => {
    const expected = { whyTerms: ['north star', 'purpose'], howTerms: ['burndown'] };
    const classify = parseClassifyArgs(args);
    const tag = parseTagArgs(args);
    assert.ok(typeof classify !== 'string' && typeof tag !== 'string');
    assert.deepEqual(classify.options, expected);
    assert.deepEqual(classify.files, ['entry.md']);
    assert.deepEqual(tag.options, expected);
    assert.deepEqual(tag.files, ['entry.md']);
  });

  it('says which option needs a term when it ends the line', () => {
    assert.equal(parseClassifyArgs(['entry.md', '--how-term']), '--how-term needs a term');
    assert.equal(parseTagArgs(['entry.md', '--why-term']), '--why-term needs a term');
  });
});
