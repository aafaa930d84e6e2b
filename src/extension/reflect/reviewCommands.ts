// `Start Weekly Review` and `Start Monthly Review`: the review entry for the current week (the user's
// week start) or calendar month, drafted from the journal index by the core (reflect/review.ts),
// written as a normal entry where New Entry would put a weekly review, opened, and shown rendered
// beside it. An existing review is never rewritten: it is opened as it is, and the user is told so.
// Also callable with `{ date: 'YYYY-MM-DD' }` to review the week or month holding another day.
import * as vscode from 'vscode';
import { formatIsoDate, parseIsoDate, type LocalDate } from '../../core/calendar/localDate';
import { generateReview } from '../../core/reflect/review';
import { monthPeriod, reviewPath, weekPeriod, type ReviewKind, type ReviewPeriod } from '../../core/reflect/reviewPeriod';
import type { Clock } from '../clock';
import { Commands } from '../commands/commandIds';
import { readSettings } from '../config';
import { journalToday } from '../entries/entryOpener';
import { entryUri, JournalLocationError, resolveJournalFolder } from '../journal/journalLocation';
import { createIfAbsent, exists } from '../journal/journalStore';
import { displayDate } from '../l10nDates';
import { loadPeople } from './peopleLoader';
import type { PreviewPanels } from './previewPanels';
import { reviewFollowUps } from './reviewSources';
import { commitmentsOf, recordsOf, type ReflectSource } from './reflectSource';

export interface ReviewArgs {
  /** YYYY-MM-DD: review the week or month holding this day; today when absent. */
  readonly date?: string;
}

export interface ReviewDeps {
  readonly source: ReflectSource;
  readonly clock: Clock;
  readonly previews: PreviewPanels;
}

export function registerReviewCommands(context: vscode.ExtensionContext, deps: ReviewDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.startWeeklyReview, (args?: ReviewArgs) => startReview('weekly-review', deps, args)),
    vscode.commands.registerCommand(Commands.startMonthlyReview, (args?: ReviewArgs) => startReview('monthly-review', deps, args)),
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function periodName(period: ReviewPeriod): string {
  return period.kind === 'weekly-review'
    ? vscode.l10n.t('week {0}', period.label)
    : new Intl.DateTimeFormat(vscode.env.language || 'en', { month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(period.start.year, period.start.month - 1, 1)));
}

function previewTitle(uri: vscode.Uri): string {
  return vscode.l10n.t('Preview {0}', uri.path.split('/').pop() ?? '');
}

/** Opens the review and its preview; returns its URI. */
async function show(deps: ReviewDeps, uri: vscode.Uri, folder: vscode.Uri, banner?: string): Promise<vscode.Uri> {
  await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.One });
  await deps.previews.showDocument(uri, folder, previewTitle(uri), banner);
  return uri;
}

async function openExisting(deps: ReviewDeps, uri: vscode.Uri, folder: vscode.Uri, period: ReviewPeriod): Promise<vscode.Uri> {
  const message = vscode.l10n.t('The review for {0} already exists: it is opened as it is, nothing in it was changed.', periodName(period));
  void vscode.window.showInformationMessage(message);
  return show(deps, uri, folder, message);
}

export async function startReview(kind: ReviewKind, deps: ReviewDeps, args?: ReviewArgs): Promise<vscode.Uri | undefined> {
  const settings = readSettings();
  let day: LocalDate | undefined = journalToday(settings, deps.clock.now());
  if (args?.date !== undefined) {
    day = parseIsoDate(args.date);
    if (!day) {
      void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a date; use YYYY-MM-DD.', args.date));
      return undefined;
    }
  }
  const folder = await resolveJournalFolder(settings);
  if (!folder) {
    return undefined;
  }
  const period = kind === 'weekly-review' ? weekPeriod(day, settings.weekStart) : monthPeriod(day);
  const path = reviewPath(period, kind === 'weekly-review' ? settings.filePatterns['weekly-review'] : undefined);
  if (!path.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The review cannot be filed: {0}', path.message));
    return undefined;
  }
  let uri: vscode.Uri;
  try {
    uri = entryUri(folder, path.path);
    if (await exists(uri)) {
      return await openExisting(deps, uri, folder, period);
    }
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof JournalLocationError ? error.message : vscode.l10n.t('Could not create the entry {0}: {1}.', path.path, describe(error)));
    return undefined;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') },
    () => deps.source.ensureBuilt(),
  );
  const status = deps.source.state;
  if (status.state === 'error') {
    void vscode.window.showErrorMessage(vscode.l10n.t('The journal could not be read: {0}', status.message));
    return undefined;
  }
  const entries = deps.source.entriesWithFacts();
  const people = await loadPeople(folder);
  const followUps = await reviewFollowUps(folder, entries, period, settings.locale);
  const review = generateReview({
    period,
    path: path.path,
    date: day,
    entries: recordsOf(entries),
    // Only what was written by the review's day: a past week's review must not list (and so
    // back-date) commitments made after it.
    openCommitments: commitmentsOf(entries.filter(({ entry }) => entry.date <= formatIsoDate(day)), day).open,
    people: people.directory,
    ...followUps,
  });
  let created;
  try {
    created = await createIfAbsent(uri, review.text);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the entry {0}: {1}.', path.path, describe(error)));
    return undefined;
  }
  if (created === 'existed') {
    return openExisting(deps, uri, folder, period); // Written by something else in the meantime.
  }
  void deps.source.update(uri, review.text); // In the views at once, not when the watcher reports it.
  let banner: string | undefined;
  if (review.empty) {
    banner = vscode.l10n.t('No entries from {0} to {1}: the review was created with its questions and open commitments, and nothing to draft from.', displayDate(period.start), displayDate(period.end));
    void vscode.window.showInformationMessage(banner);
  }
  await show(deps, uri, folder, banner);
  return uri;
}

