// The age identity of a journal encrypted to age keys, in the Node extension host: the key file
// picked earlier in this workspace, else the `encryption.identityFile` setting, else the user
// chooses between a file dialog and pasting the key (identityPaste.ts; a pasted key kept in
// SecretStorage is tried first). The decisions about files are core/encryption/keyFileChoice.ts's.
// A file is read when needed and its keys handed to the caller; its path is remembered
// (identityMemory.ts), its contents nowhere. A file that is missing, unreadable, not an identity file
// or not X25519, or a key that does not open the journal, is said plainly with a way to pick another
// file or paste the key; nothing is changed by it. An identity file itself encrypted with `age -p`
// asks for its passphrase. Part of dist/encryption.js in the Node host only (see identityKeys.ts).
import * as vscode from 'vscode';
import { identitiesOfFile, type KeyRead } from '../../core/encryption/identityFile';
import { identitiesProblem, identitySource } from '../../core/encryption/keyFileChoice';
import { identityFolderHint, readIdentityFile } from './identityFileAccess';
import { keptPastedIdentity, rememberedFileKey } from './identityMemory';
import { askPastedIdentity, wrongKeyMessage } from './identityPaste';
import type { IdentityAsker, IdentityHost } from './identityUnlock';
import { askPassphrase } from './passphrasePrompt';

/** How the user gives the key this time: picking a file, or pasting. */
type Way = 'file' | 'paste';

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

/** Says `message` and offers another file or pasting; the way chosen, or undefined to give up. */
async function tryAnother(message: string): Promise<Way | undefined> {
  const file = vscode.l10n.t('Choose Another File…');
  const paste = vscode.l10n.t('Paste the Key Instead…');
  const chosen = await vscode.window.showErrorMessage(message, file, paste);
  return chosen === file ? 'file' : chosen === paste ? 'paste' : undefined;
}

/** A file dialog or the paste box, when no file is known; undefined when cancelled. */
async function chooseWay(title: string): Promise<Way | undefined> {
  const file = { label: vscode.l10n.t('Choose the Key File…'), way: 'file' as const };
  const paste = { label: vscode.l10n.t('Paste the Key…'), way: 'paste' as const };
  return (await vscode.window.showQuickPick([file, paste], { title, ignoreFocusOut: true }))?.way;
}

/** The Node host's asker (identityUnlock.ts): a key file or a pasted key, asked again on the user's word. */
export function fileOrPasteAsker(host: IdentityHost, disk: vscode.Uri): IdentityAsker {
  let keptTried = false;
  return async (ask) => {
    let way: Way | undefined;
    if (ask.failed !== undefined) {
      const { origin } = ask.failed;
      way = await tryAnother(origin.kind === 'file' ? vscode.l10n.t('The key in {0} does not open this journal. Nothing was changed.', origin.path) : wrongKeyMessage());
      if (way === undefined) {
        return undefined;
      }
    }
    for (;;) {
      const source = identitySource({
        setting: host.settings.current.encryption.identityFile,
        remembered: host.workspaceState.get<string>(rememberedFileKey(disk)),
        choosing: way !== undefined,
      });
      if (source.kind === 'ask' && way === undefined) {
        const kept = keptTried ? undefined : await keptPastedIdentity(host, disk);
        keptTried = true;
        if (kept !== undefined) {
          return kept;
        }
        way = await chooseWay(ask.title);
        if (way === undefined) {
          return undefined;
        }
      }
      if (way === 'paste') {
        return askPastedIdentity(ask.title);
      }
      const path = source.kind === 'file' ? source.path : await pickIdentityFile(ask.title);
      if (path === undefined) {
        return undefined;
      }
      const read = await identitiesAt(path, ask.title);
      if (read.ok) {
        return { identities: read.value, origin: { kind: 'file', path, source } };
      }
      way = await tryAnother(vscode.l10n.t('The age identity file cannot be used: {0}. Nothing was changed.', read.message));
      if (way === undefined) {
        return undefined;
      }
    }
  };
}
