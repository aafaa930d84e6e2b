// The JSON a `classify` result line carries: the CLI's contract with scripts, in one place.
import type { TagResult } from '../core/tagger/types';

/**
 * Exactly these fields, in this order (no line numbers). `language` is `en`, `de`, `other` (a language
 * the tagger does not read: the label is then `unclear`) or null (no words).
 */
export function toContract(result: TagResult): Record<string, unknown> {
  return {
    label: result.label,
    language: result.language,
    why: result.why,
    how: result.how,
    functions: result.functions,
    style: result.style,
    traps: result.traps.map((trap) => ({ id: trap.id, evidence: trap.evidence })),
    sentences: result.sentences.map((s) => ({ text: s.text, label: s.label, cues: s.cues })),
  };
}
