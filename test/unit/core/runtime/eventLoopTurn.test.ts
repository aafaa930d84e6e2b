// The one "turn of the event loop" the CLI's report and classify and the extension's index take
// between slices of their own work: what was waiting runs first, in Node and in a host with no
// setImmediate (VS Code for the Web's worker).
import * as assert from 'node:assert/strict';
import { stat } from 'node:fs';
import { turn } from '../../../../src/core/runtime/eventLoopTurn';

describe('a turn of the event loop', () => {
  it('lets in what was waiting (a callback queued as a worker answer is) before it resolves', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('waiting'));
    await turn();
    order.push('after the turn');
    assert.deepEqual(order, ['waiting', 'after the turn']);
  });

  it('in Node, ends before a timer set earlier (setImmediate, not the setTimeout(0) that waits a millisecond)', async () => {
    // After an I/O callback (as a worker's answer is), Node runs the immediates before the timers:
    // a turn taken with setTimeout(0) would come after the timer set before it.
    await new Promise((resolve) => stat('.', resolve));
    const order: string[] = [];
    setTimeout(() => order.push('timer set earlier'), 0);
    await turn();
    order.push('after the turn');
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(order, ['after the turn', 'timer set earlier']);
  });

  it('takes its turn with setTimeout in a host that has no setImmediate (a web worker)', async () => {
    const order: string[] = [];
    const held = Object.getOwnPropertyDescriptor(globalThis, 'setImmediate');
    Reflect.deleteProperty(globalThis, 'setImmediate');
    try {
      assert.equal(typeof (globalThis as { setImmediate?: unknown }).setImmediate, 'undefined');
      setTimeout(() => order.push('waiting'), 0);
      await turn();
      order.push('after the turn');
    } finally {
      Object.defineProperty(globalThis, 'setImmediate', held!);
    }
    assert.deepEqual(order, ['waiting', 'after the turn']);
  });
});
