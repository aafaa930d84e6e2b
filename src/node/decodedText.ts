// A byte stream as UTF-8 text, chunk by chunk, decoded exactly as node:readline decodes it (what
// `classify --jsonl` read stdin with before): a character split between chunks is joined, a malformed
// sequence becomes U+FFFD, and an incomplete character at the very end is dropped (readline never
// flushes its decoder). Keeps the CLI's output byte-identical for any input bytes.
import { StringDecoder } from 'node:string_decoder';

export async function* decodedText(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text !== '') {
      yield text;
    }
  }
}
