// What Import Calendar… says when it fails: a journal folder the disk refuses — full, or read-only
// (../journal/diskRefusal.ts, the reading every writer of the extension shares) — in plain words, as
// Customize Template… and an encrypted journal's saves say it, and what to do; a calendar that cannot
// be read where the user picked it, and any other failure, as the system words it. What was copied
// before the failure stays, and running the import again copies nothing twice (a copy with the same
// bytes is found and kept). Takes the translator as a parameter (as templateFailure.ts does) so the
// unit tier checks both languages against the shipped bundles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import { errorMessage } from '../../core/text/errorMessage';
import { diskRefusalMessage, diskRefusalOf } from '../journal/diskRefusal';

/** A calendar the user picked could not be read where it is: not the journal's disk refusing a write. */
export class CalendarUnreadable extends Error {
  constructor(readonly error: unknown) {
    super(errorMessage(error));
    this.name = 'CalendarUnreadable';
  }
}

export function calendarImportFailure(l10n: Translator, error: unknown): string {
  return diskRefusalMessage(error instanceof CalendarUnreadable ? undefined : diskRefusalOf(error), error, {
    full: l10n.t('The calendar was not imported: the disk is full. What was imported before stays as it is. Free some space, then run Import Calendar again: a calendar copied already is not copied twice.'),
    readOnly: l10n.t('The calendar was not imported: the journal\'s folder cannot be written to (the disk is read-only, or permission was denied). Run Import Calendar again once the folder can be written to.'),
    other: (message) => l10n.t('The calendar could not be imported: {0}', message),
  });
}
