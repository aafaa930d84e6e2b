// The index's record maker (the catalogue's `RecordMaker`): records with facts (commitments,
// mentions, answers) for the reflection features, made on worker threads when a build has enough
// files to read to pay for them (the Node host), on the window's own thread otherwise (single files,
// small journals, the web worker host), and there too if the workers fail, with a note in the log.
// Over a journal on the Node host's disk the workers read the files themselves (`readingOnWorkers`).
import { unreadableReason, type MadeRecord, type ReadMade, type RecordMaker } from '../../core/catalogue/catalogueItem';
import type { FileStamp, JournalFiles } from '../../core/catalogue/journalFiles';
import type { IndexItem } from '../../core/index/indexItem';
import type { RecordJob, RecordRunner } from './recordRunner';

/** Files to read before the workers are used: fewer are made faster here than handed out. */
export const WORKER_THRESHOLD = 100;

export interface IndexMaker extends RecordMaker {
  /** Whether the last planned read used the worker threads. */
  readonly onWorkers: boolean;
}

export function indexMaker(ownThread: RecordRunner, bulk: RecordRunner | undefined, warn: (error: unknown) => void): IndexMaker {
  let useWorkers = false;
  let failed = false;
  return {
    facts: true,
    get onWorkers() {
      return useWorkers;
    },
    get lanes() {
      return useWorkers ? (bulk?.lanes ?? 1) : 1;
    },
    plan(count) {
      useWorkers = bulk !== undefined && !failed && count >= WORKER_THRESHOLD;
    },
    async make(jobs: readonly RecordJob[]): Promise<readonly MadeRecord[]> {
      if (!useWorkers || bulk === undefined || jobs.length === 0) {
        return ownThread.records(jobs);
      }
      try {
        return await bulk.records(jobs);
      } catch (error) {
        if (!failed) { // The first batch to fail says so; the others just fall back.
          failed = true;
          warn(error);
        }
        return ownThread.records(jobs) as Promise<IndexItem[]>;
      }
    },
  };
}

/** A journal on this host's disk: its folder, and the catalogue's own reading of it (for when the workers fail). */
export interface LocalJournal {
  readonly root: string;
  readonly read: JournalFiles['read'];
}

/**
 * `maker` for one build of `local`: while it makes records on the workers, the catalogue hands them
 * the paths (`readAndMake`) and they read the files themselves, so the window's thread reads no file
 * and copies no text to a worker; before the index moved onto the catalogue its workers read so, and
 * the window's thread reading for two workers took a share of the same two cores. If the workers
 * fail, the files are read with `local.read` here and made as `maker` makes them (on this thread, said
 * once). Without a local journal or a runner that reads, `maker` itself.
 */
export function readingOnWorkers(maker: IndexMaker, bulk: RecordRunner | undefined, local: LocalJournal | undefined): IndexMaker {
  const readRecords = bulk?.readRecords?.bind(bulk);
  if (local === undefined || readRecords === undefined) {
    return maker;
  }
  const readHere = async (paths: readonly string[]): Promise<ReadMade[]> => {
    const found: ReadMade[] = [];
    const jobs: RecordJob[] = [];
    const stamps: { readonly at: number; readonly stamp: FileStamp }[] = [];
    for (const [at, path] of paths.entries()) {
      try {
        const file = await local.read(path);
        if (file === undefined) {
          found[at] = { gone: true };
        } else {
          jobs.push({ path, text: file.text });
          stamps.push({ at, stamp: file.stamp });
        }
      } catch (error) {
        found[at] = { unreadable: unreadableReason(error) };
      }
    }
    for (const [i, made] of (await maker.make(jobs)).entries()) {
      const { at, stamp } = stamps[i] as (typeof stamps)[number];
      found[at] = { made, stamp };
    }
    return found;
  };
  const readAndMake = (paths: readonly string[]): Promise<readonly ReadMade[]> => readRecords(local.root, paths).catch(() => readHere(paths));
  return withReadAndMake(maker, () => (maker.onWorkers ? readAndMake : undefined));
}

/** `maker` with the `readAndMake` that `current` gives each time the catalogue asks for it (undefined: the catalogue reads). */
export function withReadAndMake(maker: IndexMaker, current: () => RecordMaker['readAndMake']): IndexMaker {
  return {
    get facts() {
      return maker.facts;
    },
    get onWorkers() {
      return maker.onWorkers;
    },
    get lanes() {
      return maker.lanes;
    },
    plan: (count) => maker.plan?.(count),
    make: (jobs) => maker.make(jobs),
    get readAndMake() {
      return current();
    },
  };
}
