// What Merge People… decides before it asks or writes: a pair given (`{ alias, name }`, both not
// empty) is merged at once, without reading the journal; otherwise the journal's suggestions are
// offered, or, with none, the user is told how people.yml says it by hand. And what a merge does to
// people.yml: nothing while it has unsaved changes in an editor (not written behind the user's back),
// nothing when the edit is refused (the alias stands for someone else, the person is written in a
// shape the edit does not touch, the file is not a list of people), the file written when the line is
// new, and left as it is when it says so already. Pure (no vscode), so the decisions are unit-tested;
// mergePeopleCommand.ts reads, asks and writes.
import type { PeopleFileEdit } from '../../core/reflect/peopleFileEdit';

/** A pair given merges at once; otherwise the suggestions are read first. */
export function mergeStart(args: { readonly alias?: string; readonly name?: string } | undefined): 'merge-given' | 'suggest' {
  return args?.alias && args.name ? 'merge-given' : 'suggest';
}

/** With suggestions, the user picks one; with none, there is nothing to merge. */
export function mergeOffer(suggestions: readonly unknown[]): 'pick' | 'nothing' {
  return suggestions.length === 0 ? 'nothing' : 'pick';
}

export type MergeWrite =
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'refused'; readonly reason: 'taken' | 'shape' | 'not-a-list' }
  | { readonly kind: 'write'; readonly text: string }
  | { readonly kind: 'unchanged' };

/** What the merge does to people.yml: `unsaved` when it is open with unsaved changes, else the edit the core makes of it. */
export function mergeWrite(edit: PeopleFileEdit | 'unsaved'): MergeWrite {
  if (edit === 'unsaved') {
    return { kind: 'unsaved' };
  }
  if (!edit.ok) {
    return { kind: 'refused', reason: edit.reason === 'taken' || edit.reason === 'shape' ? edit.reason : 'not-a-list' };
  }
  return edit.changed ? { kind: 'write', text: edit.text } : { kind: 'unchanged' };
}
