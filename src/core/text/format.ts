// How numbers, counts and ids read in the product's English text (reviews, reports, the tagger's
// explanation, the CLI), in one place so every surface writes a share, a count or a name the same
// way. Locale-independent on purpose: the same journal gives the same text on every machine. The
// webviews format numbers for the display language themselves: they take the shapes from here
// (`delta` with their own words, `percentNumber` for the charts' data, `sentenceCase`).

/** A share in [0, 1] as whole percent: `62%`, or `62 %` with gap `' '` (the reports'); `—` for null (nothing tagged). */
export function percent(share: number | null, gap: '' | ' ' = ''): string {
  return share === null ? '—' : `${Math.round(share * 100)}${gap}%`;
}

/** A share as the bare whole number the charts carry (`62`), '' for null. */
export function percentNumber(share: number | null): string {
  return share === null ? '' : String(Math.round(share * 100));
}

/** `entry` for a count of 1, `entries` otherwise (`many` defaults to `one` + s). */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** `1 entry`, `3 entries`; `number` writes the count (`1,234 files` with grouping), plain digits by default. */
export function plural(count: number, one: string, many = `${one}s`, number: (count: number) => string = String): string {
  return `${number(count)} ${pluralWord(count, one, many)}`;
}

/** The words a signed difference is written in: shares in percentage points, counts as they are. */
export interface DeltaWords {
  readonly points: (points: number) => string;
  readonly count: (value: number) => string;
}

const ENGLISH_DELTA: DeltaWords = { points: (points) => `${points} pt`, count: (value) => value.toFixed(1) };

/**
 * A signed difference with a real minus sign (`+3 pt`, `−1.5`, `±0`); a share is rounded to whole
 * points, a count to one decimal; `—` for null.
 */
export function delta(value: number | null, kind: 'count' | 'share', words: DeltaWords = ENGLISH_DELTA): string {
  if (value === null) {
    return '—';
  }
  const scaled = kind === 'share' ? Math.round(value * 100) : Math.round(value * 10) / 10;
  if (scaled === 0) {
    return '±0';
  }
  const text = kind === 'share' ? words.points(Math.abs(scaled)) : words.count(Math.abs(scaled));
  return `${scaled > 0 ? '+' : '\u2212'}${text}`;
}

/** `this week` → `This week`. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `micromanaging-leader` → `Micromanaging leader`: a readable name for an id no table names yet. */
export function sentenceCase(id: string): string {
  return capitalise(id.replace(/-/g, ' '));
}
