// When an encrypted journal is unlocked: the saves of its plain files — templates and anything else
// in its dot-folders (`.templates/`, `.calendar/`), and files at its top that are not entries
// (`people.yml`) — that a closed window cut off between writing its partial (`NAME.<writer>.lj-partial`,
// or an earlier version's `NAME.lj-partial`: core/encryption/layout.ts) and renaming it are
// put back (core/encryption/plainPartials.ts says which), through vscode.workspace.fs in every host:
// the web worker and remote or virtual folders, where VS Code's rename deletes the target first and a
// closed tab can leave only the partial, and the desktop (whose Node rename is atomic, so it finds
// none there unless another host left it). The entries' own partials are the core's orphan repair
// (interruptedSaves.ts). A rename never replaces a file; the journal's own folder is never touched.
// What was put back or left, and why, goes to the output channel; nothing here stops the unlock.
import * as vscode from 'vscode';
import { finalPathOf, isEncryptedEntryPath, isPlainEntryPath, PARTIAL_SUFFIX, PRODUCT_FOLDER } from '../../core/encryption/layout';
import { newestFirst } from '../../core/encryption/partialTimes';
import { plainPartialStanding } from '../../core/encryption/plainPartials';
import { errorCode, errorMessage } from '../../core/text/errorMessage';

/** How deep below a dot-folder partials are looked for: templates and calendars sit one or two down. */
const MAX_DEPTH = 6;

export interface PlainPartialLine {
  readonly level: 'info' | 'warn';
  readonly text: string;
}

/** Journal-relative paths of the plain files' partials under `root`. */
async function plainPartials(root: vscode.Uri): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    const uri = folder === '' ? root : vscode.Uri.joinPath(root, ...folder.split('/'));
    for (const [name, type] of await vscode.workspace.fs.readDirectory(uri)) {
      const path = folder === '' ? name : `${folder}/${name}`;
      const inDot = folder !== '' || name.startsWith('.');
      if ((type & vscode.FileType.Directory) !== 0) {
        if (inDot && path !== PRODUCT_FOLDER && depth < MAX_DEPTH) {
          await walk(path, depth + 1);
        }
      } else if (name.endsWith(PARTIAL_SUFFIX)) {
        const final = finalPathOf(path);
        if (inDot || (!isPlainEntryPath(final) && !isEncryptedEntryPath(final))) {
          found.push(path);
        }
      }
    }
  };
  await walk('', 0);
  return found.sort();
}

async function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'FileNotFound' || code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/** Puts back what can be, in the journal folder `root`; the lines to log, in the user's language. */
export async function restorePlainPartials(root: vscode.Uri, now: () => number = Date.now): Promise<PlainPartialLine[]> {
  const lines: PlainPartialLine[] = [];
  let partials: string[];
  try {
    partials = await plainPartials(root);
  } catch (error) {
    return [{ level: 'warn', text: vscode.l10n.t('The journal\'s templates and other plain files were not checked for saves cut off before their rename: {0}', errorMessage(error)) }];
  }
  const at = (path: string): vscode.Uri => vscode.Uri.joinPath(root, ...path.split('/'));
  // The last written first, as the unlock does for entries (orphanedPartials.ts): of two writers'
  // partials of one file with nothing at its name, the newer is put back and the older then stays beside it.
  for (const partial of await newestFirst(partials, (path) => statOf(at(path)).then((stat) => stat?.mtime, () => undefined))) {
    const final = finalPathOf(partial);
    try {
      const written = await statOf(at(partial));
      if (written === undefined) {
        continue; // Put back or removed by another window meanwhile.
      }
      const standing = plainPartialStanding(await statOf(at(final)) !== undefined, written.mtime, now());
      if (standing === 'restore') {
        await vscode.workspace.fs.rename(at(partial), at(final), { overwrite: false });
        lines.push({ level: 'info', text: vscode.l10n.t('Put back {0}: a save of it was cut off before its rename ({1} is now {0}).', final, partial) });
      } else if (standing === 'beside') {
        lines.push({ level: 'warn', text: vscode.l10n.t('{0} holds a save of {1} that was cut off before its rename; both are kept. Compare them, then delete the one you do not need.', partial, final) });
      } else {
        lines.push({ level: 'info', text: vscode.l10n.t('{0} was written less than a minute ago, perhaps by a save under way in another window: left as it is, and looked at again at the next unlock.', partial) });
      }
    } catch (error) {
      lines.push({ level: 'warn', text: vscode.l10n.t('{0} was left as it is: {1}', partial, errorMessage(error)) });
    }
  }
  return lines;
}
