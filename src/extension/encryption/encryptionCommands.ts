// Encrypt Journal…, Decrypt Journal… and Change Journal Passphrase…: the core's migrations
// (core/encryption/) over the journal folder, with what a person must know before and after. Each
// says plainly what is protected and what is not before anything is written, asks the key — a
// passphrase (a new one twice) or an age identity file with backup keys (encryptionKeys.ts) — runs
// with a progress notification, and reports the outcome last, once the journal is open again and its
// editors are back (or says why it did not open); a wrong key stops before anything is written.
// Editors of the journal are closed before and opened again after, so no editor is left on a file
// that has become another (a plain editor saving would undo the work); Decrypt and the passphrase
// change also run with the journal locked in this window, so no save is sealed to a key they replace.
// Part of dist/encryption.js: the features register the commands and load this on their first run
// (encryptionGate.ts).
import * as vscode from 'vscode';
import { changePassphrase, type ChangePassphraseRequest } from '../../core/encryption/changePassphrase';
import { decryptJournal } from '../../core/encryption/decryptJournal';
import { encryptJournal } from '../../core/encryption/encryptJournal';
import type { MigrationMarker, NameMode } from '../../core/encryption/journalState';
import type { JournalStateRead } from '../../core/encryption/journalUnlock';
import { isReason, type Reason } from '../../core/encryption/reasons';
import type { MigrationHost, MigrationOutcome } from '../../core/encryption/migrationRun';
import { unlockJournal } from '../../core/encryption/unlockJournal';
import { relativeToFolder, resolveJournalDiskFolder } from '../journal/journalLocation';
import { MOUNT_ROOT } from '../journal/journalMounts';
import { journalStateOf, type JournalVault } from './journalVault';
import { cannotOpenMessage } from './unlockMessages';
import { existingJournalKey, mountWithKey, newJournalKey } from './encryptionKeys';
import { keptSaveWords } from './keptSaveWords';
import { journalDiskFs, migrationHost } from './migrationHost';
import { notReopenedMessage } from './notReopenedMessage';
import { notMountedMessage } from './notMountedMessage';
import { outcomeMessage, type OutcomeMessage } from './outcomeMessage';
import { plainEntryCount } from './plainEntries';
import { askNewPassphrase, askPassphrase } from './passphrasePrompt';
import { withUnlockProgress } from './unlockProgress';

/** Journal-relative paths of the text editors open on entries under `root`. */
function openEntries(root: vscode.Uri): { readonly tabs: vscode.Tab[]; readonly paths: string[]; readonly dirty: boolean } {
  const tabs: vscode.Tab[] = [];
  const paths: string[] = [];
  for (const tab of vscode.window.tabGroups.all.flatMap((group) => group.tabs)) {
    const path = tab.input instanceof vscode.TabInputText ? relativeToFolder(root, tab.input.uri) : undefined;
    if (path !== undefined && !path.split('/').some((part) => part.startsWith('.'))) {
      tabs.push(tab);
      paths.push(path);
    }
  }
  const dirty = vscode.workspace.textDocuments.some((document) => document.isDirty && relativeToFolder(root, document.uri) !== undefined);
  return { tabs, paths, dirty };
}

/** Closes the journal's editors; false (nothing closed) when one holds unsaved changes. */
async function closeEntries(root: vscode.Uri): Promise<string[] | undefined> {
  const open = openEntries(root);
  if (open.dirty) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Save or close the journal\'s unsaved entries first. Nothing was changed.'), { modal: true });
    return undefined;
  }
  await vscode.window.tabGroups.close(open.tabs);
  return open.paths;
}

/**
 * Runs `migration` with the journal's editors closed and its mount locked (JournalVault.lockWhile): a
 * save cannot reach the migration's files under the keys it replaces, and nothing asks for the
 * journal halfway. Undefined, with nothing run, when an editor of the journal holds unsaved changes;
 * else the outcome and the closed editors' paths, to open again once the journal is remounted.
 */
async function closedAndLocked(vault: JournalVault, migration: () => Promise<MigrationOutcome>): Promise<{ readonly outcome: MigrationOutcome; readonly reopenPaths: string[] } | undefined> {
  const reopenPaths = await closeEntries(MOUNT_ROOT);
  if (reopenPaths === undefined) {
    return undefined;
  }
  return { outcome: await vault.lockWhile(migration), reopenPaths };
}

/**
 * Whether `passphrase` opens the journal in `disk`, checked before anything is closed or written: a
 * wrong one is told and leaves the window as it was.
 */
