// Why a save into an encrypted journal was refused, in the user's words: the journal's key changed
// in another window, another window's unlock tidying the journal at that moment (keyStamp.ts: the key
// unchanged, save again), another window saved the entry after this window opened or last saved it
// (SavedSinceRead), another window changed, deleted or renamed the entry while the save ran (and what
// saving again then does: VS Code's Compare/Overwrite, a deleted entry back), in an opaque journal
// another window holding the journal's names lock through every try (namesLock.ts) or having
// changed the entry's name or id since this window read them — renamed, replaced, deleted, saved
// first: namesChanged.ts, worded for the save, rename or delete refused — KEPT_MAX cut-off saves
// of the entry are kept beside it already (keptSaves.ts), or the disk refused the write (full,
// read-only, no permission: diskRefusal.ts) — for an entry, and for a template or another file the
// provider writes as it is. Each says that nothing was lost — what was saved before is still on
// disk, and VS Code keeps the editor's text unsaved — and what to do. Takes the translator as a
// parameter (as doneMessage.ts does) so the unit tier checks both languages against the shipped
// bundles; the calls are still `l10n.t('…')` for @vscode/l10n-dev to extract. Any other failure is
// not a refusal (undefined): it reaches VS Code as it is.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import { JournalBeingTidied, JournalKeyChanged } from '../../core/encryption/keyStamp';
import { KEPT_MAX, KeptSavesFull } from '../../core/encryption/keptSaves';
import { LOCK_PATH, NAMES_LOCK_PATH } from '../../core/encryption/layout';
import { NamesChanged } from '../../core/encryption/namesChanged';
import { NamesLockBusy } from '../../core/encryption/namesLock';
import { reasonText } from '../../core/encryption/reasons';
import { PartialTaken, SavedSinceRead } from '../../core/encryption/safeWrites';
import { diskRefusalOf } from '../journal/diskRefusal';

export interface SaveRefusal {
  /** The vscode.FileSystemError to throw: `NoPermissions` when saving again as it is cannot help yet. */
  readonly kind: 'NoPermissions' | 'Unavailable';
  readonly message: string;
}

export function saveRefusal(l10n: Translator, error: unknown): SaveRefusal | undefined {
  if (error instanceof JournalKeyChanged) {
    return { kind: 'NoPermissions', message: l10n.t('The journal\'s key was changed in another window or by the command line; reload the window to unlock again. Your text stays in the editor.') };
  }
  if (error instanceof JournalBeingTidied) {
    return { kind: 'Unavailable', message: `${l10n.t('Nothing was written: another window is unlocking this journal at this moment and tidying it (putting back saves a closed window cut off). The journal\'s key is unchanged. Nothing was lost: what was saved before is unchanged on disk, and your text stays in the editor. Save again (or rename or delete again) in a moment.')} ${l10n.t('If this keeps happening for minutes, a window closed while it was unlocking the journal left its lock, {0}, behind: it no longer holds anything once that window is known to be gone (on this computer, at once), else 10 minutes after it was taken; wait up to 10 minutes, then save again.', LOCK_PATH)}` };
  }
  if (error instanceof NamesLockBusy) {
    return { kind: 'Unavailable', message: l10n.t('Nothing was written: another window is saving this journal at this moment (or renaming or deleting one of its entries). Nothing was lost: what was saved before is unchanged on disk, and your text stays in the editor. Save again (or rename or delete again) in a moment. If this keeps happening, a window left its lock, {0}, behind (it closed in the middle of a save, or could not remove it): the lock is taken over at once where that window is known to be gone, else about a minute after it was last written.', NAMES_LOCK_PATH) };
  }
  if (error instanceof NamesChanged) {
    return { kind: 'Unavailable', message: namesChangedMessage(l10n, error) };
  }
  if (error instanceof SavedSinceRead) {
    // Refused before this save wrote anything: the file already held another window's save (decryptingJournalFs.ts writeEntry's basis).
    return { kind: 'Unavailable', message: l10n.t('Not saved: another window saved this entry after this window opened or last saved it, so nothing was written. Your text stays in the editor. Saving again (or choosing Overwrite, if VS Code offers Compare and Overwrite) puts it over the other window\'s version. To keep the other window\'s version instead, close this editor without saving.') };
  }
  if (error instanceof PartialTaken) {
    return { kind: 'Unavailable', message: l10n.t('Not saved: another window changed, deleted or renamed this entry while this save ran, so nothing was written. Your text stays in the editor. Saving again puts it under this name: over the other window\'s version (VS Code first offers Compare and Overwrite), or as this entry again if it was deleted or renamed. To keep the other window\'s change instead, close this editor without saving.') };
  }
  if (error instanceof KeptSavesFull) {
    return { kind: 'NoPermissions', message: l10n.t('Not saved: {0} cut-off saves of this entry are kept beside it already, and no name is left to keep the one found now, which this save would overwrite. Nothing was lost: that one stays as it is, and your text stays in the editor. Look through the kept saves, delete those you do not need, then save again.', KEPT_MAX) };
  }
  const nothingLost = l10n.t('Nothing was lost: what was saved before is unchanged on disk, and your text stays in the editor.');
  switch (diskRefusalOf(error)) {
    case 'full':
      return { kind: 'NoPermissions', message: `${l10n.t('Not saved: the disk is full.')} ${nothingLost} ${l10n.t('Free some space, then save again.')}` };
    case 'read-only':
      return { kind: 'NoPermissions', message: `${l10n.t('Not saved: the journal\'s folder cannot be written to (the disk is read-only, or permission was denied).')} ${nothingLost} ${l10n.t('Save again once the folder can be written to.')}` };
    case undefined:
      return undefined;
  }
}

