// What Tag Entry and Unpin Tags do once the tags are written into the open entry: what to tell the
// person, and whether to save. An entry that was clean is saved (the tags are the command's own
// edit); one the person was editing is left unsaved, as they left it. Pure (no vscode), so the
// decisions are unit-tested; taggingCommands.ts writes, tells and saves.

/** How writing the tags went (tagging/applyTags.ts). */
export type TagWriteStatus = 'updated' | 'unchanged' | 'skipped' | 'pinned';

export interface TagOutcome {
  /** The message to show: why nothing was written, or that hand-edited tags were kept and pinned. */
  readonly tell: 'not-tagged' | 'pinned' | undefined;
  readonly save: boolean;
}

/** `wasDirty`: the entry had unsaved changes before; `isDirty`: it has now. */
export function tagOutcome(status: TagWriteStatus, wasDirty: boolean, isDirty: boolean): TagOutcome {
  if (status === 'skipped') {
    return { tell: 'not-tagged', save: false };
  }
  return { tell: status === 'pinned' ? 'pinned' : undefined, save: !wasDirty && isDirty };
}
