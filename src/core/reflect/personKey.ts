// The matching key of a person's name: the same person written differently has the same key.
import { foldText } from './foldText';

/**
 * `Ana María` → `ana maria`, `@ana-maria` → `ana maria`, `sam.lee` → `sam lee`: case and accents
 * ignored, leading `@`s dropped, and runs of spaces, `.`, `-` and `_` read as one space. Idempotent.
 */
export function personKey(name: string): string {
  return foldText(name).replace(/[\s._-]+/g, ' ').replace(/^[ @]+/, '').trim();
}
