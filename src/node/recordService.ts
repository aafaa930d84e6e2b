// The worker side of recordPool.ts, independent of how the tagger is loaded: dist/recordWorker.js
// loads it from dist/tagger.js beside it, the CLI bundle (dist/cli.js) has it built in. Answers each
// request with the items, in order; one text that cannot be tagged is a skip with its reason, never
// a failed batch. With `facts: false` (the CLI report) only the record is made.
import { readFileSync, statSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { indexItem, NO_FACTS } from '../core/index/indexItem';
import { indexRecord } from '../core/records/readRecord';
import type { createTagger as CreateTagger, Tagger } from '../core/tagger/tagger';
import type { TagResult } from '../core/tagger/types';
import { errorMessage } from '../core/text/errorMessage';
import type { PooledItem, RecordRequest, RecordResponse } from './recordPool';
import { WARM_UP_ENTRY, WARM_UP_ROUNDS } from './warmUpEntry';

function itemFor(path: string, text: string, tag: (text: string) => TagResult, facts: boolean): PooledItem {
  try {
    return facts ? indexItem(path, text, tag) : { record: indexRecord(path, text, tag), facts: NO_FACTS };
  } catch (error) {
    return { record: { ok: false, reason: `it could not be tagged: ${errorMessage(error)}` }, facts: NO_FACTS };
  }
}

/** Serves record requests on `port` with taggers made by `createTagger` (one per set of options, kept). */
export function serveRecords(port: MessagePort, createTagger: typeof CreateTagger): void {
  let tagger: Tagger | undefined;
  let taggerKey = '';
  const taggerFor = (request: RecordRequest): Tagger => {
    const key = JSON.stringify(request.options);
    if (tagger === undefined || key !== taggerKey) {
      tagger = createTagger(request.options);
      taggerKey = key;
    }
    return tagger;
  };
  port.on('message', (request: RecordRequest) => {
    let response: RecordResponse;
    try {
      const current = taggerFor(request);
      const tag = (text: string) => current.tag(text);
      const facts = request.facts !== false;
      for (let round = 0; request.warmUp === true && round < WARM_UP_ROUNDS; round++) {
        indexItem('warm-up.md', WARM_UP_ENTRY, tag);
      }
      response = { id: request.id, results: request.jobs.map((job): PooledItem => {
        if ('text' in job) {
          return itemFor(job.path, job.text, tag, facts);
        }
        let text: string;
        let stamp: PooledItem['stamp'];
        try {
          const info = statSync(job.file);
          stamp = { mtime: Math.trunc(info.mtimeMs), size: info.size }; // Whole ms, as vscode.workspace.fs gives.
          text = readFileSync(job.file, 'utf8'); // A BOM stays, as the extension's decoder keeps it.
        } catch (error) {
          return { record: { ok: false, reason: `it could not be read (${errorMessage(error)})` }, facts: NO_FACTS };
        }
        return { ...itemFor(job.path, text, tag, facts), stamp };
      }) };
    } catch (error) {
      response = { id: request.id, error: errorMessage(error) };
    }
    port.postMessage(response);
  });
}
