import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { DRAFTED_END, DRAFTED_START } from '../../../src/core/entries/drafted';
import { entryPrivacy, isPrivateEntry } from '../../../src/core/entries/privateEntry';

const HEAD = '---\ndate: 2026-11-23\nkind: daily\n';

describe('entries: the private marker', () => {
  it('reads private: true (and yes, on, in any case) from the front matter', () => {
    for (const value of ['true', 'True', 'TRUE', 'yes', 'on', '"yes"']) {
      assert.deepEqual(entryPrivacy(`${HEAD}private: ${value}\n---\n\nBody.\n`), { isPrivate: true, because: ['front-matter'] }, value);
    }
    for (const value of ['false', 'no', '', '"maybe"', '0', '[true]']) {
      assert.equal(isPrivateEntry(`${HEAD}private: ${value}\n---\n\nBody.\n`), false, value);
    }
    assert.equal(isPrivateEntry('No front matter at all.\n'), false);
    assert.equal(isPrivateEntry(`${HEAD}---\n\nprivate: true\n`), false, 'a body line is not front matter');
  });

  it('reads a #private tag as a word of its own in the body', () => {
    for (const body of ['#private', 'A hard talk with Sam. #private', '(#private)', 'notes: #PRIVATE.', '- [ ] call Ana #commit #private', '#private#private']) {
      assert.deepEqual(entryPrivacy(`${HEAD}---\n\n${body}\n`), { isPrivate: true, because: ['tag'] }, body);
    }
    for (const body of ['#privateer', '#private-notes', 'a#private', '\\#private', '[x](notes.md#private)', 'private', '# private']) {
      assert.equal(isPrivateEntry(`${HEAD}---\n\n${body}\n`), false, body);
    }
  });

  it('ignores the tag in code, in front matter comments and in drafted blocks', () => {
    assert.equal(isPrivateEntry(`${HEAD}---\n\n\`#private\` is how you mark one.\n`), false);
    assert.equal(isPrivateEntry(`${HEAD}---\n\n\`\`\`\n#private\n\`\`\`\n`), false);
    assert.equal(isPrivateEntry(`${HEAD}# #private\n---\n\nBody.\n`), false);
    assert.equal(isPrivateEntry(`${HEAD}---\n\n${DRAFTED_START}\n- [ ] call Ana #private\n${DRAFTED_END}\n\nMine.\n`), false);
    assert.equal(isPrivateEntry(`${HEAD}---\n\n${DRAFTED_START}\n#private\n`), true, 'an unclosed drafted block is the user\'s text');
  });

  it('is private when either says so, even if the other disagrees', () => {
    assert.deepEqual(entryPrivacy(`${HEAD}private: false\n---\n\n#private\n`), { isPrivate: true, because: ['tag'] });
    assert.deepEqual(entryPrivacy(`${HEAD}private: true\n---\n\n#private\n`), { isPrivate: true, because: ['front-matter', 'tag'] });
  });

  it('reads a private: line from front matter the YAML reader refuses, CRLF and BOM included', () => {
    assert.equal(isPrivateEntry(`${HEAD}people: [unclosed\nprivate: true\n---\n\nBody.\n`), true);
    assert.equal(isPrivateEntry(`${HEAD}people: [unclosed\nprivate: false\n---\n\nBody.\n`), false);
    assert.equal(isPrivateEntry(`\uFEFF---\r\ndate: 2026-11-23\r\nprivate: true\r\n---\r\n\r\nBody.\r\n`), true);
    assert.equal(isPrivateEntry(`\uFEFF---\r\ndate: 2026-11-23\r\n---\r\n\r\nSee #private\r\n`), true);
  });

  it('never throws, and a tag appended on its own line always marks an entry without open code', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      entryPrivacy(text);
      if (!text.includes('`') && !text.includes('~') && !text.includes('<!--') && !text.startsWith('---') && !text.startsWith('\uFEFF---')) {
        assert.equal(isPrivateEntry(`${text}\n#private\n`), true);
      }
    }));
  });
});
