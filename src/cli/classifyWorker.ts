// The worker-thread side of parallelClassify.ts: builds the tagger once with the options it was
// started with and answers each batch with the same pure function the main thread uses.
import type { MessagePort } from 'node:worker_threads';
import { createTagger } from '../core/tagger/tagger';
import { errorMessage } from '../core/text/errorMessage';
import { classifyBatch } from './jsonlBatch';
import type { ClassifyRequest, ClassifyResponse, ClassifyWorkerData } from './parallelClassify';

export function serveClassify(port: MessagePort, data: ClassifyWorkerData): void {
  const tagger = createTagger(data.options);
  const tag = tagger.tag.bind(tagger);
  port.on('message', (request: ClassifyRequest) => {
    let response: ClassifyResponse;
    try {
      response = { id: request.id, output: classifyBatch(tag, request.batch) };
    } catch (error) {
      response = { id: request.id, error: errorMessage(error) };
    }
    port.postMessage(response);
  });
}
