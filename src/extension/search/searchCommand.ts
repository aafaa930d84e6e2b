// `Search Journal…`: a QuickPick that reads the query language of reflect/searchQuery.ts as it is
// typed — words, "phrases", tag:, kind:, person:, trap:, style:, from:/to: — and lists the matching
// entries, newest first, with date, title and the line that matched. A query it cannot read is
// explained in the picker. Filters run over the index; words are looked for in the entries' text,
// read through the journal store (journal/journalStore.ts) only for entries that pass the filters, a few at a time, and a
// search goes stale (and stops) as soon as the query changes. Results are capped. With the setting
// `privacy.hidePrivateInSearch`, private entries are left out (their text not even read) and a row
// says how many.
import * as vscode from 'vscode';
import { pluralMessage } from '../../core/text/format';
import { DRAFTED_END, DRAFTED_START } from '../../core/entries/drafted';
import { isEntryKindId } from '../../core/entries/kinds';
import { entryKindFor } from '../../core/entries/localizedKinds';
import { findInText, needsText, searchCandidates, type SearchRecord, type TextMatch } from '../../core/reflect/search';
import { parseQuery, type SearchQuery } from '../../core/reflect/searchQuery';
import type { PeopleDirectory } from '../../core/reflect/peopleDirectory';
import type { CommandHandlers } from '../activationTable';
import type { JournalSettings } from '../config';
import type { Settings } from '../settingsService';
import type { JournalStore } from '../journal/journalStore';
import { entryUri, resolveJournalFolder } from '../journal/journalLocation';
import type { JournalMount } from '../journal/journalMounts';
import { OPEN_ENTRY_AT } from '../entries/openEntryAt';
import type { PeopleLoader } from '../people/peopleLoader';
import { recordsOf, type ReflectSource } from '../index/reflectSource';

/** Results listed at most; a query matching more says so. */
export const MAX_RESULTS = 50;
/** Entries shown for an empty query: the latest. */
const RECENT_SHOWN = 15;
const DEBOUNCE_MS = 150;
/** Files read at once while looking for words. */
const READ_CONCURRENCY = 16;
/** Texts kept while the picker is open, so refining a query does not read the same files again. */
const TEXT_CACHE_LIMIT = 2000;

interface ResultPick extends vscode.QuickPickItem {
  readonly path?: string;
  readonly line?: number;
}

export interface SearchHit {
  readonly record: SearchRecord;
  /** Undefined for a query without words (the entry opens at its top). */
  readonly match: TextMatch | undefined;
}

function kindName(kind: string, locale: string): string {
  return isEntryKindId(kind) ? entryKindFor(kind, locale).label : kind;
}

function resultItem(hit: SearchHit, locale: string): ResultPick {
  const { record, match } = hit;
  return {
    label: record.title,
    description: `${record.date} · ${kindName(record.kind, locale)}`,
    ...(match && match.excerpt !== '' ? { detail: match.excerpt } : {}),
    alwaysShow: true,
    path: record.path,
    ...(match && match.excerpt !== '' ? { line: match.line } : {}),
  };
}

function messageItem(label: string, detail?: string): ResultPick {
  return { label, ...(detail ? { detail } : {}), alwaysShow: true };
}

