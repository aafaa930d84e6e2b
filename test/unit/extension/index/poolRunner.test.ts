// The bulk runner over a worker pool: the workers are asked for records alone, this thread adds the
// facts, and the items are exactly the ones indexItem makes on one thread.
import * as assert from 'node:assert/strict';
import { indexItem } from '../../../../src/core/index/indexItem';
import { indexRecord } from '../../../../src/core/records/readRecord';
import { createTagger } from '../../../../src/core/tagger/tagger';
import type { TaggerOptions } from '../../../../src/core/tagger/types';
import { poolRunner, REJUDGE_MS } from '../../../../src/extension/index/poolRunner';
import type { RecordJob, RecordPool } from '../../../../src/node/recordPool';

const tagger = createTagger({ evidence: false });
const tag = (text: string) => tagger.tag(text);

/** A pool that makes records on this thread, noting what it was asked (and `warm` calls, as `'warm'`). */
function fakePool(asked: ({ facts: unknown; options: TaggerOptions } | 'warm')[]): RecordPool {
  return {
    records: ((jobs: readonly RecordJob[], options: TaggerOptions, facts?: boolean) => {
      asked.push({ facts, options });
      return Promise.resolve(jobs.map((job) => ({ record: indexRecord(job.path, 'text' in job ? job.text : '', tag) })));
    }) as RecordPool['records'],
    warm: () => void asked.push('warm'),
    rest: () => Promise.resolve(),
    dispose: () => Promise.resolve(),
  };
}

describe('the bulk runner over a worker pool', () => {
  it('asks the workers for records alone and adds the facts as indexItem does', async () => {
    const jobs = [
      { path: '2026/03/2026-03-02.md', text: '---\ndate: 2026-03-02\nkind: daily\n---\n\nI explained why it matters to @Ana.\n\n## Next\n\n- [ ] Ask Tom what he needs\n- [x] Book the room\n' },
      { path: 'notes/idea.md', text: 'No front matter and no date in the name: not an entry, no facts.\n- [ ] Not a commitment of any entry\n' },
      { path: '2026/03/2026-03-03.md', text: '---\ndate: 2026-03-03\nkind: decision\n---\n\n## What did I decide?\n\nWe keep the Friday demo.\n' },
    ];
    const asked: ({ facts: unknown; options: TaggerOptions } | 'warm')[] = [];
    const runner = poolRunner(fakePool(asked), 1, () => ({ evidence: false }));
    const items = await runner.records(jobs);
    assert.deepEqual(items, jobs.map((job) => indexItem(job.path, job.text, tag)));
    assert.deepEqual(asked, [{ facts: false, options: { evidence: false } }]);
    assert.deepEqual(items[0]?.facts.mentions, ['Ana']);
    assert.equal(items[0]?.facts.commitments.length, 2);
    assert.deepEqual(items[1]?.facts, { commitments: [], mentions: [], answers: {} });
    assert.equal(runner.lanes, 2);
  });

  it('starts the workers only once a core is seen free for them, and not at all in a build that found none', () => {
    const asked: ({ facts: unknown; options: TaggerOptions } | 'warm')[] = [];
    let answers: (boolean | undefined)[] = [];
    let windows = 0;
    const judge = (): (() => boolean | undefined) => {
      windows++;
      return () => answers.shift();
    };
    let clock = 0;
    const runner = poolRunner(fakePool(asked), 1, () => ({ evidence: false }), { judge, now: () => clock });
    answers = [undefined, undefined, true];
    runner.warm?.();
    assert.deepEqual([runner.spare?.(), runner.spare?.()], [false, false], 'not yet known: made on the own thread');
    assert.deepEqual(asked, []);
    assert.equal(runner.spare?.(), true);
    assert.equal(runner.spare?.(), true, 'decided for the rest of the build');
    assert.deepEqual(asked, ['warm']);
    runner.rest?.();
    answers = [false, true];
    runner.warm?.();
    assert.deepEqual([runner.spare?.(), runner.spare?.()], [false, false], 'no core free: the workers are not started');
    assert.deepEqual(asked, ['warm']);
    assert.equal(windows, 2, 'one window a build');
    clock += REJUDGE_MS + 1; // A later large read, with no build between: the load is judged again.
    answers = [true];
    assert.equal(runner.spare?.(), true);
    assert.deepEqual(asked, ['warm', 'warm']);
    assert.equal(windows, 3);
  });
});
