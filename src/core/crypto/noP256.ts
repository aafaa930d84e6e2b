// A stand-in for `@noble/curves/nist.js` in the extension's bundles (scripts/ageAlias.ts): the age
// library uses P-256 only for `age1tag1…` recipients (hardware-key tags), which the extension never
// encrypts to (see noPostQuantum.ts). Any use throws a message that says so.
import { POST_QUANTUM_IN_CLI } from './noPostQuantumMessage';

function refused(): never {
  throw new Error(POST_QUANTUM_IN_CLI);
}

export const p256 = {
  lengths: { publicKeyUncompressed: 65 },
  Point: { fromBytes: refused },
  utils: { randomSecretKey: refused },
  getPublicKey: refused,
  getSharedSecret: refused,
};