/** The row saying how many private entries were left out; none when none were. */
function privateItems(leftOut: number): ResultPick[] {
  if (leftOut === 0) {
    return [];
  }
  const label = pluralMessage(leftOut, vscode.l10n.t('1 private entry left out'), vscode.l10n.t('{0} private entries left out'));
  return [messageItem(`$(lock) ${label}`, vscode.l10n.t('Private entries are not shown in search while the setting leadershipJournal.privacy.hidePrivateInSearch is on.'))];
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

/** What a search reads, handed in by the composition root (features.ts): people.yml for `person:`. */
export interface SearchServices {
  readonly index: ReflectSource;
  /** Which journal is unlocked in this window: entries are read through it (journal/journalMounts.ts). */
  readonly mount: JournalMount;
  readonly people: PeopleLoader;
  /** The settings now (settingsService.ts): the entry language, whether private entries are left out. */
  readonly settings: Settings;
  /** The journal's files: the entries' text is read through it (journal/journalStore.ts). */
  readonly store: JournalStore;
}

export function searchCommands({ index, mount, people, settings, store }: SearchServices): CommandHandlers<'search/searchCommand'> {
  return { searchJournal: (query?: string) => searchJournal(index, { mount, people, store }, settings.current, query) };
}

async function searchJournal(
  source: ReflectSource, { mount, people: peopleFile, store }: Pick<SearchServices, 'mount' | 'people' | 'store'>, settings: JournalSettings, initial?: string,
): Promise<void> {
  const folder = await resolveJournalFolder(settings, mount);
  if (!folder) {
    return;
  }
  // Read once per search: turning the setting on while sharing a screen takes effect at the next search.
  const hidePrivate = settings.privacy.hidePrivateInSearch;
  const picker = vscode.window.createQuickPick<ResultPick>();
  const title = vscode.l10n.t('Search Journal');
  picker.title = title;
  picker.placeholder = vscode.l10n.t('Words, "a phrase", tag:why, kind:decision, person:ana, trap:micromanaging, from:2026-01, to:2026-03');
  picker.matchOnDescription = false;
  picker.matchOnDetail = false;
  picker.ignoreFocusOut = false;
  picker.busy = true;
  picker.show();
  await source.ensureBuilt();
  const records = recordsOf(source.entriesWithFacts());
  const people = await peopleFile.load(folder);
  const cache = new Map<string, string | undefined>();
  const readText = async (path: string): Promise<string | undefined> => {
    if (cache.has(path)) {
      return cache.get(path);
    }
    let text: string | undefined;
    try {
      // The markers around a review's drafted block are not the user's words (`draft` would match them).
      text = (await store.readText(entryUri(folder, path)))
        .replaceAll(DRAFTED_START, '').replaceAll(DRAFTED_END, '');
    } catch {
      text = undefined; // Gone or unreadable since it was indexed: not a match.
    }
    if (cache.size < TEXT_CACHE_LIMIT) {
      cache.set(path, text);
    }
    return text;
  };
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (value: string): Promise<void> => {
    const mine = ++generation;
    const isStale = (): boolean => mine !== generation;
    const { query, problems } = parseQuery(value);
    const problemItems = problems.map((problem) => messageItem(`$(error) ${problem.message}`, vscode.l10n.t('The rest of the query is still used.')));
    if (value.trim() === '') {
      const { candidates, privateLeftOut } = searchCandidates(query, records, hidePrivate, people.directory);
      picker.title = title;
      picker.items = [
        { label: vscode.l10n.t('Latest entries'), kind: vscode.QuickPickItemKind.Separator },
        ...candidates.slice(0, RECENT_SHOWN).map((record) => resultItem({ record, match: undefined }, settings.locale)),
        ...privateItems(privateLeftOut),
      ];
      picker.busy = false;
      return;
    }
    picker.busy = true;
    const show = (hits: readonly SearchHit[], done: boolean, more: boolean, privateLeftOut = 0): void => {
      const items = [...problemItems, ...hits.map((hit) => resultItem(hit, settings.locale))];
      if (done && hits.length === 0) {
        items.push(messageItem(`$(search-stop) ${vscode.l10n.t('No entry matches.')}`, problems.length === 0 ? vscode.l10n.t('Words must all be in one entry; filters narrow it down. Try fewer words or filters.') : undefined));
      }
      items.push(...privateItems(privateLeftOut));
      picker.items = items;
      picker.title = more
        ? vscode.l10n.t('{0} — the first {1} matches', title, hits.length)
        : vscode.l10n.t('{0} — {1}', title, pluralMessage(hits.length, vscode.l10n.t('1 match'), vscode.l10n.t('{0} matches')));
    };
    const result = await searchEntries(query, records, people.directory, readText, {
      limit: MAX_RESULTS,
      isStale,
      hidePrivate,
      onProgress: (hits) => {
        if (!isStale()) {
          show(hits, false, false);
        }
      },
    });
    if (!isStale()) {
      show(result.hits, true, result.more, result.privateLeftOut);
      picker.busy = false;
    }
  };
  picker.onDidChangeValue((value) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(value), DEBOUNCE_MS);
  });
  picker.onDidAccept(() => {
    const picked = picker.selectedItems[0];
    if (!picked?.path) {
      return; // A message row: keep the picker open.
    }
    picker.hide();
    void vscode.commands.executeCommand(OPEN_ENTRY_AT, picked.path, picked.line);
  });
  picker.onDidHide(() => {
    clearTimeout(timer);
    generation++;
    picker.dispose();
  });
  if (initial !== undefined) {
    picker.value = initial;
  }
  await run(picker.value);
}
