// The worker side of recordPool.ts, independent of how the tagger is loaded: dist/recordWorker.js
// loads it from dist/tagger.js beside it, the CLI bundle (dist/cli.js) has it built in. Answers each
// request with the items, in order; one text that cannot be tagged is a skip with its reason, never
// a failed batch. With `facts: false` (the CLI report) only the record is made, with the tagger's
// `readRecord` (no sentence results), and sent. A job naming a local file is read here as the
// catalogue's Node adapter reads it (nodeJournalFiles.ts's readLocalFile): a file gone since the
// listing comes back `gone`, one that cannot be read with the catalogue's reason.
import type { MessagePort } from 'node:worker_threads';
import { unreadableReason } from '../core/catalogue/catalogueItem';
import { NO_FACTS } from '../core/index/factsData';
import { indexItem } from '../core/index/indexItem';
import { indexRecord } from '../core/records/readRecord';
import type { createTagger as CreateTagger, Tagger } from '../core/tagger/tagger';
import type { RecordReading, TagResult } from '../core/tagger/types';
import { errorMessage } from '../core/text/errorMessage';
import { readLocalFile } from './nodeJournalFiles';
import type { PooledRecord, RecordRequest, RecordResponse } from './recordPool';
import { WARM_UP_ENTRY, WARM_UP_ROUNDS } from './warmUpEntry';

/** No facts at all when the request asks for none: an empty set of them per item cost more to send than the record. */
function noFacts(facts: boolean): { facts?: typeof NO_FACTS } {
  return facts ? { facts: NO_FACTS } : {};
}

/** `read` is the tagger's `readRecord`: for a request without facts (the CLI report), which keeps records only. */
function itemFor(path: string, text: string, tag: (text: string) => TagResult, read: (text: string) => RecordReading, facts: boolean): PooledRecord {
  try {
    return facts ? indexItem(path, text, tag) : { record: indexRecord(path, text, read) };
  } catch (error) {
    return { record: { ok: false, reason: `it could not be tagged: ${errorMessage(error)}` }, ...noFacts(facts) };
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
      const read = (text: string) => current.readRecord(text);
      const facts = request.facts !== false;
      for (let round = 0; request.warmUp === true && round < WARM_UP_ROUNDS; round++) {
        indexItem('warm-up.md', WARM_UP_ENTRY, tag);
      }
      response = { id: request.id, results: request.jobs.map((job): PooledRecord => {
        if ('text' in job) {
          return itemFor(job.path, job.text, tag, read, facts);
        }
        let file: ReturnType<typeof readLocalFile>;
        try {
          file = readLocalFile(job.file); // As the catalogue's Node adapter reads (nodeJournalFiles.ts).
        } catch (error) {
          return { record: { ok: false, reason: unreadableReason(error) }, ...noFacts(facts) };
        }
        if (file === undefined) {
          return { record: { ok: false, reason: 'it was gone when read' }, ...noFacts(facts), gone: true };
        }
        return { ...itemFor(job.path, file.text, tag, read, facts), stamp: file.stamp };
      }) };
    } catch (error) {
      response = { id: request.id, error: errorMessage(error) };
    }
    port.postMessage(response);
  });
}
