import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { minimalEdit } from '../../../src/core/text/minimalEdit';

function apply(before: string, after: string): string {
  const edit = minimalEdit(before, after);
  return edit ? before.slice(0, edit.start) + edit.text + before.slice(edit.end) : before;
}

describe('minimalEdit', () => {
  it('replaces only the part that differs', () => {
    assert.deepEqual(minimalEdit('---\nwhy: 0.5\n---\nbody\n', '---\nwhy: 0.72\n---\nbody\n'), { start: 11, end: 12, text: '72' });
    assert.equal(minimalEdit('same', 'same'), undefined);
  });

  it('never splits a CRLF or a surrogate pair', () => {
    const edit = minimalEdit('a\r\nb', 'a\nb');
    assert.ok(edit);
    assert.equal(apply('a\r\nb', 'a\nb'), 'a\nb');
    const emoji = minimalEdit('x😀y', 'x😁y');
    assert.ok(emoji && emoji.start <= 1 && emoji.end >= 3);
  });

  it('always turns the old text into the new one', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => apply(a, b) === b));
  });
});
