// Passphrases as they arrive: from a file (the CLI's --passphrase-file) or typed, in any script.
// A passphrase is used exactly as given when encrypting (so `age -p` on the same keyboard opens the
// file); when opening, its other Unicode normal forms are tried too, because the same "é" typed on
// two systems can arrive composed (NFC) or decomposed (NFD) — different bytes to scrypt.

export type PassphraseRead = { readonly ok: true; readonly passphrase: string } | { readonly ok: false; readonly message: string };

/**
 * The passphrase in a passphrase file: its first line, without the line ending (LF or CRLF) and
 * without a leading byte-order mark; every other character, spaces included, is part of it.
 */
export function passphraseFromFile(text: string): PassphraseRead {
  const first = text.replace(/^\uFEFF/, '').split('\n')[0]?.replace(/\r$/, '') ?? '';
  if (first === '') {
    return { ok: false, message: 'is empty: write the passphrase on its first line' };
  }
  return { ok: true, passphrase: first };
}

/** The passphrase and its NFC and NFD forms where they differ: what `open` tries, in that order. */
export function passphraseCandidates(passphrase: string): string[] {
  return [...new Set([passphrase, passphrase.normalize('NFC'), passphrase.normalize('NFD')])];
}
