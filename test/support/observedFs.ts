// A journal's disk with each call seen: the kill tests' children (killedSaveChild.ts, killedMigration.ts)
// tell every operation on the disk just before it is called, so a test can count a run's operations and
// aim a kill at any of them. The disk itself is unchanged: the calls are observed beside it.
import type { JournalFs } from '../../src/core/encryption/journalFs';

/** `disk`, each of its operations (`list`, `read`, `write`, `rename`, …) told to `onOperation` just before it is called. */
export function observedFs(disk: JournalFs, onOperation: (name: string) => void): JournalFs {
  return new Proxy(disk, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') {
        return value;
      }
      return (...args: unknown[]): unknown => {
        onOperation(String(key));
        return (value as (...parameters: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
