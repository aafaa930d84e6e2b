import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { entryKind, type EntryKindId } from '../../../../src/core/entries/kinds';
import { commitmentKey, extractCommitments, isCommitmentHeading } from '../../../../src/core/reflect/commitments';

const texts = (markdown: string): string[] => extractCommitments(markdown).map((c) => c.text);

describe('reflect: commitments in an entry', () => {
  it('reads task items under a commitment heading, with the done flag and the line', () => {
    const markdown = [
      '---', 'date: 2026-03-02', 'kind: daily', '---', // lines 0–3
      '# Monday',
      '',
      '## Next:',
      '- [ ] Call Ana about the roadmap.',
      '- [x] Send the budget',
      '* [X] Book the room',
      '+ [ ] Plus bullet',
      '  1. [ ] Nested and numbered',
      '- A plain item is not a commitment',
    ].join('\n');
    assert.deepEqual(extractCommitments(markdown), [
      { text: 'Call Ana about the roadmap.', done: false, line: 7, key: 'call ana about the roadmap' },
      { text: 'Send the budget', done: true, line: 8, key: 'send the budget' },
      { text: 'Book the room', done: true, line: 9, key: 'book the room' },
      { text: 'Plus bullet', done: false, line: 10, key: 'plus bullet' },
      { text: 'Nested and numbered', done: false, line: 11, key: 'nested and numbered' },
    ]);
  });

  it('knows every named heading, in any case and level, with or without a colon', () => {
    for (const heading of ['Next', 'start', 'NEXT TIME', 'Next steps:', 'Commitments', '**Next**']) {
      for (const level of ['#', '###', '######']) {
        assert.deepEqual(texts(`${level} ${heading}\n- [ ] do it\n`), ['do it'], `${level} ${heading}`);
      }
    }
    assert.deepEqual(texts('## Next week plans\n- [ ] not this\n## Notes\n- [ ] nor this\n'), []);
  });

  it('knows a heading however much whitespace and emphasis pads it, and no heading longer than any it knows', () => {
    assert.ok(isCommitmentHeading(`**Next**${' '.repeat(5000)}:`));
    assert.ok(isCommitmentHeading(`Next${'\u00a0'.repeat(3000)}steps`));
    assert.ok(!isCommitmentHeading(`Next steps and ${'x'.repeat(200)}`));
    assert.deepEqual(texts(`## ${'_'.repeat(400)}Commitments${' '.repeat(400)}\n- [ ] do it\n`), ['do it']);
  });

  it('includes the entry templates’ own commitment sections', () => {
    const headings = ['daily', 'one-on-one', 'after-action', 'start-stop-continue', 'trap-check']
      .map((id) => entryKind(id as EntryKindId).sections.at(-1)?.heading ?? '');
    assert.deepEqual(headings, ['Closing the day', 'What we agreed', 'Next time', 'Acting on it', 'Closing the check']);
    for (const heading of [...headings, 'Next week', 'Next step', 'Carrying it out and checking it']) {
      assert.ok(isCommitmentHeading(heading), heading);
      assert.deepEqual(texts(`## ${heading}\n\n- [ ] follow up\n`), ['follow up'], heading);
    }
  });

  it('reads the templates’ answered commitment items, and leaves other and unanswered items', () => {
    const daily = entryKind('daily').body.replace('- [ ] One commitment for tomorrow: ', '- [ ] One commitment for tomorrow: ask Sam for the numbers');
    assert.notEqual(daily, entryKind('daily').body);
    assert.deepEqual(texts(daily), ['ask Sam for the numbers']);
    assert.deepEqual(texts(entryKind('daily').body), [], 'an unanswered template has none');
    const oneOnOne = entryKind('one-on-one').body.replace('- I will: ', '- I will: send the offer').replace('- They will: ', '- They will: reply');
    assert.deepEqual(texts(oneOnOne), ['send the offer']);
    assert.deepEqual(texts('## Notes\n- One commitment for tomorrow: outside its section\n'), []);
    assert.deepEqual(texts('## Closing the day\n- [x] One commitment for tomorrow: call Ana\n'), ['call Ana']);
  });

  it('ends a commitment section at the next heading of the same or a higher level', () => {
    const markdown = '## Next\n### Monday\n- [ ] a\n## Notes\n- [ ] b\n### Start\n- [ ] c\n# Title\n- [ ] d\n';
    assert.deepEqual(texts(markdown), ['a', 'c']);
  });

  it('reads a #commit marker on any line but a heading, and removes it', () => {
    const markdown = [
      '# Notes #commit',
      '- [ ] Task item #commit',
      '- [x] #commit Done one',
      '- Plain item #Commit.',
      'A line of prose #commit with the marker inside',
      'Not #commitment, not a#commit, not `#commit` in code',
    ].join('\n');
    assert.deepEqual(extractCommitments(markdown).map(({ text, done }) => [text, done]), [
      ['Task item', false],
      ['Done one', true],
      ['Plain item.', false],
      ['A line of prose with the marker inside', false],
    ]);
  });

  it('ignores front matter and fenced code, open or closed', () => {
    const markdown = [
      '---', 'note: "- [ ] in front matter #commit"', '---',
      '## Next',
      '```md',
      '- [ ] in code',
      '```',
      '~~~~',
      '- [ ] in tildes #commit',
      '~~~', // Too short to close.
      '~~~~',
      '- [ ] after the code',
      '````',
      '- [ ] in a fence never closed',
    ].join('\n');
    assert.deepEqual(extractCommitments(markdown).map((c) => [c.text, c.line]), [['after the code', 11]]);
  });

  it('treats odd task syntax as no commitment, without throwing', () => {
    for (const line of ['- [ ', '- []', '-[ ] no space after the bullet', '- [ ]no space after the box', '- [y] other mark', '- [ ]', '- [x]   ', '- [ ] #commit', '#commit']) {
      assert.deepEqual(extractCommitments(`## Next\n${line}\n`), [], line);
    }
    assert.deepEqual(texts('-[ ] call Ana #commit\n'), ['-[ ] call Ana'], 'the marker alone makes a line a commitment');
  });

  it('counts lines as VS Code does, with CRLF, lone CR and a BOM', () => {
    const markdown = '\uFEFF---\r\ndate: 2026-03-02\r\n---\r\n## Next\r- [ ] one\r\n\r\n- [x] two\n';
    assert.deepEqual(extractCommitments(markdown).map((c) => [c.text, c.line]), [['one', 4], ['two', 6]]);
  });

  it('keys commitments so that the same promise matches across entries', () => {
    assert.equal(commitmentKey('Call  Ana about the ROADMAP.'), 'call ana about the roadmap');
    assert.equal(commitmentKey('call ana about the roadmap #commit !?'), 'call ana about the roadmap');
    assert.equal(commitmentKey('Ｃall Ana'), 'call ana');
    assert.notEqual(commitmentKey('call Ana'), commitmentKey('call Bo'));
    assert.equal(commitmentKey('...'), '');
  });

  it('never throws, keeps lines in range and in order, and gives non-empty keys (property)', () => {
    const pieces = fc.constantFrom('## Next\n', '# Start:\n', '- [ ] ', '- [x] ', '- [', '[ ]', '- ', '* ', '1. ', '#commit', ' #commit ', '`', '```\n', '~~~\n', '---\n', '\n', '\r\n', '\r', 'Ana', '.', ':', ' ', '\uFEFF', '\uD800', '\u2028', '@ana', 'One commitment for tomorrow: ', '## Closing the day\n');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join('')), (markdown) => {
      const lineCount = markdown.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
      let previous = -1;
      for (const commitment of extractCommitments(markdown)) {
        assert.ok(commitment.line >= previous && commitment.line < lineCount);
        previous = commitment.line;
        assert.ok(commitment.key !== '' && commitment.text === commitment.text.trim());
        assert.ok(!/(^|\s)#commit(?![\p{L}\p{N}_-])/iu.test(commitment.key));
        assert.equal(commitmentKey(commitment.key), commitment.key, 'the key is its own key');
      }
    }), { numRuns: 500 });
  });
});