async function passphraseOpens(disk: vscode.Uri, passphrase: string): Promise<boolean> {
  const check = await withUnlockProgress(() => unlockJournal(journalDiskFs(disk), { kind: 'passphrase', passphrase }));
  if (!check.ok) {
    void vscode.window.showErrorMessage(check.kind === 'key'
      ? vscode.l10n.t('That passphrase does not open this journal. Nothing was changed.')
      : cannotOpenMessage(vscode.l10n, check.why));
  }
  return check.ok;
}

async function reopen(root: vscode.Uri, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await Promise.resolve(vscode.window.showTextDocument(vscode.Uri.joinPath(root, ...path.split('/')), { preview: false })).catch(() => undefined);
  }
}

/** Runs the core's `operation` with `request` on the journal in `disk`, its entries counted in a progress notification titled `title`. */
async function run<R>(title: string, disk: vscode.Uri, operation: (host: MigrationHost, request: R) => Promise<MigrationOutcome>, request: R): Promise<MigrationOutcome> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: false }, async (progress) => {
    let shown = 0;
    const host = migrationHost(disk, (step) => {
      const percent = step.total === 0 ? 100 : (step.done / step.total) * 100;
      progress.report({ increment: percent - shown, message: vscode.l10n.t('{0} of {1} entries', step.done, step.total) });
      shown = percent;
    });
    // A cut-off save kept beside its entry is named in the user's language.
    return operation({ ...host, keptWords: keptSaveWords(vscode.l10n) }, request);
  });
}

/** Tells `message` (outcomeMessage.ts, with what followed the run), its details in the output channel. */
function report(vault: JournalVault, message: OutcomeMessage): void {
  for (const line of message.details) {
    vault.host.log.warn(line);
  }
  const show = message.severity === 'info' ? vscode.window.showInformationMessage
    : message.severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
  void show(message.text);
}

/** The journal folder on disk, from the settings as they are now (the features' service, handed in with the vault). */
async function journalFolder(vault: JournalVault): Promise<vscode.Uri | undefined> {
  return resolveJournalDiskFolder(vault.host.settings.current);
}

/** The journal folder and its state on disk; undefined when there is none or it cannot be read (the user was told why). */
async function journalAndState(vault: JournalVault): Promise<{ readonly disk: vscode.Uri; readonly state: JournalStateRead } | undefined> {
  const disk = await journalFolder(vault);
  if (disk === undefined) {
    return undefined;
  }
  const state = await journalStateOf(disk);
  if (isReason(state)) {
    void vscode.window.showErrorMessage(cannotOpenMessage(vscode.l10n, state));
    return undefined;
  }
  return { disk, state };
}

/** The folder as a person reads it: a path on this machine, the URI elsewhere. */
function shown(folder: vscode.Uri): string {
  return folder.scheme === 'file' ? folder.fsPath : folder.toString(true);
}

export async function encryptCommand(vault: JournalVault): Promise<void> {
  const found = await journalAndState(vault);
  if (found === undefined) {
    return;
  }
  const { disk, state } = found;
  // An encrypted journal with plain entries in it (a sync brought them; plainEntries.ts) is sealed
  // the rest of the way, with its own key, as an interrupted run is.
  const mixed = state.descriptor !== undefined && state.marker === undefined && await plainEntryCount(disk).catch(() => 0) > 0;
  if (state.descriptor !== undefined && state.marker === undefined && !mixed) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The journal is already encrypted.'));
    return;
  }
  if (state.marker?.operation === 'change-passphrase') {
    void vscode.window.showErrorMessage(vscode.l10n.t('A change of the journal\'s passphrase was interrupted: run Change Journal Passphrase… to finish it or undo it first. Nothing was changed.'));
    return;
  }
  let names: NameMode | undefined;
  if (state.descriptor === undefined) {
    const readable = vscode.l10n.t('Encrypt, Keep Names Readable');
    const opaque = vscode.l10n.t('Encrypt, Hide Names Too');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Encrypt the journal in {0}?', shown(disk)),
      {
        modal: true,
        detail: [
          vscode.l10n.t('Protected: the text of every entry, sealed with age under a passphrase you choose or to your own age key. Nobody can recover a lost passphrase or key file.'),
          vscode.l10n.t('Not protected: file names, which show each entry\'s date and kind (and a 1:1\'s person) unless you hide names too; sizes and times of files; people.yml and templates; copies made before (Git history, backups, Local History); text in memory while the journal is open, and VS Code\'s own backups of unsaved changes (written while an editor has unsaved changes, whatever files.hotExit says, and kept after you quit unless it is off); a compromised machine.'),
          vscode.l10n.t('Each entry is written encrypted, checked, and only then is its plain file removed: if the run is interrupted (a crash, a closed window), nothing is lost, and running it again goes on.'),
        ].join('\n\n'),
      },
      readable,
      opaque,
    );
    if (choice === undefined) {
      return;
    }
    names = choice === opaque ? 'opaque' : 'readable';
  }
  const title = vscode.l10n.t('Encrypt Journal');
  // A journal that has a key (an interrupted run) goes on with it, checked; a new one chooses.
  const key = state.descriptor === undefined
    ? await newJournalKey(vault, disk, title)
    : await existingJournalKey(vault, disk, state.descriptor.mode, { title, prompt: mixed ? vscode.l10n.t('Some entries of the encrypted journal are plain on disk. Type its passphrase to seal them.') : vscode.l10n.t('The journal\'s encryption was interrupted. Type its passphrase to go on.') });
  if (key === undefined) {
    return;
  }
  const reopenPaths = await closeEntries(disk);
  if (reopenPaths === undefined) {
    return;
  }
  const outcome = await run(vscode.l10n.t('Encrypting the journal…'), disk, encryptJournal, { credential: key.credential, ...(names === undefined ? {} : { names }) });
  let root = vault.mountedRootOf(disk) ?? disk;
  let notMounted: Reason | undefined;
  if (outcome.converted > 0 || outcome.status === 'done') {
    const mounted = await mountWithKey(vault, disk, key);
    if (mounted.ok) {
      root = mounted.root;
    } else {
      notMounted = mounted.why; // Its editors stay closed: reopened on the disk, they would be plain editors of sealed entries.
      if (vault.mountedRootOf(disk) !== undefined) {
        vault.lock(); // A mount from before the run (plain entries sealed the rest of the way) is as locked as the message says.
      }
    }
  }
  if (notMounted === undefined) {
    await reopen(root, reopenPaths);
  }
  // Told last, once the editors are back, as Decrypt and the passphrase change tell it (changeAndRemount says why).
  const told = outcomeMessage(vscode.l10n, outcome);
  report(vault, notMounted === undefined ? told : notMountedMessage(vscode.l10n, told, notMounted, key.credential.kind));
}

