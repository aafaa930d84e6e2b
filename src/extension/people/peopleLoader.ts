// `people.yml` in the journal folder, read for the people features (Open Person…, reviews, search).
// Its problems are listed in the output channel and shown once in a warning with the file and line;
// the same problems are not shown again until the file changes.
import * as vscode from 'vscode';
import { createPeopleDirectory, type PeopleDirectory } from '../../core/reflect/peopleDirectory';
import { parsePeopleFile, type PeopleFileProblem, type PersonAliases } from '../../core/reflect/peopleFile';
import { errorMessage } from '../../core/text/errorMessage';
import { readTextIfExists } from '../journal/journalStore';
import type { Log } from '../output';
import { showEntryAt } from '../entries/openEntryAt';

export const PEOPLE_FILE = 'people.yml';

export interface LoadedPeople {
  readonly directory: PeopleDirectory;
  /** Listed people (full names). */
  readonly listed: number;
  /** The people listed, in people.yml order, with their cadence (for the 1:1 nudge). */
  readonly people: readonly PersonAliases[];
  readonly problems: readonly PeopleFileProblem[];
  readonly uri: vscode.Uri;
}

/**
 * Reads people.yml for every feature that wants it: one per window, made by the composition root
 * (features.ts), because it remembers which problems it already reported.
 */
export class PeopleLoader {
  /** The problems last reported, so the same ones are not shown twice. */
  private reported = '';

  constructor(private readonly log: Log) {}

  /** Reads people.yml (none is fine: everyone is matched by case and accents only). Never throws. */
  load(folder: vscode.Uri): Promise<LoadedPeople> {
    return loadPeople(folder, (uri, problems, listed) => this.report(uri, problems, listed));
  }

  /** Lists the problems in the output channel and shows them once in a warning that opens the file at the line. */
  private report(uri: vscode.Uri, problems: readonly PeopleFileProblem[], listed: number): void {
    const signature = problems.map((p) => `${p.line}:${p.message}`).join('\n');
    if (signature === this.reported) {
      return;
    }
    this.reported = signature;
    showPeopleProblems(this.log, uri, problems, listed);
  }
}

type Report = (uri: vscode.Uri, problems: readonly PeopleFileProblem[], listed: number) => void;

async function loadPeople(folder: vscode.Uri, reportPeopleProblems: Report): Promise<LoadedPeople> {
  const uri = vscode.Uri.joinPath(folder, PEOPLE_FILE);
  let text: string | undefined;
  try {
    text = await readTextIfExists(uri);
  } catch (error) {
    const problem = { line: 1, message: vscode.l10n.t('people.yml could not be read: {0}', errorMessage(error)) };
    reportPeopleProblems(uri, [problem], 0);
    return { directory: createPeopleDirectory([]), listed: 0, people: [], problems: [problem], uri };
  }
  if (text === undefined) {
    return { directory: createPeopleDirectory([]), listed: 0, people: [], problems: [], uri };
  }
  const parsed = parsePeopleFile(text);
  reportPeopleProblems(uri, parsed.problems, parsed.people.length);
  return { directory: createPeopleDirectory(parsed.people), listed: parsed.people.length, people: parsed.people, problems: parsed.problems, uri };
}

function showPeopleProblems(log: Log, uri: vscode.Uri, problems: readonly PeopleFileProblem[], listed: number): void {
  const first = problems[0];
  if (!first) {
    return;
  }
  for (const problem of problems) {
    // The core describes the problems in English, as it does for templates.
    log.warn(`${uri.fsPath}:${problem.line}: ${problem.message}`);
  }
  const open = vscode.l10n.t('Open people.yml');
  const what = problems.length === 1
    ? vscode.l10n.t('people.yml, line {0}: {1}', first.line, first.message)
    : vscode.l10n.t('people.yml has {0} problems (all in the Leadership Journal output); the first, line {1}: {2}', problems.length, first.line, first.message);
  const effect = listed > 0
    ? vscode.l10n.t('The other names in it are used.')
    : vscode.l10n.t('Until it is fixed, names are matched as they are written (ignoring case and accents).');
  const message = vscode.l10n.t('{0} {1} The file was not changed.', what, effect);
  void vscode.window.showWarningMessage(message, open).then(async (choice) => {
    if (choice === open) {
      await showEntryAt(uri, first.line - 1);
    }
  });
}