/** A NamesChanged in the user's words: its cause (as names.age has it now), for the save, rename or delete it refused, and what saving again does. */
function namesChangedMessage(l10n: Translator, error: NamesChanged): string {
  const cause = error.why === undefined ? error.message : reasonText(l10n, error.why);
  // names.age damaged or missing, and newer than this window's last read of it: only a reload (a fresh read) helps.
  const reload = error.why?.id === 'names-damaged-newer' || error.why?.id === 'names-missing-newer'
    ? ` ${l10n.t('Reload this window (Developer: Reload Window), then try again: it then reads the journal afresh, listing under recovered/ with their text the entries whose names it cannot read, until a window that knows them writes them back.')}`
    : '';
  // The name lost with a list this window had not read all of (namesState.ts lossSinceBefore): the window that read it can give the names back.
  const how = error.why?.args[2];
  const unread = (error.why?.id === 'name-lost-elsewhere' || error.why?.id === 'name-lost-reused-elsewhere') && typeof how === 'object' && how.id === 'lost-replaced-unread'
    ? ` ${l10n.t('A window still open on this journal that had read those changes writes back the names it knows with its next save, new entry, rename or delete, this entry\'s new name too if it was renamed; reload this window after that to see them.')}`
    : '';
  switch (error.operation) {
    case 'rename':
      if (error.why?.id === 'not-named-here') {
        return `${l10n.t('Not renamed: {0}, so nothing was changed. Nothing was lost.', cause)} ${l10n.t('Look for the entry in the Explorer under its new name, or under recovered/ with its text, and rename that one; to write the text of an editor still open under this name, save it: it is saved as a new entry.')}`;
      }
      return `${l10n.t('Not renamed: {0}, so nothing was changed. Nothing was lost.', cause)}${reload}${unread}`;
    case 'delete':
      if (error.why?.id === 'not-named-here') {
        return `${l10n.t('Not deleted: {0}, so nothing was changed.', cause)} ${l10n.t('Look for the entry in the Explorer under its new name, or under recovered/ with its text, and delete that one.')}`;
      }
      return `${l10n.t('Not deleted: {0}, so nothing was changed.', cause)}${reload}${unread}`;
    case 'save': {
      const notSaved = l10n.t('Not saved: {0}, so nothing was written. Your text stays in the editor.', cause);
      if (reload !== '') {
        return `${notSaved}${reload}`;
      }
      switch (error.why?.id) {
        case 'renamed-elsewhere':
          return `${notSaved} ${l10n.t('Saving again writes it under this name as a new entry. To keep only the other window\'s entry, close this editor without saving.')}`;
        case 'deleted-elsewhere':
          return `${notSaved} ${l10n.t('Saving again writes it under this name as a new entry. To leave the entry deleted, close this editor without saving.')}`;
        case 'name-lost-elsewhere':
        case 'replaced-kept-freed-elsewhere':
          return `${notSaved} ${l10n.t('Saving again writes it under this name as a new entry; the text saved before stays at {0}.', String(error.why.args[1] ?? ''))}${unread}`;
        case 'recovered-named-elsewhere':
          return `${notSaved} ${l10n.t('Open {0}, copy your text from this editor into it and save it there; then close this editor without saving (saving it here again is refused the same way).', String(error.why.args[1] ?? ''))}`;
        case 'names-changed-meanwhile':
          return `${notSaved} ${l10n.t('Save again: it is then written with the names as they are now.')}`;
        default:
          return `${notSaved} ${l10n.t('Saving again puts it over the entry now under this name. To keep that entry instead, close this editor without saving.')}${unread}`;
      }
    }
  }
}