export async function decryptCommand(vault: JournalVault): Promise<void> {
  const found = await journalAndState(vault);
  if (found === undefined) {
    return;
  }
  const { disk, state } = found;
  if (state.descriptor === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The journal is not encrypted.'));
    return;
  }
  if (state.marker?.operation === 'change-passphrase') {
    void vscode.window.showErrorMessage(vscode.l10n.t('A change of the journal\'s passphrase was interrupted: run Change Journal Passphrase… to finish it or undo it first. Nothing was changed.'));
    return;
  }
  const decrypt = vscode.l10n.t('Decrypt');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Decrypt the journal in {0}?', shown(disk)),
    { modal: true, detail: vscode.l10n.t('Every entry is written back as plain Markdown: anyone who gets the folder (a sync service, a backup, a shared repository) can read it. Each plain file is checked before its encrypted file is removed.') },
    decrypt,
  );
  if (choice !== decrypt) {
    return;
  }
  const key = await existingJournalKey(vault, disk, state.descriptor.mode, { title: vscode.l10n.t('Decrypt Journal'), prompt: vscode.l10n.t('Type the journal\'s passphrase.') });
  if (key === undefined) {
    return;
  }
  // An identity file was proven as it was read.
  if (key.credential.kind === 'passphrase' && !(await passphraseOpens(disk, key.credential.passphrase))) {
    return;
  }
  const ran = await closedAndLocked(vault, () => run(vscode.l10n.t('Decrypting the journal…'), disk, decryptJournal, { credential: key.credential }));
  if (ran === undefined) {
    return;
  }
  if (ran.outcome.status === 'done') {
    await vault.forget(disk);
    await reopen(disk, ran.reopenPaths);
  }
  // Told last, once the editors are back, as the passphrase change tells it (changeAndRemount says why).
  report(vault, outcomeMessage(vscode.l10n, ran.outcome));
}

export async function changePassphraseCommand(vault: JournalVault): Promise<void> {
  const disk = await journalFolder(vault);
  if (disk === undefined) {
    return;
  }
  const state = await journalStateOf(disk);
  if (isReason(state) || state.descriptor?.mode !== 'passphrase') {
    void vscode.window.showInformationMessage(vscode.l10n.t('The journal is not encrypted with a passphrase.'));
    return;
  }
  if (state.marker?.operation === 'change-passphrase') {
    await resumeChange(vault, disk, state.marker);
    return;
  }
  const title = vscode.l10n.t('Change Journal Passphrase');
  const old = await askPassphrase({ title, prompt: vscode.l10n.t('Type the journal\'s current passphrase.') });
  if (old === undefined) {
    return;
  }
  const next = await askNewPassphrase(title);
  if (next === undefined || !(await passphraseOpens(disk, old))) {
    return;
  }
  await changeAndRemount(vault, disk, { passphrase: old, newPassphrase: next });
}

