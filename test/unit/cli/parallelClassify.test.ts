import * as assert from 'node:assert/strict';
import type { BatchOutput, TextBatch } from '../../../src/cli/jsonlBatch';
import { inOrder, parallelClassifyWith, type Workers } from '../../../src/cli/parallelClassify';

const batch = (at: number): TextBatch => ({ first: at * 10 + 1, text: `line ${at}\n` });
const output = (where: string, b: TextBatch): BatchOutput => ({ stdout: `${where}:${b.first}\n`, errors: [] });

async function* batchesOf(count: number): AsyncGenerator<TextBatch> {
  for (let at = 0; at < count; at += 1) {
    yield batch(at);
  }
}

/** A fake worker pool: `capacity` batches at once, each answered after `delay` turns of the event loop. */
function fakeWorkers(capacity: number, delay: number): Workers {
  let inFlight = 0;
  const send = (b: TextBatch): Promise<BatchOutput> => {
    assert.ok(inFlight < capacity, 'a batch is sent only to a worker with room');
    inFlight += 1;
    return new Promise<BatchOutput>((resolve) => {
      const turn = (left: number): void => {
        if (left <= 0) {
          inFlight -= 1;
          resolve(output('worker', b));
        } else {
          setImmediate(() => turn(left - 1));
        }
      };
      turn(delay);
    });
  };
  return { hasRoom: () => inFlight < capacity, send };
}

/** Workers that answer nothing until `release` is called. */
function heldWorkers(capacity: number): Workers & { release: () => void } {
  const held: (() => void)[] = [];
  let released = false;
  return {
    hasRoom: () => held.length < capacity,
    send: (b) => new Promise((resolve) => {
      const answer = () => resolve(output('worker', b));
      if (released) {
        answer();
      } else {
        held.push(answer);
      }
    }),
    release: () => {
      released = true;
      held.forEach((answer) => answer());
    },
  };
}

/** Batches from `batchesOf`, counting how many were read. */
function counted(count: number): { batches: AsyncIterator<TextBatch>; read: () => number } {
  let read = 0;
  const source = batchesOf(count);
  return {
    batches: { next: async () => {
      const next = await source.next();
      read += next.done === true ? 0 : 1;
      return next;
    } },
    read: () => read,
  };
}

async function collect(generator: AsyncGenerator<BatchOutput>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of generator) {
    out.push(item.stdout);
  }
  return out;
}

describe('inOrder (classify --jsonl on several threads)', () => {
  it('gives every batch once, in input order, whoever classified it', async () => {
    for (const delay of [0, 1, 3]) {
      const workers = fakeWorkers(2, delay);
      const here: number[] = [];
      const outputs = await collect(inOrder(batchesOf(23)[Symbol.asyncIterator](), workers,
        (b) => { here.push(b.first); return output('here', b); }, 4));
      assert.deepEqual(outputs.map((line) => Number(line.split(':')[1])), Array.from({ length: 23 }, (_, at) => at * 10 + 1), `delay ${delay}`);
      assert.ok(outputs.some((line) => line.startsWith('worker')), 'the workers take batches');
      if (delay > 0) {
        assert.ok(here.length > 0, 'the calling thread classifies while a worker is busy');
      }
    }
  });

  it('works with no worker room at all (the calling thread does everything)', async () => {
    const none: Workers = { hasRoom: () => false, send: () => assert.fail('no worker has room') };
    const outputs = await collect(inOrder(batchesOf(5)[Symbol.asyncIterator](), none, (b) => output('here', b), 4));
    assert.deepEqual(outputs, [1, 11, 21, 31, 41].map((first) => `here:${first}\n`));
  });

  it('fails with the worker\'s error when the batch due next failed', async () => {
    const failing: Workers = { hasRoom: () => true, send: () => Promise.reject(new Error('a classify worker stopped (exit code 1)')) };
    await assert.rejects(collect(inOrder(batchesOf(3)[Symbol.asyncIterator](), failing, (b) => output('here', b), 4)), /worker stopped/);
  });

  it('goes on with batches of its own while a worker has not answered, holding at most `room` batches', async () => {
    const workers = heldWorkers(2);
    const source = counted(40);
    const here: number[] = [];
    const outputs = collect(inOrder(source.batches, workers, (b) => { here.push(b.first); return output('here', b); }, 10));
    for (let turn = 0; turn < 50; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(source.read(), 10, 'reads up to `room` batches while the first is with a worker, and no more');
    assert.deepEqual(here, [21, 31, 41, 51, 61, 71, 81, 91], 'the calling thread classifies the rest meanwhile');
    workers.release();
    const all = await outputs;
    assert.deepEqual(all.map((line) => Number(line.split(':')[1])), Array.from({ length: 40 }, (_, at) => at * 10 + 1));
    assert.deepEqual(all.slice(0, 2), ['worker:1\n', 'worker:11\n']);
  });

  it('goes on alone while the number of threads is not known yet, and starts no worker when it comes to one', async () => {
    let asked = 0;
    const threads = () => (++asked <= 3 ? undefined : 1);
    const here: number[] = [];
    // No worker script: starting a worker would fail the test.
    const outputs = await collect(parallelClassifyWith('/nonexistent/worker.js')(batchesOf(6), {}, threads, (b) => {
      here.push(b.first);
      return output('here', b);
    }));
    assert.equal(asked, 4, 'asked after each batch of its own until it knew');
    assert.deepEqual(here, [1, 11, 21, 31, 41, 51]);
    assert.deepEqual(outputs, here.map((first) => `here:${first}\n`));
  });
});
