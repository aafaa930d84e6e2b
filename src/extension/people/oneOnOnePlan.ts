// What New 1:1 with Person… offers and does, decided from the people the journal knows: a name given
// goes straight to New Entry; otherwise everyone named in the journal (unambiguously) and everyone in
// people.yml is offered once, those whose 1:1 is overdue first, then due today, never held, upcoming,
// and the rest; with no one to offer, New Entry asks for a name. Pure (no vscode), so the decisions are
// unit-tested; oneOnOneCommand.ts reads the journal, words the notes and asks.
import type { CadenceStatus } from '../../core/people/oneOnOneCadence';

/** A person to offer, with how their 1:1s stand against their cadence (undefined without one). */
export interface OneOnOneCandidate {
  readonly name: string;
  readonly status: CadenceStatus | undefined;
}

/** Where a cadence state puts a person in the list: the most pressing first. */
const ORDER: Readonly<Partial<Record<CadenceStatus['state'], number>>> = { overdue: 0, due: 1, never: 2, upcoming: 3 };
const UNNOTED = 4;

/**
 * Everyone to offer, once each (by person key), the journal's people before those only listed, then
 * in the order of their cadence state; the sort is stable, so each group keeps that first order.
 */
export function oneOnOneCandidates(
  named: readonly { readonly key: string; readonly name: string; readonly ambiguousWith: readonly string[] }[],
  listed: readonly { readonly key: string; readonly name: string }[],
  statuses: ReadonlyMap<string, CadenceStatus>,
): OneOnOneCandidate[] {
  const byKey = new Map<string, OneOnOneCandidate>();
  for (const person of [...named.filter((candidate) => candidate.ambiguousWith.length === 0), ...listed]) {
    if (!byKey.has(person.key)) {
      byKey.set(person.key, { name: person.name, status: statuses.get(person.key) });
    }
  }
  const order = (candidate: OneOnOneCandidate): number => (candidate.status && ORDER[candidate.status.state]) ?? UNNOTED;
  return [...byKey.values()].sort((a, b) => order(a) - order(b));
}

/** After reading the journal: offer the candidates, or, with no one to offer, let New Entry ask for a name. */
export type OneOnOneStart = 'choose' | 'ask-name';

/** Before reading the journal: a name given (not blank) is used at once. */
export function nameGiven(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  return trimmed ? trimmed : undefined;
}

export function oneOnOneStart(candidates: readonly OneOnOneCandidate[]): OneOnOneStart {
  return candidates.length === 0 ? 'ask-name' : 'choose';
}
