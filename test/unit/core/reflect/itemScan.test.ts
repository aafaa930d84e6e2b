import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { GERMAN_ENTRY_KINDS } from '../../../../src/core/entries/germanKinds';
import { entryKind } from '../../../../src/core/entries/kinds';
import { extractCommitments } from '../../../../src/core/reflect/commitments';
import { findOrigin, itemHash, originLine, originLink } from '../../../../src/core/reflect/itemOrigin';
import { commitmentKey, scanItems } from '../../../../src/core/reflect/itemScan';
import { blankCodeSpans, bodyLines } from '../../../../src/core/reflect/markdownLines';

const scan = (text: string) => scanItems(bodyLines(text));
const ORIGIN = '[2026-03-02](a.md#L3 "lj:0123abcd")';
const brief = (text: string) => scan(text).map((item) => [item.owner, item.text, item.done]);

describe('reflect: open items in both directions', () => {
  it('reads the 1:1 template’s agreed section: they will, I will, and not the next check-in', () => {
    const body = entryKind('one-on-one').body
      .replace('- They will: ', '- They will: draft the interview guide')
      .replace('- I will: ', '- I will: send the offer to @sam.lee')
      .replace('- Next check-in: ', '- Next check-in: 2026-03-16');
    assert.deepEqual(brief(body), [['theirs', 'draft the interview guide', false], ['mine', 'send the offer to @sam.lee', false]]);
    assert.deepEqual(scan(body)[1]?.mentions, ['sam.lee']);
    assert.deepEqual(extractCommitments(body).map((c) => c.text), ['send the offer to @sam.lee'], 'their items are not my commitments');
  });

  it('reads the German 1:1 template the same way', () => {
    const german = GERMAN_ENTRY_KINDS.find((kind) => kind.id === 'one-on-one')?.body ?? '';
    const body = german.replace('- Die Person übernimmt: ', '- Die Person übernimmt: schickt den Entwurf').replace('- Ich übernehme: ', '- Ich übernehme: kläre das Budget');
    assert.deepEqual(brief(body), [['theirs', 'schickt den Entwurf', false], ['mine', 'kläre das Budget', false]]);
    const daily = (GERMAN_ENTRY_KINDS.find((kind) => kind.id === 'daily')?.body ?? '').replace('- [ ] Ein Vorsatz für morgen: ', '- [ ] Ein Vorsatz für morgen: Ana anrufen');
    assert.deepEqual(extractCommitments(daily).map((c) => c.text), ['Ana anrufen']);
  });

  it('gives list items nested under a label to that label, until the list comes back out', () => {
    const text = [
      '## What we agreed',
      '- They will:',
      '  - [ ] send the draft',
      '  - book the room',
      '',
      '    - [x] and a deeper one',
      '- I will:',
      '  - share the criteria',
      '- [ ] a task of mine at the top level',
      '- Next check-in: Monday',
      '  - not an item: nested under a label that is not a promise',
    ].join('\n');
    assert.deepEqual(brief(text), [
      ['theirs', 'send the draft', false],
      ['theirs', 'book the room', false],
      ['theirs', 'and a deeper one', true],
      ['mine', 'share the criteria', false],
      ['mine', 'a task of mine at the top level', false],
    ]);
  });

  it('reads #they anywhere and #commit as mine, the explicit marker first', () => {
    assert.deepEqual(brief('Ana will send the numbers #they\n- [ ] @sam review the plan #commit\n- [x] book it #commit #they\n'), [
      ['theirs', 'Ana will send the numbers', false],
      ['mine', '@sam review the plan', false],
      ['theirs', 'book it', true],
    ]);
    assert.deepEqual(brief('Not #theyre, not a#they, not `#they`\n'), []);
  });

  it('takes a task item that starts with an @mention in a commitment section as theirs', () => {
    const text = '## Next steps\n- [ ] @sam.lee: send the numbers\n- [ ] call @ana about it\n';
    assert.deepEqual(brief(text), [['theirs', '@sam.lee: send the numbers', false], ['mine', 'call @ana about it', false]]);
    assert.deepEqual(scan(text)[0]?.mentions, ['sam.lee']);
    assert.deepEqual(brief('## Notes\n- [ ] @sam outside any section\n'), []);
  });

  it('reads a carried item’s origin link, and leaves it out of the text and the key', () => {
    const link = originLink('2026/03/2026-03-16-1on1-ana.md', '2026/03/2026-03-02-1on1-ana.md', 13, itemHash('theirs', 'send the draft'), '2026-03-02');
    assert.equal(link, '[2026-03-02](2026-03-02-1on1-ana.md#L14 "lj:' + itemHash('theirs', 'send the draft') + '")');
    const items = scan(`# Title\n\n- [ ] Send the draft #they — ${link}\n- [x] share criteria ${link}\n* plain carried ${link}\n`);
    assert.deepEqual(items.map((item) => [item.owner, item.text, item.key, item.done, item.origin?.link]), [
      ['theirs', 'Send the draft', 'send the draft', false, '2026-03-02-1on1-ana.md#L14'],
      ['mine', 'share criteria', 'share criteria', true, '2026-03-02-1on1-ana.md#L14'],
      ['mine', 'plain carried', 'plain carried', false, '2026-03-02-1on1-ana.md#L14'],
    ]);
    assert.equal(originLine(items[0]?.origin?.link ?? ''), 13);
    assert.deepEqual(brief(`A carried link on prose is no item ${link}\n`), []);
    assert.deepEqual(brief('- [ ] an ordinary [link](x.md "title") is no origin\n'), []);
  });

  it('finds an origin link only with its exact title, however the label is written', () => {
    assert.equal(findOrigin('[x](a.md "lj:0123abcd")')?.origin.hash, '0123abcd');
    assert.equal(findOrigin('[x](<a b.md> "lj:0123abcd")'), undefined);
    assert.equal(findOrigin('[x](a.md "lj:0123ABCD")'), undefined);
    assert.equal(findOrigin('[x](a.md "lj:0123abc")'), undefined);
    assert.equal(findOrigin('[[x]](a.md "lj:0123abcd")')?.origin.link, undefined, 'a bracket in the label is not a link label');
  });

  it('hashes whose an item is and its key, so mine and theirs in one entry stay apart', () => {
    assert.notEqual(itemHash('mine', 'send the draft'), itemHash('theirs', 'send the draft'));
    assert.match(itemHash('mine', ''), /^[0-9a-f]{8}$/);
  });

  it('keeps an origin-looking link written inside a code span as the item\'s text', () => {
    const [item] = scan(`- [ ] ${ORIGIN}\`${ORIGIN}\` #commit`);
    assert.equal(item?.origin?.hash, '0123abcd');
    assert.equal(item?.text, `\`${ORIGIN}\``);
    assert.equal(scan(`- [ ] send it \`${ORIGIN}\` #commit`)[0]?.origin, undefined, 'a link in code is no origin');
  });

  it('never throws, keeps lines in order, gives non-empty keys without the #commit marker or an origin link (property)', () => {
    const pieces = fc.constantFrom('## What we agreed\n', '## Next\n', '- They will:', '- I will:', '- [ ] ', '- [x] ', '  ', '\t', '- ', '#they', ' #commit ', '@sam ', '`', '```\n', '\n', '\r\n', ' — ', '[2026-03-02](a.md#L3 "lj:0123abcd")', '[', ']', '(', ')', '"lj:', 'Ana', ':', '\uD800');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join('')), (markdown) => {
      let previous = -1;
      for (const item of scan(markdown)) {
        assert.ok(item.line >= previous);
        previous = item.line;
        assert.ok(item.key !== '' && item.text === item.text.trim());
        assert.equal(commitmentKey(item.key), item.key, 'the key is its own key');
        assert.ok(!/(^|\s)#commit(?![\p{L}\p{N}_-])/iu.test(item.key), item.key);
        // An origin link is one outside code (the scan blanks code spans first): one written inside a
        // code span is the user's text and stays in it.
        assert.ok(!item.text.includes('"lj:') || item.origin === undefined || !findOrigin(blankCodeSpans(item.text)), 'the origin link is cut from the text');
      }
    }), { numRuns: 500, examples: [[`- [ ] ${ORIGIN}\`${ORIGIN}\` #commit`]] });
  });
});
