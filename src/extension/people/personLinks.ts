// Links in a journal entry's drafted block from a person's name to their page: the names on the
// "1:1s held" line yesterday's calendar writes into a new daily entry (core/reflect/yesterdayCalendar.ts).
// A Markdown file can open no command by itself, so the editor's document links do it: Ctrl+click
// (Cmd+click) on the name runs Open Person with it. Only people.yml's names, only in complete drafted
// blocks; nothing is written into the entry. The activation table's `personLinks` line: activation
// registers it for Markdown and hands it journal entries only (shell/journalEntryGate.ts), so it does
// not ask again.
import * as vscode from 'vscode';
import { DRAFTED_START } from '../../core/entries/drafted';
import { heldOneOnOneNames } from '../../core/reflect/yesterdayCalendar';
import type { ProviderHandlers } from '../activationTable';
import { Commands } from '../commandIds';
import type { Settings } from '../settingsService';
import { journalFolderUri } from '../journal/journalLocation';
import type { MountedRoots } from '../journal/journalMounts';
import type { PeopleLoader } from './peopleLoader';

export function personLinkProviders({ mount, people, settings }: { readonly mount: MountedRoots; readonly people: PeopleLoader; readonly settings: Settings }): ProviderHandlers<'people/personLinks'> {
  return {
    personLinks: {
      async provideDocumentLinks(document) {
        const text = document.getText();
        if (!text.includes(DRAFTED_START)) {
          return [];
        }
        let folder: vscode.Uri;
        try {
          folder = journalFolderUri(settings.current, mount);
        } catch {
          return [];
        }
        const names = (await people.load(folder)).people.map((person) => person.name);
        return heldOneOnOneNames(text, names).map(({ start, end, name }) => {
          const link = new vscode.DocumentLink(
            new vscode.Range(document.positionAt(start), document.positionAt(end)),
            vscode.Uri.parse(`command:${Commands.openPerson}?${encodeURIComponent(JSON.stringify([name]))}`),
          );
          link.tooltip = vscode.l10n.t('Open the person page of {0}', name);
          return link;
        });
      },
    },
  };
}
