// What Search Journal… finds, lists and opens, decided without VS Code: an empty query lists the
// latest entries; otherwise the entries matching the query, newest first and at most `limit` — the
// index's metadata first (searchCandidates), then, for a query with words, each remaining entry's
// text, read a few at a time and given up as soon as the query goes stale — with private entries left
// out (never read) and counted when the setting asks. A hit opens at the line that matched, or at
// the top for a query without words. The picker's title and the left-out row are worded here too,
// through the translator handed in (`vscode.l10n` in searchCommand.ts, which reads, shows and opens;
// the calls are `l10n.t('…')` for @vscode/l10n-dev to extract, hence the type import of `vscode`).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import { pluralMessage, type Translator } from '../../core/text/format';
import { findInText, needsText, searchCandidates, type SearchRecord, type TextMatch } from '../../core/reflect/search';
import type { SearchQuery } from '../../core/reflect/searchQuery';
import type { PeopleDirectory } from '../../core/reflect/peopleDirectory';

/** Results listed at most; a query matching more says so. */
export const MAX_RESULTS = 50;
/** Entries shown for an empty query: the latest. */
export const RECENT_SHOWN = 15;
/** Files read at once while looking for words. */
const READ_CONCURRENCY = 16;

export interface SearchHit {
  readonly record: SearchRecord;
  /** Undefined for a query without words (the entry opens at its top). */
  readonly match: TextMatch | undefined;
}

/** A query of nothing but spaces lists the latest entries instead of searching. */
export function isEmptyQuery(value: string): boolean {
  return value.trim() === '';
}

/** The latest `RECENT_SHOWN` entries the (empty) query lets through, and how many private ones were left out. */
export function latestEntries(query: SearchQuery, records: readonly SearchRecord[], hidePrivate: boolean, directory: PeopleDirectory): { latest: SearchRecord[]; privateLeftOut: number } {
  const { candidates, privateLeftOut } = searchCandidates(query, records, hidePrivate, directory);
  return { latest: candidates.slice(0, RECENT_SHOWN), privateLeftOut };
}

/** Where a hit opens: its entry, at the matched line when there is a line to show (an excerpt), else at the top. */
export function hitTarget(hit: SearchHit): { readonly path: string; readonly line?: number } {
  return { path: hit.record.path, ...(hit.match && hit.match.excerpt !== '' ? { line: hit.match.line } : {}) };
}

/** `Search Journal — 3 matches`, `— 1 match`, or `— the first 50 matches` when there are more. */
export function resultsTitle(l10n: Translator, title: string, hits: number, more: boolean): string {
  return more
    ? l10n.t('{0} — the first {1} matches', title, hits)
    : l10n.t('{0} — {1}', title, pluralMessage(hits, l10n.t('1 match'), l10n.t('{0} matches')));
}

/** The row's words for private entries left out: `1 private entry left out`, `3 private entries left out`. */
export function privateLeftOutLabel(l10n: Translator, leftOut: number): string {
  return pluralMessage(leftOut, l10n.t('1 private entry left out'), l10n.t('{0} private entries left out'));
}

/**
 * The entries matching `query`, newest first, at most `limit`: metadata first, then, for a query with
 * words, each remaining entry's text (read by `readText`, undefined when unreadable). Stops early when
 * `isStale` turns true, and reports progress through `onProgress`.
 */
export async function searchEntries(
  query: SearchQuery,
  records: readonly SearchRecord[],
  directory: PeopleDirectory,
  readText: (path: string) => Promise<string | undefined>,
  options: {
    readonly limit: number;
    readonly isStale: () => boolean;
    readonly onProgress?: (hits: readonly SearchHit[]) => void;
    /** Leave private entries out (they are not read) and count them in `privateLeftOut`. */
    readonly hidePrivate?: boolean;
  },
): Promise<{ hits: SearchHit[]; more: boolean; privateLeftOut: number }> {
  const { candidates, privateLeftOut } = searchCandidates(query, records, options.hidePrivate === true, directory);
  if (!needsText(query)) {
    return { hits: candidates.slice(0, options.limit).map((record) => ({ record, match: undefined })), more: candidates.length > options.limit, privateLeftOut };
  }
  const hits: SearchHit[] = [];
  for (let at = 0; at < candidates.length; at += READ_CONCURRENCY) {
    const batch = candidates.slice(at, at + READ_CONCURRENCY);
    const texts = await Promise.all(batch.map((record) => readText(record.path)));
    if (options.isStale()) {
      return { hits, more: false, privateLeftOut };
    }
    for (const [i, record] of batch.entries()) {
      const text = texts[i];
      const match = text === undefined ? undefined : findInText(query, text);
      if (match) {
        if (hits.length === options.limit) {
          return { hits, more: true, privateLeftOut };
        }
        hits.push({ record, match });
      }
    }
    options.onProgress?.(hits);
  }
  return { hits, more: false, privateLeftOut };
}
