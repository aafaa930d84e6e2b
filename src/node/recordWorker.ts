// Entry point of `dist/recordWorker.js`: a worker thread that turns entry texts into index items
// (front matter, tagging, commitments and mentions) for the journal index and the benchmarks, so a cold index of thousands of
// entries uses every core. Messages are typed in recordPool.ts; the tagger is built once per set of
// options and kept.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { createTagger as CreateTagger, Tagger } from '../core/tagger/tagger';
import { indexItem, NO_FACTS } from '../core/index/indexItem';
import type { PooledItem, RecordRequest, RecordResponse } from './recordPool';
import { WARM_UP_ENTRY, WARM_UP_ROUNDS } from './warmUpEntry';

/** The tagger and markdown-it come from `tagger.js` beside this file (built once, shared with the extension). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createTagger } = require(join(__dirname, 'tagger.js')) as { createTagger: typeof CreateTagger };

let tagger: Tagger | undefined;
let taggerKey = '';

function taggerFor(request: RecordRequest): Tagger {
  const key = JSON.stringify(request.options);
  if (tagger === undefined || key !== taggerKey) {
    tagger = createTagger(request.options);
    taggerKey = key;
  }
  return tagger;
}

parentPort?.on('message', (request: RecordRequest) => {
  let response: RecordResponse;
  try {
    const current = taggerFor(request);
    const tag = (text: string) => current.tag(text);
    for (let round = 0; request.warmUp === true && round < WARM_UP_ROUNDS; round++) {
      indexItem('warm-up.md', WARM_UP_ENTRY, tag);
    }
    response = { id: request.id, results: request.jobs.map((job): PooledItem => {
      if ('text' in job) {
        return indexItem(job.path, job.text, tag);
      }
      let text: string;
      let stamp: PooledItem['stamp'];
      try {
        const info = statSync(job.file);
        stamp = { mtime: Math.trunc(info.mtimeMs), size: info.size }; // Whole ms, as vscode.workspace.fs gives.
        text = readFileSync(job.file, 'utf8'); // A BOM stays, as the extension's decoder keeps it.
      } catch (error) {
        return { record: { ok: false, reason: `it could not be read (${error instanceof Error ? error.message : String(error)})` }, facts: NO_FACTS };
      }
      return { ...indexItem(job.path, text, tag), stamp };
    }) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
