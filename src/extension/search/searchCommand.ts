// `Search Journal…`: a QuickPick that reads the query language of reflect/searchQuery.ts as it is
// typed — words, "phrases", tag:, kind:, person:, trap:, style:, from:/to: — and lists the matching
// entries, newest first, with date, title and the line that matched. A query it cannot read is
// explained in the picker. Filters run over the index; words are looked for in the entries' text,
// read through the journal store (journal/journalStore.ts) only for entries that pass the filters, a few at a time, and a
// search goes stale (and stops) as soon as the query changes. Results are capped. With the setting
// `privacy.hidePrivateInSearch`, private entries are left out (their text not even read) and a row
// says how many. What it finds, lists and opens is decided in searchPlan.ts (unit-tested); this file
// reads, shows the picker and opens.
import * as vscode from 'vscode';
import { DRAFTED_END, DRAFTED_START } from '../../core/entries/drafted';
import { isEntryKindId } from '../../core/entries/kinds';
import { entryKindFor } from '../../core/entries/localizedKinds';
import { parseQuery } from '../../core/reflect/searchQuery';
import type { CommandHandlers } from '../activationTable';
import type { JournalSettings } from '../config';
import type { Settings } from '../settingsService';
import type { JournalStore } from '../journal/journalStore';
import { entryUri, resolveJournalFolder } from '../journal/journalLocation';
import type { JournalMount } from '../journal/journalMounts';
import { OPEN_ENTRY_AT } from '../entries/openEntryAt';
import type { PeopleLoader } from '../people/peopleLoader';
import { recordsOf, type ReflectSource } from '../index/reflectSource';
import { hitTarget, isEmptyQuery, latestEntries, MAX_RESULTS, privateLeftOutLabel, resultsTitle, searchEntries, type SearchHit } from './searchPlan';

const DEBOUNCE_MS = 150;
/** Texts kept while the picker is open, so refining a query does not read the same files again. */
const TEXT_CACHE_LIMIT = 2000;

interface ResultPick extends vscode.QuickPickItem {
  readonly path?: string;
  readonly line?: number;
}

function kindName(kind: string, locale: string): string {
  return isEntryKindId(kind) ? entryKindFor(kind, locale).label : kind;
}

function resultItem(hit: SearchHit, locale: string): ResultPick {
  const { record, match } = hit;
  const target = hitTarget(hit);
  return {
    label: record.title,
    description: `${record.date} · ${kindName(record.kind, locale)}`,
    ...(match && target.line !== undefined ? { detail: match.excerpt } : {}),
    alwaysShow: true,
    ...target,
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
  const label = privateLeftOutLabel(vscode.l10n, leftOut);
  return [messageItem(`$(lock) ${label}`, vscode.l10n.t('Private entries are not shown in search while the setting leadershipJournal.privacy.hidePrivateInSearch is on.'))];
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
    if (isEmptyQuery(value)) {
      const { latest, privateLeftOut } = latestEntries(query, records, hidePrivate, people.directory);
      picker.title = title;
      picker.items = [
        { label: vscode.l10n.t('Latest entries'), kind: vscode.QuickPickItemKind.Separator },
        ...latest.map((record) => resultItem({ record, match: undefined }, settings.locale)),
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
      picker.title = resultsTitle(vscode.l10n, title, hits.length, more);
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
