// The front-matter keys the product owns for tags, in one place for the writer, the fingerprint
// and the CodeLens.

/** The keys the tagger writes: the reading of the entry. */
export const TAG_KEYS = ['tags', 'why', 'how', 'functions', 'style', 'traps'] as const;

/** A user who sets this key to true keeps their own labels: the tagger leaves the entry alone. */
export const PIN_KEY = 'tags-pinned';

/** The fingerprint of the tagger's keys as the product last wrote them (tagFingerprint.ts). */
export const HASH_KEY = 'tags-hash';
