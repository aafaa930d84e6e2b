// Runs several writers' work (two windows on one journal) so that only one disk operation of one
// writer goes at a time, the seeded generator picking which: the interleaving tests of issue 17
// (twoWindowsNames.test.ts, ownPartials.test.ts). Counts turns, not time. With `torn`, a write is two
// turns, as Node's fs makes it (it truncates the file, then writes it): first half the bytes, then all
// of them, so another writer's step can meet the file cut short; `after` runs once each turn is done
// (a test checks what must hold at every moment there).
import type { MemoryJournalFs } from './memoryJournalFs';

const GATED = new Set(['list', 'listFolder', 'read', 'write', 'createExclusive', 'rename', 'remove', 'removeEmptyFolders']);

/**
 * Runs windows' work so that only one disk operation of one window goes at a time: each operation
 * waits until every window still working waits on one, and the seeded generator picks which goes.
 * Counts turns, not time.
 */
export class Schedule {
  /** Operations waiting for their turn: a window may wait on several at once (reads made together). */
  private readonly waiting: { readonly name: string; readonly resume: () => void }[] = [];

  private readonly working = new Set<string>();

  constructor(private readonly random: () => number, private readonly options: { readonly torn?: boolean; readonly after?: () => Promise<void> } = {}) {}

  /** `disk` as the window `name` sees it: every operation waits for its turn. */
  disk(name: string, disk: MemoryJournalFs): MemoryJournalFs {
    return new Proxy(disk, {
      get: (target, key, receiver) => {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') {
          return value;
        }
        const method = (value as (...args: unknown[]) => unknown).bind(target);
        if (key === 'write' && this.options.torn === true) {
          return async (path: string, bytes: Uint8Array) => {
            await this.step(name, async () => target.put(path, bytes.subarray(0, Math.floor(bytes.length / 2))));
            return this.step(name, async () => method(path, bytes) as Promise<void>);
          };
        }
        return typeof key === 'string' && GATED.has(key) ? async (...args: unknown[]) => this.step(name, async () => method(...args) as Promise<unknown>) : method;
      },
    });
  }

  /** One operation of the window `name`, in its turn; `after` checks the disk once it is done. */
  private async step<T>(name: string, operation: () => Promise<T>): Promise<T> {
    await this.turn(name);
    try {
      const result = await operation();
      await this.options.after?.();
      return result;
    } finally {
      this.pick(); // The window may wait on other operations of its own already (reads made together).
    }
  }

  /** Runs each window's work at once, interleaved by the schedule; settles each. */
  run(work: Readonly<Record<string, () => Promise<void>>>): Promise<PromiseSettledResult<void>[]> {
    Object.keys(work).forEach((name) => this.working.add(name));
    return Promise.allSettled(Object.entries(work).map(([name, job]) => job().finally(() => {
      this.working.delete(name);
      this.pick();
    })));
  }

  private turn(name: string): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push({ name, resume: resolve });
      this.pick();
    });
  }

  private pick(): void {
    const names = new Set(this.waiting.map((wait) => wait.name));
    if (this.waiting.length === 0 || [...this.working].some((name) => !names.has(name))) {
      return; // A window is still working between operations (sealing, opening): wait for it.
    }
    const [chosen] = this.waiting.splice(Math.floor(this.random() * this.waiting.length), 1);
    chosen?.resume();
  }
}
