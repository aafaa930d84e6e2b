// Carrying the open items with a person into the next 1:1. The new entry (as planEntry planned it)
// gets a drafted block under its title listing what they will do and what I will do, each as a task
// item ending in its origin link (itemOrigin.ts): ticking it there closes it everywhere, rewording it
// there keeps it one item, and carrying it again copies the same link. The block is drafted
// (entries/drafted.ts): not the user's writing this time, so neither tagged nor read for mentions;
// its items still count, as a review's do.
import { DRAFTED_END, DRAFTED_START } from '../entries/drafted';
import { entryKindFor } from '../entries/localizedKinds';
import { splitEntry } from '../entries/entrySplit';
import type { AnswerLocation } from '../entries/scaffoldLines';
import { contentLanguage } from '../locale/contentLanguage';
import { originLink } from './itemOrigin';
import type { ItemsWithPerson, TrackedItem } from './openItems';

export interface CarryOverRequest {
  /** The new entry's journal-relative path: the origin links are relative to it. */
  readonly path: string;
  /** The new entry's text and cursor, as planEntry gives them. */
  readonly text: string;
  readonly cursor: AnswerLocation;
  /** The open items with the person (openItemsWith), oldest first. */
  readonly items: ItemsWithPerson;
  /** BCP 47 tag of the entry's language (German for `de`, else English). */
  readonly locale?: string;
}

export interface CarriedEntry {
  readonly text: string;
  /** Where the cursor goes: the planned place, moved down past the block. */
  readonly cursor: AnswerLocation;
  /** How many items were carried over. */
  readonly carried: number;
}

const HEADINGS = { en: 'Still open from earlier 1:1s', de: 'Noch offen aus früheren Gesprächen' } as const;

/** The label of one of the 1:1's agreed items, in the entry's language (`They will`, `Ich übernehme`). */
function agreedLabel(locale: string | undefined, item: 'they-will' | 'i-will'): string {
  const section = entryKindFor('one-on-one', locale).sections.find((candidate) => candidate.id === 'one-on-one.agreements');
  return section?.items?.find((candidate) => candidate.id === `one-on-one.agreements.${item}`)?.label ?? (item === 'they-will' ? 'They will' : 'I will');
}

/** One carried item: a task item, `#they` when it is theirs, and the link to where it was first written. */
export function carriedLine(item: TrackedItem, fromPath: string): string {
  const marker = item.owner === 'theirs' ? ' #they' : '';
  return `- [ ] ${item.text}${marker} — ${originLink(fromPath, item.root.path, item.root.line, item.root.hash, item.firstSeen.date)}`;
}

/** The block's lines (markers included), or none when nothing is open. */
export function carriedBlock(items: ItemsWithPerson, fromPath: string, locale: string | undefined): string[] {
  if (items.theirs.length === 0 && items.mine.length === 0) {
    return [];
  }
  const lines = [DRAFTED_START, `## ${HEADINGS[contentLanguage(locale)]}`];
  for (const [which, list] of [['they-will', items.theirs], ['i-will', items.mine]] as const) {
    if (list.length > 0) {
      lines.push('', `${agreedLabel(locale, which)}:`, '', ...list.map((item) => carriedLine(item, fromPath)));
    }
  }
  lines.push(DRAFTED_END);
  return lines;
}

/**
 * The new 1:1 with the open items carried over: the block goes after the entry's `# ` title (or
 * at the top of the body when a template has none), with a blank line on each side. Unchanged, with
 * `carried: 0`, when nothing is open. Line endings follow the entry's.
 */
export function carryOver(request: CarryOverRequest): CarriedEntry {
  const block = carriedBlock(request.items, request.path, request.locale);
  if (block.length === 0) {
    return { text: request.text, cursor: request.cursor, carried: 0 };
  }
  const split = splitEntry(request.text);
  const eol = split.eol;
  const lines = request.text.split(/\r?\n/);
  const bodyStartLine = request.text.slice(0, split.bom.length + split.bodyStart).split(/\r?\n/).length - 1;
  let at = bodyStartLine;
  while (at < lines.length && (lines[at] ?? '').trim() === '') {
    at++;
  }
  const titled = /^# /.test(lines[at] ?? '');
  // After the title: ['', block]; without one, before the first line of the body: [block, ''].
  const insertAt = titled ? at + 1 : at;
  const inserted = titled ? ['', ...block] : [...block, ''];
  const text = [...lines.slice(0, insertAt), ...inserted, ...lines.slice(insertAt)].join(eol);
  const cursor = request.cursor.line >= insertAt ? { ...request.cursor, line: request.cursor.line + inserted.length } : request.cursor;
  return { text, cursor, carried: request.items.theirs.length + request.items.mine.length };
}
