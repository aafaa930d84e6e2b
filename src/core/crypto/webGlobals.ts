// Globals that every runtime the core runs in provides (Node 20+, browsers, web workers) but that the
// core's type check, which has neither DOM nor Node types, does not know: typed here, once.

interface Utf8Encoder {
  encode(text: string): Uint8Array;
}

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

/** The little of WebCrypto the core calls itself (the age library uses more, on its own). */
export interface WebCrypto {
  getRandomValues(bytes: Uint8Array): Uint8Array;
  readonly subtle?: {
    importKey(format: 'pkcs8', key: Uint8Array, algorithm: { readonly name: 'X25519' }, extractable: boolean, usages: readonly string[]): Promise<unknown>;
  };
}

interface WebGlobals {
  readonly TextEncoder: new () => Utf8Encoder;
  readonly TextDecoder: new (label: 'utf-8', options: { readonly fatal: boolean }) => Utf8Decoder;
  readonly crypto: WebCrypto;
}

const web = globalThis as unknown as WebGlobals;

export function utf8Encoder(): Utf8Encoder {
  return new web.TextEncoder();
}

/** A decoder that throws on bytes that are not UTF-8, rather than inventing replacement characters. */
export function strictUtf8Decoder(): Utf8Decoder {
  return new web.TextDecoder('utf-8', { fatal: true });
}

export function webCrypto(): WebCrypto {
  return web.crypto;
}

/** `length` bytes from the runtime's cryptographically secure generator (never Math.random). */
export function randomBytes(length: number): Uint8Array {
  return web.crypto.getRandomValues(new Uint8Array(length));
}
