// When the journal is unlocked in a window: the saves that a closed window or a killed host cut off
// between writing and renaming are put back in place, or set aside as `NAME (interrupted save).md`
// when they sit beside their entry (core/encryption/orphanedPartials.ts), and the
// output channel is told what was put back and what was left, with why, in the user's language
// (interruptedSaveLines.ts). It never stops the unlock: whatever cannot be done now is said and waits
// for the next unlock. Then the same for the journal's plain files (templates, dot-folders,
// people.yml: plainPartials.ts). Part of dist/encryption.js; the journal's disk and lock holder are the
// migrations' (migrationHost.ts, its .web.ts twin).
import * as vscode from 'vscode';
import { modifiedAtOf } from '../../core/encryption/migrationRun';
import { restoreOrphans } from '../../core/encryption/orphanedPartials';
import type { UnlockedJournal } from '../../core/encryption/unlockJournal';
import { interruptedSaveLines, keptAsideListed } from './interruptedSaveLines';
import { keptSaveWords } from './keptSaveWords';
import { migrationHost } from './migrationHost';
import { restorePlainPartials } from './plainPartials';

/**
 * Puts back the interrupted saves of the journal at `disk`, just unlocked as `journal`; resolves when
 * done, to the entries an opaque journal lists its kept copies as (`recovered/ID.md`, told in the output).
 */
export async function restoreInterruptedSaves(disk: vscode.Uri, journal: UnlockedJournal, log: vscode.LogOutputChannel): Promise<readonly string[]> {
  const host = migrationHost(disk, () => undefined);
  const repair = await restoreOrphans({ ...host, modifiedAt: modifiedAtOf(host), keptWords: keptSaveWords(vscode.l10n) }, journal);
  for (const line of interruptedSaveLines(vscode.l10n, repair)) {
    log[line.level](line.text);
  }
  for (const line of await restorePlainPartials(disk)) {
    log[line.level](line.text);
  }
  return keptAsideListed(repair);
}
