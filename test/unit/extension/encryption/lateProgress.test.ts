// The "Unlocking the journal…" notification never outlives its attempt: an attempt that ends quickly
// (a refused age key) shows none; one that runs late shows it, and its result — the key refused, the
// journal opened, an error — is told only once the workbench's 800 ms minimum has passed, so the next
// box or message never appears beside it. A hand-driven clock: no test waits on real time.
import * as assert from 'node:assert/strict';
import { holdFor, MARGIN_MS, SHOW_AFTER_MS, WORKBENCH_MINIMUM_MS, withLateProgress, type ProgressClock, type ShowProgress } from '../../../../src/extension/encryption/lateProgress';

/** A clock whose sleeps end only when the test says; `shown` records what the notification saw. */
function handClock(): ProgressClock & { time: number; readonly sleeps: number[]; wake: () => Promise<void> } {
  const waiting: (() => void)[] = [];
  const clock = {
    time: 0,
    sleeps: [] as number[],
    now: () => clock.time,
    sleep: (ms: number) => {
      clock.sleeps.push(ms);
      return new Promise<void>((resolve) => waiting.push(() => {
        clock.time += ms;
        resolve();
      }));
    },
    /** Ends the oldest sleep, then lets the promises that follow it run. */
    wake: async () => {
      waiting.shift()?.();
      await flush();
    },
  };
  return clock;
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) {
    await Promise.resolve();
  }
};

/** A notification that records when it opened and closed (by the hand clock). */
function notification(clock: { now: () => number }): ShowProgress & { readonly opened: number[]; readonly closed: number[] } {
  const opened: number[] = [];
  const closed: number[] = [];
  const show = (async <T>(run: () => Promise<T>) => {
    opened.push(clock.now());
    try {
      return await run();
    } finally {
      closed.push(clock.now());
    }
  }) as ShowProgress & { opened: number[]; closed: number[] };
  return Object.assign(show, { opened, closed });
}

function deferred<T>(): { readonly promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('encryption: the unlock notification and its attempt', () => {
  it('shows no notification for a key refused at once, and tells the refusal at once', async () => {
    const clock = handClock();
    const shown = notification(clock);
    const told = await withLateProgress(Promise.resolve('wrong key'), shown, clock);
    assert.equal(told, 'wrong key');
    assert.deepEqual(shown.opened, [], 'no notification');
  });

  it('shows the notification once the attempt runs late, and tells its result only after the workbench has closed it', async () => {
    const clock = handClock();
    const shown = notification(clock);
    const attempt = deferred<string>();
    let told: string | undefined;
    void withLateProgress(attempt.promise, shown, clock).then((value) => {
      told = value;
    });
    await flush();
    assert.deepEqual(shown.opened, [], 'not before the attempt has run late');
    await clock.wake(); // SHOW_AFTER_MS pass.
    assert.deepEqual(shown.opened, [SHOW_AFTER_MS]);
    clock.time += 100; // The key derivation ends 100 ms after the notification appeared.
    attempt.resolve('opened');
    await flush();
    assert.equal(told, undefined, 'held while the workbench would still show the notification');
    assert.deepEqual(clock.sleeps, [SHOW_AFTER_MS, WORKBENCH_MINIMUM_MS + MARGIN_MS - 100]);
    await clock.wake();
    assert.equal(told, 'opened');
    assert.deepEqual(shown.closed, [SHOW_AFTER_MS + WORKBENCH_MINIMUM_MS + MARGIN_MS], 'closed when the result is told, not after');
  });

  it('holds an error the same way, and tells it', async () => {
    const clock = handClock();
    const shown = notification(clock);
    const attempt = deferred<string>();
    const outcome = withLateProgress(attempt.promise, shown, clock).then(() => 'told a value', (error: unknown) => (error as Error).message);
    await clock.wake();
    attempt.reject(new Error('disk gone'));
    await flush();
    assert.equal(shown.closed.length, 0);
    await clock.wake();
    assert.equal(await outcome, 'disk gone');
    assert.equal(shown.closed.length, 1);
  });

  it('holds nothing once the notification has been up long enough (a slow key derivation)', () => {
    assert.equal(holdFor(undefined, 5), 0);
    assert.equal(holdFor(1_000, 1_000), WORKBENCH_MINIMUM_MS + MARGIN_MS);
    assert.equal(holdFor(1_000, 1_000 + WORKBENCH_MINIMUM_MS + MARGIN_MS), 0);
    assert.equal(holdFor(1_000, 4_000), 0);
  });
});
