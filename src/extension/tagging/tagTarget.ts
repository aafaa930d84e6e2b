// Which entry Explain Tags and Unpin Tags work on, decided from what the command was handed: the
// CodeLens passes the entry's URI, the hover's "Explain in full" link the URI as text; anything else
// (the palette, a keybinding, a menu's argument) means the active editor's entry. Text that is no URI
// (a link someone wrote by hand) means nothing, quietly: no person typed it. Then, for Explain Tags,
// whether the entry is one the tagger reads at all: only a file in the journal folder is. Pure (no
// vscode: the URI type and its parser are handed in), so the choice is unit-tested;
// taggingCommands.ts asks the editor, says why not, and shows.

/** What the command works on. */
export type TagTarget<U> =
  /** The entry it was handed. */
  | { readonly kind: 'given'; readonly uri: U }
  /** The active editor's entry (which says so when the active editor holds none). */
  | { readonly kind: 'active' }
  /** Handed text that is no URI: nothing to do. */
  | { readonly kind: 'none' };

/** How to read a URI: `vscode.Uri.parse(text, true)` (which throws on text with no scheme), and `instanceof vscode.Uri`. */
export interface UriReader<U> {
  parse(text: string): U;
  is(value: unknown): value is U;
}

export function tagTarget<U>(handed: unknown, uris: UriReader<U>): TagTarget<U> {
  if (typeof handed === 'string') {
    try {
      return { kind: 'given', uri: uris.parse(handed) };
    } catch {
      return { kind: 'none' };
    }
  }
  return uris.is(handed) ? { kind: 'given', uri: handed } : { kind: 'active' };
}

/** What Explain Tags does with the entry chosen: explain it, say only journal entries are tagged, or nothing (none chosen). */
export type ExplainStart<U> = { readonly kind: 'explain'; readonly uri: U } | { readonly kind: 'outside' } | { readonly kind: 'nothing' };

/** `entry` is the chosen target's URI (undefined when there is none); `inJournal` whether it is a file in the journal folder. */
export function explainStart<U>(entry: U | undefined, inJournal: (uri: U) => boolean): ExplainStart<U> {
  if (entry === undefined) {
    return { kind: 'nothing' };
  }
  return inJournal(entry) ? { kind: 'explain', uri: entry } : { kind: 'outside' };
}
