import * as assert from 'node:assert/strict';
import { NO_FACTS } from '../../../src/core/index/factsData';
import { indexItem, isIndexItem } from '../../../src/core/index/indexItem';
import { createTagger } from '../../../src/core/tagger/tagger';

describe('index items: the trends record and the reflection facts of one file', () => {
  const tagger = createTagger();
  const tag = (text: string) => tagger.tag(text);
  const text = '---\ndate: 2026-03-02\nkind: daily\n---\n\nWalked @Ana through why the move matters.\n\n## Next\n\n- [x] Book the room\n- [ ] Share the plan #commit\n';

  it('reads the record, the commitments and the mentions of an entry from one text', () => {
    const item = indexItem('2026/03/2026-03-02.md', text, tag);
    assert.ok(item.record.ok);
    assert.equal(item.record.entry.date, '2026-03-02');
    assert.deepEqual(item.facts.mentions, ['Ana']);
    assert.deepEqual(item.facts.commitments.map((c) => [c.text, c.done]), [['Book the room', true], ['Share the plan', false]]);
    assert.ok(isIndexItem(JSON.parse(JSON.stringify(item))), 'survives a JSON round trip (the persisted index)');
  });

  it('keeps no facts for a file that is not an entry, and says why it was skipped', () => {
    const item = indexItem('notes/ideas.md', 'Ask @Tom.\n\n- [ ] Call him #commit\n', tag);
    assert.equal(item.record.ok, false);
    assert.deepEqual(item.facts, NO_FACTS);
    assert.ok(isIndexItem(item));
  });

  it('refuses stored items whose facts or record are malformed', () => {
    const good = indexItem('2026/03/2026-03-02.md', text, tag);
    assert.equal(isIndexItem({ ...good, facts: { commitments: [{ text: 'x', done: 'no', line: 1, key: 'x' }], mentions: [] } }), false);
    assert.equal(isIndexItem({ ...good, facts: { commitments: [], mentions: [''] } }), false);
    assert.equal(isIndexItem({ ...good, facts: { commitments: [{ text: 'x', done: false, line: -1, key: 'x' }], mentions: [] } }), false);
    assert.equal(isIndexItem({ record: { ok: true, entry: { path: '/abs.md' } }, facts: NO_FACTS }), false);
    assert.equal(isIndexItem({ record: { ok: false }, facts: NO_FACTS }), false);
    assert.equal(isIndexItem(null), false);
  });
});
