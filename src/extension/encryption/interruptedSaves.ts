// When the journal is unlocked in a window: the saves that a closed window or a killed host cut off
// between writing and renaming are put back in place (core/encryption/orphanedPartials.ts), and the
// output channel is told what was put back and what was left, with why. It never stops the unlock:
// whatever cannot be done now is said and waits for the next unlock. Part of dist/encryption.js;
// the journal's disk and lock holder are the migrations' (migrationHost.ts, its .web.ts twin).
import * as vscode from 'vscode';
import { finalPathOf } from '../../core/encryption/layout';
import { modifiedAtOf } from '../../core/encryption/migrationRun';
import { restoreOrphans } from '../../core/encryption/orphanedPartials';
import type { UnlockedJournal } from '../../core/encryption/unlockJournal';
import { migrationHost } from './migrationHost';

/** Puts back the interrupted saves of the journal at `disk`, just unlocked as `journal`; resolves when done. */
export async function restoreInterruptedSaves(disk: vscode.Uri, journal: UnlockedJournal, log: vscode.LogOutputChannel): Promise<void> {
  const host = migrationHost(disk, () => undefined);
  const repair = await restoreOrphans({ ...host, modifiedAt: modifiedAtOf(host) }, journal);
  for (const path of repair.restored) {
    log.info(vscode.l10n.t('{0} was put back in place: its last save was cut off after the new version was written and checked, before it was renamed.', path));
  }
  for (const item of repair.kept) {
    log.warn(vscode.l10n.t('An interrupted save was left as it is, not put in place of {0}: {1}.', finalPathOf(item.path), item.reason));
  }
  for (const path of repair.recent) {
    log.info(vscode.l10n.t('{0} was written less than a minute ago, perhaps by a save in another window: left as it is.', path));
  }
  if (repair.notNow !== undefined) {
    log.warn(vscode.l10n.t('Interrupted saves were not put back now ({0}); they are when the journal is next unlocked.', repair.notNow));
  }
}
