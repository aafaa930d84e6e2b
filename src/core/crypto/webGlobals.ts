// Globals that every runtime the core runs in provides (Node 20+, browsers, web workers) but that the
// core's type check, which has neither DOM nor Node types, does not know: typed here, once.

interface Utf8Encoder {
  encode(text: string): Uint8Array;
}

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

interface WebGlobals {
  readonly TextEncoder: new () => Utf8Encoder;
  readonly TextDecoder: new (label: 'utf-8', options: { readonly fatal: boolean }) => Utf8Decoder;
  readonly crypto: { getRandomValues(bytes: Uint8Array): Uint8Array };
}

const web = globalThis as unknown as WebGlobals;

export function utf8Encoder(): Utf8Encoder {
  return new web.TextEncoder();
}

/** A decoder that throws on bytes that are not UTF-8, rather than inventing replacement characters. */
export function strictUtf8Decoder(): Utf8Decoder {
  return new web.TextDecoder('utf-8', { fatal: true });
}

/** `length` bytes from the runtime's cryptographically secure generator (never Math.random). */
export function randomBytes(length: number): Uint8Array {
  return web.crypto.getRandomValues(new Uint8Array(length));
}
