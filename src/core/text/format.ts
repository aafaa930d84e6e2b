// How numbers, counts and ids read in the product's text, in one place so every surface writes a
// share, a count or a name the same way. The English text (reviews, the tagger's explanation, the
// CLI) is locale-independent on purpose: the same journal gives the same text on every machine. What
// is shown in the display language (the hover, the HTML report, the webviews) takes a `Translator`
// (`vscode.l10n`, `@vscode/l10n`, a report's language) and the same shapes: `translatedPercent`,
// `pluralMessage`, `delta` with its own words. The `l10n.t('…')` calls below are literal, so
// @vscode/l10n-dev extracts their messages into l10n/bundle.l10n.json (hence the type import).
import type * as l10n from '@vscode/l10n';

/**
 * What translates an English message: `vscode.l10n` on the host, `@vscode/l10n` in a webview, a
 * report's language, `ENGLISH` here. The message is its own key; `{0}`, `{1}` are filled in order.
 */
export interface Translator {
  t(message: string, ...args: l10n.L10nReplacement[]): string;
}

/** The messages as written, `{n}` filled with the arguments as text: what `vscode.l10n.t` does with no bundle. */
export const ENGLISH: Translator = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? whole : String(arg);
  }),
};

/** A share in [0, 1] as whole percent: `62%`, or `62 %` with gap `' '` (the reports'); `—` for null (nothing tagged). */
export function percent(share: number | null, gap: '' | ' ' = ''): string {
  return share === null ? '—' : `${Math.round(share * 100)}${gap}%`;
}

/** A share in [0, 1] as whole percent the translator's language writes it (`62 %`); `—` for null (nothing tagged). */
export function translatedPercent(l10n: Translator, share: number | null): string {
  return share === null ? '—' : l10n.t('{0} %', Math.round(share * 100));
}

/** A share as the bare whole number the charts carry (`62`), '' for null. */
export function percentNumber(share: number | null): string {
  return share === null ? '' : String(Math.round(share * 100));
}

/**
 * `one` for a count of 1, `many` otherwise: the one place the product's count rule is written. Any
 * pair of forms (words, messages, a webview's string keys), so a caller that fills the form itself
 * (a message with elements in it, or whose other placeholders differ) still chooses here.
 */
export function pluralForm<T>(count: number, one: T, many: T): T {
  return count === 1 ? one : many;
}

/** `entry` for a count of 1, `entries` otherwise (`many` defaults to `one` + s). */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return pluralForm(count, one, many);
}

/** `1 entry`, `3 entries`; `number` writes the count (`1,234 files` with grouping), plain digits by default. */
export function plural(count: number, one: string, many = `${one}s`, number: (count: number) => string = String): string {
  return `${number(count)} ${pluralWord(count, one, many)}`;
}

/**
 * `one` or `many`, two translated messages with `{0}` (`{0} entry`, `{0} entries`: each language
 * decides its own forms), for `count`, with the count filled in: as digits by default, or as `number`
 * writes it (a webview's locale grouping, `1.234`). Every `{0}` is filled; other placeholders stay.
 */
export function pluralMessage(count: number, one: string, many: string, number: (count: number) => string = String): string {
  return pluralForm(count, one, many).replaceAll('{0}', number(count));
}

/** `1 day`, `12 days` in the translator's language (`{0} day` and `{0} days`, each language its own forms). */
export function translatedDays(l10n: Translator, count: number): string {
  return pluralMessage(count, l10n.t('{0} day'), l10n.t('{0} days'));
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
