// The JSON a `classify` result line carries: the CLI's contract with scripts, in one place.
import type { TagResult } from '../core/tagger/types';

/** Exactly these fields, in this order (no line numbers). */
export function toContract(result: TagResult): Record<string, unknown> {
  return {
    label: result.label,
    why: result.why,
    how: result.how,
    functions: result.functions,
    style: result.style,
    traps: result.traps.map((trap) => ({ id: trap.id, evidence: trap.evidence })),
    sentences: result.sentences.map((s) => ({ text: s.text, label: s.label, cues: s.cues })),
  };
}