/**
 * Runs the core's change (or its undo) with the journal's editors closed and its mount locked, and
 * mounts the journal again under the passphrase it ends with; the editors open under it. The outcome
 * is told last, once the journal is open again and its editors are back: the message is the end of
 * the command. Told first, it came before the unlock under the new passphrase (an scrypt: tens of
 * seconds in the web worker host) and the editors' reopening, and a person acting on it — a Command
 * Palette or Open Entry for Date… box opened — had that box closed under them by the reopened
 * editor taking the focus.
 */
async function changeAndRemount(vault: JournalVault, disk: vscode.Uri, request: ChangePassphraseRequest): Promise<void> {
  // Editors closed and the mount locked while it runs: a save (auto-save, tag-on-save, New Entry)
  // sealed to the old key after the change had passed its entry would open with no key once key.age
  // is replaced.
  const title = request.undo === true ? vscode.l10n.t('Undoing the passphrase change…') : vscode.l10n.t('Re-encrypting the journal…');
  const ran = await closedAndLocked(vault, () => run(title, disk, changePassphrase, request));
  if (ran === undefined) {
    return;
  }
  let notReopened: Reason | undefined;
  if (ran.outcome.status === 'done') {
    const passphrase = request.undo === true ? request.passphrase : request.newPassphrase;
    const unlocked = await withUnlockProgress(() => unlockJournal(journalDiskFs(disk), { kind: 'passphrase', passphrase }));
    // Kept either way (when the setting is on): the journal's key is under this passphrase now, and
    // a kept old one would no longer open it.
    await vault.remember(disk, passphrase);
    if (unlocked.ok) {
      await reopen(vault.mount(disk, unlocked.journal), ran.reopenPaths);
    } else {
      notReopened = unlocked.why; // Locked, its editors closed: the message says so, and how to open it.
    }
  }
  const told = outcomeMessage(vscode.l10n, ran.outcome, request.undo === true);
  report(vault, notReopened === undefined ? told : notReopenedMessage(vscode.l10n, told, notReopened));
}

/**
 * A passphrase change that was interrupted (a crash, a closed window, the command line killed):
 * finish it or undo it, as the command line's `change-passphrase` and `change-passphrase --undo` do,
 * with the same core step. Both passphrases are asked either way (entries may be under either key
 * until it ends); the old one, or the new one when the change got as far as replacing key.age, is
 * proven before any editor is closed, and the new one by the core before it writes anything.
 */
async function resumeChange(vault: JournalVault, disk: vscode.Uri, marker: MigrationMarker): Promise<void> {
  const finish = vscode.l10n.t('Finish the Change');
  const undo = vscode.l10n.t('Undo the Change');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('A change of the journal\'s passphrase was interrupted ({0} of {1} entries re-encrypted). Finish it, or undo it?', marker.done, marker.total),
    { modal: true, detail: vscode.l10n.t('Until it ends, each entry is under the old passphrase or the new one, and nothing is lost. Finishing it re-encrypts the rest to the new passphrase; undoing it takes every entry back to the old one. Either way both passphrases are needed.') },
    finish,
    undo,
  );
  if (choice === undefined) {
    return;
  }
  const title = vscode.l10n.t('Change Journal Passphrase');
  const old = await askPassphrase({ title, prompt: vscode.l10n.t('Type the journal\'s old passphrase, the one before the interrupted change.') });
  if (old === undefined) {
    return;
  }
  const next = await askPassphrase({ title, prompt: vscode.l10n.t('Type the new passphrase chosen for the interrupted change.') });
  if (next === undefined) {
    return;
  }
  if (!(await eitherOpens(disk, old, next))) {
    return;
  }
  await changeAndRemount(vault, disk, { passphrase: old, newPassphrase: next, undo: choice === undo });
}

/** Whether `old` opens the journal's key file — or `next`, once the change replaced it — told and false when neither does. */
async function eitherOpens(disk: vscode.Uri, old: string, next: string): Promise<boolean> {
  const fs = journalDiskFs(disk);
  const check = await withUnlockProgress(async () => {
    const first = await unlockJournal(fs, { kind: 'passphrase', passphrase: old });
    return first.ok || first.kind !== 'key' ? first : unlockJournal(fs, { kind: 'passphrase', passphrase: next });
  });
  if (!check.ok) {
    void vscode.window.showErrorMessage(check.kind === 'key'
      ? vscode.l10n.t('Neither passphrase opens this journal. Nothing was changed.')
      : cannotOpenMessage(vscode.l10n, check.why));
  }
  return check.ok;
}
