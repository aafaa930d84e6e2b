// Builders shared by the trends tests (not a test file itself: mocha loads `*.test.ts` only).
import * as assert from 'node:assert/strict';
import { parseIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import type { IndexedEntry } from '../../../../src/core/records/entryRecord';

export function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date, `test date ${iso}`);
  return date;
}

/** A daily entry on `date` with words that show neither side (`unclear`), with `overrides` applied. */
export function entry(date: string, overrides: Partial<IndexedEntry> = {}): IndexedEntry {
  return {
    path: `${date.slice(0, 4)}/${date.slice(5, 7)}/${date}.md`,
    date,
    kind: 'daily',
    people: [],
    label: 'unclear',
    why: 0,
    how: 0,
    functions: [],
    style: null,
    traps: [],
    words: 100,
    title: date,
    ...overrides,
  };
}

/** A tagged entry whose why share is `why` (how is the rest). */
export function tagged(date: string, why: number, overrides: Partial<IndexedEntry> = {}): IndexedEntry {
  const label = why > 0.6 ? 'why' : why < 0.4 ? 'how' : 'balanced';
  return entry(date, { label, why, how: 1 - why, ...overrides });
}

/** Every number in a JSON-like value, to check that none is NaN or infinite. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') {
    return [value];
  }
  if (Array.isArray(value)) {
    return value.flatMap(numbersIn);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).flatMap(numbersIn);
  }
  return [];
}

/** A deterministic pseudo-random source (a 32-bit LCG), so large fixtures are the same every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` varied entries spread over the ten years before 2026-12-31, several on some days. */
export function largeJournal(count: number): IndexedEntry[] {
  const random = seeded(48);
  const functionIds = ['direction', 'alignment', 'motivation', 'planning', 'organising', 'controlling'] as const;
  const trapIds = ['micromanaging-leader', 'visionless-manager', 'nice-leader-no-follow-through', 'taskmaster-manager'] as const;
  const styleIds = ['directing', 'coaching', 'supporting', 'delegating'] as const;
  const first = Date.UTC(2017, 0, 1);
  const entries: IndexedEntry[] = [];
  for (let index = 0; index < count; index++) {
    const date = new Date(first + Math.floor(random() * 3652) * 86_400_000).toISOString().slice(0, 10);
    const why = Math.round(random() * 100) / 100;
    const isTagged = random() < 0.8;
    entries.push(entry(date, {
      path: `${date.slice(0, 4)}/${date}-${index}.md`,
      people: random() < 0.5 ? [`person-${Math.floor(random() * 40)}`] : [],
      label: isTagged ? (why > 0.6 ? 'why' : why < 0.4 ? 'how' : 'balanced') : 'unclear',
      why: isTagged ? why : 0,
      how: isTagged ? 1 - why : 0,
      functions: functionIds.filter(() => random() < 0.3),
      style: random() < 0.3 ? styleIds[Math.floor(random() * 4)] ?? null : null,
      traps: trapIds.filter(() => random() < 0.05),
      words: Math.floor(random() * 400),
    }));
  }
  return entries;
}
