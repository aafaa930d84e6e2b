// Checks shared by the English and German trap tests: each clear example shows exactly its trap
// with evidence taken from the entry, and ordinary entries raise at most one false alarm per 24.
import * as assert from 'node:assert/strict';
import type { Tagger } from '../../src/core/tagger/tagger';
import type { TrapId } from '../../src/core/tagger/types';

/** Each entry shows exactly its trap, with at least two evidence sentences found in the entry. */
export function assertEachTrapFound(tagger: Tagger, examples: readonly (readonly [string, TrapId])[]): void {
  for (const [markdown, id] of examples) {
    const result = tagger.tag(markdown);
    assert.deepEqual(result.traps.map((trap) => trap.id), [id]);
    const evidence = result.traps[0]?.evidence ?? [];
    assert.ok(evidence.length >= 2, `${id}: ${evidence.join(' / ')}`);
    for (const sentence of evidence) {
      assert.ok(markdown.replace(/\s+/g, ' ').includes(sentence), sentence);
    }
  }
}

/** At most one false alarm per 24 of the given ordinary entries (more than 200 of them). */
export function assertFewFalseAlarms(tagger: Tagger, ordinary: readonly { readonly text: string }[]): void {
  const alarms = ordinary.reduce((total, entry) => total + tagger.tag(entry.text).traps.length, 0);
  assert.ok(ordinary.length > 200 && (24 * alarms) / ordinary.length <= 1, `${alarms} alarms on ${ordinary.length} ordinary entries`);
}
