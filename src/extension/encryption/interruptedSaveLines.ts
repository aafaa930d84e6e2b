// What the output channel says after an unlock put back the saves cut off before their rename
// (interruptedSaves.ts): each entry put back, each save set aside as a new entry, each partial left with why, each one left because it
// may be a save under way, and why nothing was put back now. The core's reasons (a lock another run
// holds, a file that does not open, the disk) come as data (core/encryption/reasons.ts) and are worded
// here in the user's language with the sentence around them, as the migrations' outcomes are
// (outcomeMessage.ts); only the system's own words (an unexpected error) stay as they were given.
// Takes the translator as a parameter so the unit tier checks both languages against the shipped
// bundles; the calls are still `l10n.t('…')` for @vscode/l10n-dev to extract.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import { RECOVERED_FOLDER } from '../../core/encryption/entryNames';
import { finalPathOf, opaqueIdOf } from '../../core/encryption/layout';
import type { OrphanRepair } from '../../core/encryption/orphanedPartials';
import { reasonText, type Reason } from '../../core/encryption/reasons';

export interface OutputLine {
  readonly level: 'info' | 'warn';
  readonly text: string;
}

/** A reason the core gave as data in the user's language; the system's own words as they are. */
function inUserWords(l10n: Translator, why: Reason | string): string {
  return typeof why === 'string' ? why : reasonText(l10n, why);
}

/**
 * The entries the unlock's kept copies are listed as in an opaque journal (`recovered/ID.md`): the
 * output says what they are, so the warning for entries whose name is lost leaves them out.
 */
export function keptAsideListed(repair: OrphanRepair): string[] {
  return repair.keptAside.flatMap((item) => {
    const id = opaqueIdOf(item.kept);
    return id === undefined || item.name !== undefined ? [] : [`${RECOVERED_FOLDER}/${id}.md`];
  });
}

export function interruptedSaveLines(l10n: Translator, repair: OrphanRepair): OutputLine[] {
  return [
    ...repair.restored.map((path): OutputLine => ({
      level: 'info',
      text: l10n.t('{0} was put back in place: its last save was cut off after the new version was written and checked, before it was renamed.', path),
    })),
    ...repair.keptAside.map((item): OutputLine => {
      const id = opaqueIdOf(item.kept);
      return {
        level: 'warn',
        // In an opaque journal the copy is named NAME (interrupted save).md in names.age; only where the map did not name the entry is it a
        // new file the map does not name, which the user sees as recovered/ID.md (keptAsideListed).
        text: id === undefined || item.name !== undefined
          ? l10n.t('{0} holds a save of {1} that a closed window cut off before its rename, with other text than the entry: kept beside it as a new entry. Compare the two, then delete the one you do not need.', item.name ?? item.kept, item.entry)
          : item.unnamed === true
            // The entry itself has no name in the list (an id listed as gone, or a lost name): both are told as the Explorer lists them, and that their names are unknown.
            ? l10n.t('A save of {0} that a closed window cut off before its rename, with other text than the entry, is kept aside as {1}. The journal\'s list of names has no name for either (another window renamed another entry over this one and its file was left, or the list lost its name), so both are listed under recovered/ with their text. Compare the two, then delete the one you do not need, and rename the other to the name it should have (its date is in its text).', item.entry, `${RECOVERED_FOLDER}/${id}.md`)
            : l10n.t('A save of {0} that a closed window cut off before its rename, with other text than the entry, is kept aside as {1} (the journal\'s list of names does not name it). Compare the two, then delete the one you do not need.', item.entry, `${RECOVERED_FOLDER}/${id}.md`),
      };
    }),
    ...repair.mapCopiesRemoved.map((path): OutputLine => ({
      level: 'info',
      text: l10n.t('{0} was removed: a copy of the journal\'s list of names that a closed window left over a minute ago, holding no name an entry uses (the list itself is whole).', path),
    })),
    ...repair.kept.map((item): OutputLine => ({
      level: 'warn',
      text: l10n.t('An interrupted save was left as it is, not put in place of {0}: {1}.', finalPathOf(item.path), inUserWords(l10n, item.why ?? item.reason)),
    })),
    ...repair.recent.map((path): OutputLine => ({
      level: 'info',
      text: l10n.t('{0} was written less than a minute ago, perhaps by a save in another window: left as it is.', path),
    })),
    ...(repair.notNow === undefined ? [] : [{
      level: 'warn' as const,
      text: l10n.t('Interrupted saves were not put back now ({0}); they are when the journal is next unlocked.', inUserWords(l10n, repair.notNowWhy ?? repair.notNow)),
    }]),
  ];
}
