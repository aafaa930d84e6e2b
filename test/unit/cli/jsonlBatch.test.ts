import * as assert from 'node:assert/strict';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { batchLines, countLineBreaks, textBatches } from '../../../src/cli/jsonlBatch';
import { decodedText } from '../../../src/node/decodedText';

/** The lines node:readline gives for these stdin chunks (what `classify --jsonl` read with before). */
async function readlineLines(chunks: readonly Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) {
    lines.push(line);
  }
  return lines;
}

/** The lines the batches give, each checked against its number from the batch's `first`. */
async function batchedLines(chunks: readonly Buffer[], size: number): Promise<string[]> {
  const lines: string[] = [];
  for await (const batch of textBatches(decodedText(Readable.from(chunks)), size)) {
    assert.equal(batch.first, lines.length + 1, 'a batch starts at the line after the last one');
    lines.push(...batchLines(batch.text));
  }
  return lines;
}

/** `bytes` cut into chunks of 1..`most` bytes, from a seeded generator: cuts fall inside \r\n and inside characters. */
function chunked(bytes: Buffer, most: number, seed: number): Buffer[] {
  let state = seed;
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const size = 1 + (state % most);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

describe('classify --jsonl batches (jsonlBatch.ts)', () => {
  it('splits stdin into the same lines as node:readline, however the chunks fall', async () => {
    const pieces = ['{"text":"a"}', '\n', '\r\n', '\r', 'é', '🙂', ' ', '', 'x'.repeat(40), '\u2028'];
    const inputs = [
      Buffer.from(''), Buffer.from('\n\n\n'), Buffer.from('a\rb\r\nc\n\rd\r'), Buffer.from('no line end'),
      Buffer.from([0x7b, 0xe2, 0x82, 0x0a, 0xff, 0x0a, 0xc3, 0xa9, 0x0a, 0xf0, 0x9f, 0x99]), // Malformed and cut-off UTF-8.
    ];
    let state = 7;
    for (let input = 0; input < 40; input += 1) {
      let text = '';
      for (let piece = 0; piece < 60; piece += 1) {
        state = (state * 1103515245 + 12345) % 2147483648;
        text += pieces[state % pieces.length];
      }
      inputs.push(Buffer.from(text));
    }
    for (const [at, bytes] of inputs.entries()) {
      for (const [most, size] of [[1, 1], [3, 5], [7, 16], [64, 1 << 20]] as const) {
        const chunks = chunked(bytes, most, at + most);
        assert.deepEqual(await batchedLines(chunks, size), await readlineLines(chunks), `input ${at}, chunks of up to ${most} bytes, batches of ${size}`);
      }
    }
  });

  it('cuts a long input into batches of whole lines near the size asked for', async () => {
    const line = JSON.stringify({ text: 'I planned the budget with the team.' });
    const chunks = chunked(Buffer.from(`${line}\n`.repeat(10_000)), 65_536, 1);
    const sizes: number[] = [];
    for await (const batch of textBatches(decodedText(Readable.from(chunks)), 50_000)) {
      sizes.push(batch.text.length);
      assert.ok(batch.text.endsWith('\n'), 'a batch ends at a line end');
    }
    assert.ok(sizes.length >= 8, `${sizes.length} batches`);
    assert.ok(sizes.slice(0, -1).every((size) => size >= 50_000 && size < 50_000 + 65_536), sizes.join(' '));
  });

  it('counts \\r\\n as one line break and a lone \\r as one', () => {
    assert.equal(countLineBreaks('a\nb\n'), 2);
    assert.equal(countLineBreaks('a\r\nb\rc\n\r'), 4);
    assert.equal(countLineBreaks('no break'), 0);
  });
});
