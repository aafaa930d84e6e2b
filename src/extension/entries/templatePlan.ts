// What Customize Template… decides before it asks or writes: the kind whose template it opens (the
// kind id given, among the kinds in the entries' language, else the user is asked), where that
// template is (`.templates/<kind>.md` in the journal), what a new one starts as (the kind's built-in
// body, in the entries' language), and whether the user is told how templates work (only when the
// template was just created; an existing one is opened as it is, silently). Pure (no vscode), so the
// decisions are unit-tested; customizeTemplate.ts asks, creates and opens.
import type { EntryKind } from '../../core/entries/kinds';
import { TEMPLATE_VARIABLES } from '../../core/entries/templateText';

/** The journal's folder of user templates. */
export const TEMPLATES_FOLDER = '.templates';

/** The kind given by id, or `ask` when none (or one the entries' language has not) is given. */
export function templateKind(kinds: readonly EntryKind[], kindId: string | undefined): EntryKind | 'ask' {
  return kinds.find((kind) => kind.id === kindId) ?? 'ask';
}

/** The template of `kind`, relative to the journal folder, and the text a new one starts as. */
export function templateFile(kind: Pick<EntryKind, 'id' | 'body'>): { readonly path: readonly [string, string]; readonly body: string } {
  return { path: [TEMPLATES_FOLDER, `${kind.id}.md`], body: kind.body };
}

/** The variables to tell of when the template was just created (`{{date}} {{title}} …`); undefined when it was there already. */
export function templateNews(result: 'created' | 'existed'): string | undefined {
  return result === 'created' ? TEMPLATE_VARIABLES.map((variable) => `{{${variable}}}`).join(' ') : undefined;
}
