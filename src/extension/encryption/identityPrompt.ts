// The age identity file of a journal encrypted to age keys, in VS Code: the file picked earlier in
// this workspace, else the `encryption.identityFile` setting, else a file dialog (the decisions are
// core/encryption/keyFileChoice.ts's). The file is read when needed and its keys kept in memory by
// the caller; only its path is remembered (workspace state), and only once it opened the journal. A
// file that is missing, unreadable, not an identity file or not X25519 is said plainly, with a way
// to pick another; nothing is changed by it. An identity file itself encrypted with `age -p` asks
// for its passphrase. Part of dist/encryption.js in the Node host only (see identityKeys.ts).
import * as vscode from 'vscode';
import { identitiesOfFile, type KeyRead } from '../../core/encryption/identityFile';
import { identitiesProblem, identitySource, shouldRemember, type IdentitySource } from '../../core/encryption/keyFileChoice';
import { readSettings } from '../config';
import { identityFolderHint, readIdentityFile } from './identityFileAccess';
import { askPassphrase } from './passphrasePrompt';

const REMEMBERED_PREFIX = 'leadershipJournal.identityFile:';

export interface JournalIdentity {
  /** The file's path as given or picked (`~/` kept). */
  readonly path: string;
  /** Its `AGE-SECRET-KEY-1…` lines: held in memory only. */
  readonly identities: readonly string[];
  readonly source: IdentitySource;
}

export interface IdentityAsk {
  /** The title of the dialog and of a passphrase box for an encrypted identity file. */
  readonly title: string;
  /** Go straight to the file dialog (the user asked to pick another file). */
  readonly choosing?: boolean;
}

function rememberedKey(disk: vscode.Uri): string {
  return REMEMBERED_PREFIX + disk.toString();
}

async function pickIdentityFile(title: string): Promise<string | undefined> {
  const hint = identityFolderHint();
  const picked = await vscode.window.showOpenDialog({
    title,
    openLabel: vscode.l10n.t('Use This Key File'),
    canSelectFiles: true,
    canSelectFolders: false,
    canSelectMany: false,
    ...(hint === undefined ? {} : { defaultUri: hint }),
  });
  return picked?.[0]?.fsPath;
}

/** The X25519 identities in the file at `path`, or why it cannot be used. */
async function identitiesAt(path: string, title: string): Promise<KeyRead<readonly string[]>> {
  const bytes = await readIdentityFile(path);
  if (!bytes.ok) {
    return bytes;
  }
  const read = await identitiesOfFile(path, bytes.value, async () => {
    const passphrase = await askPassphrase({ title, prompt: vscode.l10n.t('The identity file {0} is itself encrypted. Type its passphrase.', path) });
    return passphrase === undefined ? { ok: false, message: 'no passphrase was typed' } : { ok: true, value: passphrase };
  });
  if (!read.ok) {
    return read;
  }
  const problem = identitiesProblem(read.value);
  return problem === undefined ? read : { ok: false, message: problem };
}

/** Offers to pick another file after `message`; true when the user wants to. */
export async function chooseAnotherFile(message: string): Promise<boolean> {
  const another = vscode.l10n.t('Choose Another File…');
  return await vscode.window.showErrorMessage(message, another) === another;
}

/**
 * The identities of the journal at `disk`; undefined when the user cancels (or gives up: told why). Asks again, on the user's word, while a file cannot be used.
 */
export async function askIdentity(state: vscode.Memento, disk: vscode.Uri, ask: IdentityAsk): Promise<JournalIdentity | undefined> {
  let choosing = ask.choosing ?? false;
  for (;;) {
    const source = identitySource({
      setting: readSettings().encryption.identityFile,
      remembered: state.get<string>(rememberedKey(disk)),
      choosing,
    });
    const path = source.kind === 'file' ? source.path : await pickIdentityFile(ask.title);
    if (path === undefined) {
      return undefined;
    }
    const read = await identitiesAt(path, ask.title);
    if (read.ok) {
      return { path, identities: read.value, source };
    }
    if (!await chooseAnotherFile(vscode.l10n.t('The age identity file cannot be used: {0}. Nothing was changed.', read.message))) {
      return undefined;
    }
    choosing = true;
  }
}

/** Remembers, for this workspace, the path of a picked file that opened the journal at `disk`. */
export async function rememberIdentity(state: vscode.Memento, disk: vscode.Uri, identity: JournalIdentity): Promise<void> {
  if (shouldRemember(identity.source, identity.path, state.get<string>(rememberedKey(disk)))) {
    await state.update(rememberedKey(disk), identity.path);
  }
}
