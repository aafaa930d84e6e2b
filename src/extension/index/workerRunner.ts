// The Node host's bulk runner: index records on worker threads (src/node/recordPool.ts; the facts on
// this thread, poolRunner.ts), with the tagger's extra terms from the settings. Workers start on the
// first cold or stale index and rest (end) after each large read; idle, they cost no CPU and never
// keep the host alive.
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { TaggerOptions } from '../../core/tagger/types';
import { createRecordPool, defaultWorkerCount } from '../../node/recordPool';
import type { Settings } from '../settingsService';
import { poolRunner } from './poolRunner';
import type { RecordRunner } from './recordRunner';

/** The settings' extra terms; no cue strings (the index never shows them). */
function taggerOptions(settings: Settings): TaggerOptions {
  const { tagging } = settings.current;
  return { whyTerms: tagging.whyTerms, howTerms: tagging.howTerms, evidence: false };
}

export function workerRunner(distDir: string, settings: Settings): RecordRunner & vscode.Disposable {
  const workers = defaultWorkerCount();
  const pool = createRecordPool(join(distDir, 'recordWorker.js'), workers);
  return {
    ...poolRunner(pool, workers, () => taggerOptions(settings)),
    dispose() {
      void pool.dispose();
    },
  };
}
