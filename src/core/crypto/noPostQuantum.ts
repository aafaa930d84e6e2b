// A stand-in for `@noble/post-quantum/hybrid.js` in the extension's bundles (scripts/ageAlias.ts,
// beside noP256.ts). The age library reaches ML-KEM only for post-quantum recipients and identities
// (`age1pq1…`, `AGE-SECRET-KEY-PQ-1…`, `age1tag1…`), which the extension never uses: it opens
// journals sealed with a passphrase and the journal's own X25519 key (core/encryption/journalKey.ts);
// keys kept in a file are the command line's, whose bundle has the whole library. Reaching one of
// these throws a message that says so; a file sealed only to such a key fails as "no identity
// matched" before any of it is called, as it did with the library whole.
import { POST_QUANTUM_IN_CLI } from './noPostQuantumMessage';

function refused(): never {
  throw new Error(POST_QUANTUM_IN_CLI);
}

/** What the age library calls on a hybrid KEM; every call refuses. */
const hybridKem = { getPublicKey: refused, encapsulate: refused, decapsulate: refused, keygen: refused };

export const MLKEM768X25519 = hybridKem;
export const MLKEM768P256 = hybridKem;
