// Every message between the extension host and the Explain Tags webview (one panel per entry). The
// trends view has its own (protocol.ts); this one is apart so each webview's contract reads on its
// own. Imported by both sides, so it stays free of `vscode`, Node and DOM imports. What arrives is
// validated before use: the webview's messages are untrusted input, and the host's are checked too,
// so a malformed state shows as a message rather than a broken page.
import type { ExplainedCue, ExplainedSentence, ExplainedTrap, TagExplanation } from '../core/tagger/explanation';
import { ENTRY_LABELS, FUNCTION_IDS, STYLE_IDS, TRAP_IDS } from '../core/tagger/types';

/**
 * Webview → host. `openEntry` shows the panel's own entry, `openLine` shows it at a zero-based line:
 * the webview never names a file.
 */
export type ExplainWebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'openEntry' }
  | { readonly type: 'openLine'; readonly line: number };

/** Host → webview: everything the panel shows, every time (it keeps nothing else). */
export interface ExplainStateMessage {
  readonly type: 'explain';
  /**
   * The entry's URI. The webview keeps it with `setState` (always: it names no content beyond the
   * entry's path) so that VS Code can hand it back when the panel is restored after a reload; the
   * host checks it is a journal entry before reading it again.
   */
  readonly entry: string;
  /** The entry's file name, as its title. */
  readonly name: string;
  /** `missing` when the entry cannot be read (deleted, moved); `message` says why. */
  readonly status: 'ready' | 'missing';
  readonly message?: string;
  /** The entry has unsaved changes: what is shown is the text in the editor, not yet in the front matter. */
  readonly dirty: boolean;
  /** Null when `missing`. */
  readonly explanation: TagExplanation | null;
  /**
   * Whether the webview may keep this state (every sentence of the entry) with `setState`, which VS
   * Code writes in plain to its own storage: true for an entry of a plain journal, on disk in plain
   * anyway; false for an encrypted one, when only the entry's URI and the language are kept.
   */
  readonly keepContent: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A zero-based line number a document can have. */
export function isLineNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isExplainWebviewMessage(value: unknown): value is ExplainWebviewMessage {
  if (!isRecord(value)) {
    return false;
  }
  return value.type === 'ready' || value.type === 'openEntry' || (value.type === 'openLine' && isLineNumber(value.line));
}

const isShare = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;
const isCount = (value: unknown): boolean => isLineNumber(value);
const isSide = (value: unknown): boolean => value === 'why' || value === 'how';

function isCue(value: unknown): value is ExplainedCue {
  return isRecord(value) && ['evidence', 'term', 'shape', 'contrast', 'negation', 'other'].includes(value.kind as string)
    && typeof value.words === 'string' && (value.side === null || isSide(value.side))
    && (value.kind === 'shape' ? value.shape === 'figures' || value.shape === 'supply' : value.shape === undefined);
}

function isSentence(value: unknown): value is ExplainedSentence {
  return isRecord(value) && typeof value.text === 'string' && isLineNumber(value.line)
    && (isSide(value.label) || value.label === 'unclear') && Array.isArray(value.cues) && value.cues.every(isCue);
}

function isTrap(value: unknown): value is ExplainedTrap {
  return isRecord(value) && TRAP_IDS.includes(value.id as never) && Array.isArray(value.evidence)
    && value.evidence.every((item) => isRecord(item) && typeof item.text === 'string' && (item.line === null || isLineNumber(item.line)));
}

export function isTagExplanation(value: unknown): value is TagExplanation {
  return isRecord(value) && ENTRY_LABELS.includes(value.label as never)
    && [null, 'en', 'de', 'other'].includes(value.language as never)
    && isShare(value.why) && isShare(value.how)
    && isRecord(value.counts) && isCount(value.counts.why) && isCount(value.counts.how) && isCount(value.counts.unclear)
    && typeof value.byTrap === 'boolean'
    && [null, 'empty', 'language', 'no-signal', 'weak'].includes(value.unclear as never)
    && Array.isArray(value.functions) && value.functions.every((id) => FUNCTION_IDS.includes(id as never))
    && (value.style === null || STYLE_IDS.includes(value.style as never))
    && Array.isArray(value.traps) && value.traps.every(isTrap)
    && Array.isArray(value.sentences) && value.sentences.every(isSentence);
}

export function isExplainStateMessage(value: unknown): value is ExplainStateMessage {
  return isRecord(value) && value.type === 'explain' && typeof value.entry === 'string' && typeof value.name === 'string'
    && (value.status === 'ready' || value.status === 'missing')
    && (value.message === undefined || typeof value.message === 'string')
    && typeof value.dirty === 'boolean' && typeof value.keepContent === 'boolean'
    && (value.explanation === null ? value.status === 'missing' : isTagExplanation(value.explanation));
}
