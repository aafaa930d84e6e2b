import * as assert from 'node:assert/strict';
import type { BatchOutput, TextBatch } from '../../../src/cli/jsonlBatch';
import { inOrder } from '../../../src/cli/parallelClassify';

const batch = (at: number): TextBatch => ({ first: at * 10 + 1, text: `line ${at}\n` });
const output = (where: string, b: TextBatch): BatchOutput => ({ stdout: `${where}:${b.first}\n`, errors: [] });

async function* batchesOf(count: number): AsyncGenerator<TextBatch> {
  for (let at = 0; at < count; at += 1) {
    yield batch(at);
  }
}

/** A fake worker pool: `capacity` batches at once, each answered after `delay` turns of the event loop. */
function fakeWorkers(capacity: number, delay: number) {
  let inFlight = 0;
  const toWorker = (b: TextBatch): Promise<BatchOutput> | undefined => {
    if (inFlight >= capacity) {
      return undefined;
    }
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
  return { toWorker };
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
      const outputs = await collect(inOrder(batchesOf(23)[Symbol.asyncIterator](), workers.toWorker,
        (b) => { here.push(b.first); return output('here', b); }, 4));
      assert.deepEqual(outputs.map((line) => Number(line.split(':')[1])), Array.from({ length: 23 }, (_, at) => at * 10 + 1), `delay ${delay}`);
      assert.ok(outputs.some((line) => line.startsWith('worker')), 'the workers take batches');
      if (delay > 0) {
        assert.ok(here.length > 0, 'the calling thread classifies while a worker is busy');
      }
    }
  });

  it('works with no worker room at all (the calling thread does everything)', async () => {
    const outputs = await collect(inOrder(batchesOf(5)[Symbol.asyncIterator](), () => undefined, (b) => output('here', b), 4));
    assert.deepEqual(outputs, [1, 11, 21, 31, 41].map((first) => `here:${first}\n`));
  });

  it('fails with the worker\'s error when the batch due next failed', async () => {
    const failing = (): Promise<BatchOutput> => Promise.reject(new Error('a classify worker stopped (exit code 1)'));
    await assert.rejects(collect(inOrder(batchesOf(3)[Symbol.asyncIterator](), failing, (b) => output('here', b), 4)), /worker stopped/);
  });
});
