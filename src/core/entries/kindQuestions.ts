// The questions the kinds' templates ask, by the key answers.ts reads a heading or a label by: what
// the import `#kind-questions` (package.json "imports") is by default. The tagger's bundles put
// scaffoldTextTable.ts in its place (scripts/taggerAlias.ts), the same questions written out once by
// scripts/generateScaffoldText.ts, so loading the tagger builds no kind. Kept apart from
// scaffoldSources.ts so a bundle that reads answers (the index worker) carries the kinds only, not
// the prompt packs and the review's scaffold.
import { questionKey, type Questions } from './answers';
import { GERMAN_ENTRY_KINDS } from './germanKinds';
import { ENTRY_KINDS, LEGACY_LABELS, PROMPT_OF_THE_DAY_HEADING, type EntryKind } from './kinds';

/** The questions of every kind, both languages, and the labels earlier versions wrote: what answers.ts reads answers by. */
export function kindQuestions(kinds: readonly Pick<EntryKind, 'sections'>[] = [...ENTRY_KINDS, ...GERMAN_ENTRY_KINDS]): Questions {
  const sections = new Map<string, string>();
  const items = new Map<string, string[]>();
  const addItem = (label: string, id: string): void => {
    const key = questionKey(label);
    const ids = items.get(key) ?? [];
    if (!ids.includes(id)) {
      ids.push(id);
    }
    items.set(key, ids);
  };
  for (const kind of kinds) {
    for (const section of kind.sections) {
      if (!section.items && section.heading !== PROMPT_OF_THE_DAY_HEADING) {
        sections.set(questionKey(section.heading), section.id);
      }
      for (const item of section.items ?? []) {
        addItem(item.label, item.id);
      }
    }
  }
  for (const [id, labels] of Object.entries(LEGACY_LABELS)) {
    labels.forEach((label) => addItem(label, id));
  }
  return { sections, items };
}
