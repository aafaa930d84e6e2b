// What the CLI's `tag` prints as the lines that change (core/text/lineChange.ts).
import * as assert from 'node:assert/strict';
import { lineChange } from '../../../src/core/text/lineChange';

describe('line change', () => {
  it('is undefined for equal texts', () => {
    assert.equal(lineChange('a\nb\n', 'a\nb\n'), undefined);
  });

  it('names whole lines: a value changed within a line', () => {
    assert.deepEqual(lineChange('---\ntags: [how]\nwhy: 0\n---\n', '---\ntags: [why]\nwhy: 0\n---\n'), {
      line: 1, removed: ['tags: [how]'], added: ['tags: [why]'], diff: [{ kind: 'removed', text: 'tags: [how]' }, { kind: 'added', text: 'tags: [why]' }],
    });
  });

  it('shows an added line alone, not the unchanged line after it', () => {
    assert.deepEqual(lineChange('a\nc\n', 'a\nb\nc\n'), { line: 1, removed: [], added: ['b'], diff: [{ kind: 'added', text: 'b' }] });
    assert.deepEqual(lineChange('a\r\nc\r\n', 'a\r\nb\r\nc\r\n'), { line: 1, removed: [], added: ['b'], diff: [{ kind: 'added', text: 'b' }] });
  });

  it('shows a removed line and lines with lone CR ends', () => {
    assert.deepEqual(lineChange('a\rb\rc\r', 'a\rc\r'), { line: 1, removed: ['b'], added: [], diff: [{ kind: 'removed', text: 'b' }] });
  });

  it('pairs each changed line with its replacement and leaves unchanged lines between them out', () => {
    const change = lineChange('tags: [how]\nwhy: 0\ntraps: []\nend\n', 'tags: [why]\nwhy: 1\ntraps: []\ntags-hash: t1\nend\n');
    assert.deepEqual(change?.diff.map((line) => `${line.kind === 'removed' ? '-' : '+'} ${line.text}`), [
      '- tags: [how]', '- why: 0', '+ tags: [why]', '+ why: 1', '+ tags-hash: t1',
    ]);
  });
});
