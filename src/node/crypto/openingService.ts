// The worker side of openingPool.ts: opens batches of age files sealed to X25519 identities with
// nativeFile.ts, off the thread that reads them. The identities come with each batch and are dropped
// with it (nothing is kept between batches, so a locked journal's key lives on only in batches in
// flight); the texts go back as transferred buffers, never copied, never written anywhere.
import type { MessagePort } from 'node:worker_threads';
import { x25519Scalar } from '../../core/crypto/x25519Key';
import { errorMessage } from '../../core/text/errorMessage';
import { openFile } from './nativeFile';
import { NativeX25519Identity } from './nativeX25519';

export interface OpeningRequest {
  readonly id: number;
  /** `AGE-SECRET-KEY-1…` identities. */
  readonly identities: readonly string[];
  /** Binary age files. */
  readonly files: readonly Uint8Array[];
}

export type OpeningResponse =
  /** Each file's text, or null where the fast path did not open it (the caller asks the library). */
  | { readonly id: number; readonly texts: readonly (Uint8Array | null)[] }
  | { readonly id: number; readonly error: string };

export function serveOpenings(port: MessagePort): void {
  port.on('message', (request: OpeningRequest) => {
    let response: OpeningResponse;
    const transfer: ArrayBuffer[] = [];
    try {
      const identities = request.identities.map(x25519Scalar).filter((scalar) => scalar !== undefined).map((scalar) => new NativeX25519Identity(scalar));
      response = {
        id: request.id,
        texts: request.files.map((file) => {
          const text = openFile(file, identities) ?? null;
          if (text !== null) {
            transfer.push(text.buffer as ArrayBuffer); // nativePayload.ts allocates each text whole.
          }
          return text;
        }),
      };
    } catch (error) {
      response = { id: request.id, error: errorMessage(error) };
    }
    port.postMessage(response, transfer);
  });
}
