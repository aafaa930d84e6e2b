// `Start Weekly Review` and `Start Monthly Review`: the review entry for the current week (the user's
// week start) or calendar month, drafted from the journal index by the core (reflect/review.ts),
// written as a normal entry where New Entry would put a weekly review, opened, and shown rendered
// beside it. An existing review is never rewritten: it is opened as it is, and the user is told so.
// Also callable with `{ date: 'YYYY-MM-DD' }` to review the week or month holding another day.
// `Refresh Drafted Section` drafts the open review again from the journal as it is now and puts the
// new drafted blocks in place of the old ones; what the user wrote around them is left as it is.
// Beside the index, a review reads the period's feedback notes and a month's decisions (reviewSources.ts).
import * as vscode from 'vscode';
import { formatIsoDate, type LocalDate } from '../../core/calendar/localDate';
import { refreshDrafted } from '../../core/entries/drafted';
import { contentLanguage } from '../../core/locale/contentLanguage';
import { readFrontMatter } from '../../core/entries/frontMatter';
import { errorMessage } from '../../core/text/errorMessage';
import { minimalEdit } from '../../core/text/minimalEdit';
import { isCounted } from '../../core/trends/counted';
import type { GeneratedReview } from '../../core/reflect/review';
import type { ReviewKind, ReviewPeriod } from '../../core/reflect/reviewPeriod';
import type { CommandHandlers } from '../activationTable';
import { journalToday } from '../journal/journalToday';
import { entryUri, JournalLocationError, relativeToFolder, resolveJournalFolder } from '../journal/journalLocation';
import { inStepWithDisk } from '../journal/documentOnDisk';
import { createIfAbsent, exists } from '../journal/journalStore';
import { displayDate, displayMonth } from '../l10nDates';
import { reviewFollowUps } from './reviewSources';
import { commitmentsOf, recordsOf } from '../index/reflectSource';
import { reportsModule } from '../export/reportsModule';
import type { ReflectServices } from './reflectServices';
import { draftedAsOf, openReview, periodOf, reviewPlan } from './reviewPlan';

export interface ReviewArgs {
  /** YYYY-MM-DD: review the week or month holding this day; today when absent. */
  readonly date?: string;
}

/** What a review reads; without calendars, it has no *Time* section. */
export type ReviewDeps = Pick<ReflectServices, 'index' | 'mount' | 'log' | 'people' | 'clock' | 'previews' | 'settings'> & Partial<Pick<ReflectServices, 'calendar'>>;

export function reviewCommands(deps: ReviewDeps): CommandHandlers<'reflect/reviewCommands'> {
  return {
    startWeeklyReview: (args?: ReviewArgs) => startReview('weekly-review', deps, args),
    startMonthlyReview: (args?: ReviewArgs) => startReview('monthly-review', deps, args),
    refreshDraftedSection: () => refreshDraftedSection(deps),
  };
}

/** The review's text for `period`, drafted as of `day` (never after the period's end) from the index as it is now. */
async function draft(deps: ReviewDeps, folder: vscode.Uri, period: ReviewPeriod, path: string, day: LocalDate): Promise<GeneratedReview> {
  const entries = deps.index.entriesWithFacts();
  const people = await deps.people.load(folder);
  // The feedback notes and decisions a review reads count as everything else does (counted.ts):
  // only those the user has written in, dated by the review's day.
  const settings = deps.settings.current;
  const followUps = await reviewFollowUps(folder, entries.filter(({ entry }) => isCounted(entry, day)), period, settings.locale, deps.log);
  const audit = await deps.calendar?.audit(period.start, period.end, settings.weekStart);
  // The review's words and drafting are in dist/reports.js, loaded on the first review (reportsModule.ts).
  return reportsModule().generateReview({
    period,
    path,
    date: day,
    entries: recordsOf(entries),
    // Only what was written by the review's day: a past week's review must not list (and so
    // back-date) commitments made after it.
    openCommitments: commitmentsOf(entries.filter(({ entry }) => entry.date <= formatIsoDate(day)), day).open,
    people: people.directory,
    ...followUps,
    // Written in the entry language, as the templates are: German for `de` (or a German VS Code).
    language: contentLanguage(settings.locale),
    ...(audit ? { calendar: { time: audit.time, language: contentLanguage(settings.locale) } } : {}),
  });
}

/**
 * Drafts the open review again and replaces its drafted blocks, in the editor (a clean editor is
 * saved, one with unsaved changes is left unsaved, as Tag Entry does). Returns whether it changed.
 */
export async function refreshDraftedSection(deps: ReviewDeps): Promise<boolean> {
  const document = vscode.window.activeTextEditor?.document;
  const front = document ? readFrontMatter(document.getText()) : undefined;
  const review = openReview(front?.ok ? front.data : undefined);
  if (!document || !review) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a weekly or monthly review first: its drafted section is drafted again from your journal.'));
    return false;
  }
  if (!(await inStepWithDisk(document))) {
    return false;
  }
  const settings = deps.settings.current;
  const folder = await resolveJournalFolder(settings, deps.mount);
  if (!folder) {
    return false;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') }, () => deps.index.ensureBuilt());
  const period = periodOf(review.kind, review.filed, settings.weekStart);
  const day = draftedAsOf(journalToday(settings, deps.clock.now()), period, review.filed);
  const path = relativeToFolder(folder, document.uri) ?? '';
  const refreshed = refreshDrafted(document.getText(), (await draft(deps, folder, period, path, day)).text);
  if (!refreshed.ok) {
    void vscode.window.showInformationMessage(refreshed.reason === 'no-block-left'
      ? vscode.l10n.t('Nothing was changed: this review has no drafted section left (its markers were removed), so all of it is yours.')
      : vscode.l10n.t('Nothing was changed: there is nothing drafted to put in its place.'));
    return false;
  }
  const change = minimalEdit(document.getText(), refreshed.text);
  if (!change) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The drafted section is already up to date.'));
    return false;
  }
  const wasDirty = document.isDirty;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
  if (!(await vscode.workspace.applyEdit(edit))) {
    return false;
  }
  if (!wasDirty) {
    await document.save();
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('The drafted section was drafted again from your journal as of {0}; what you wrote is unchanged.', displayDate(day)));
  return true;
}

function periodName(period: ReviewPeriod): string {
  return period.kind === 'weekly-review'
    ? vscode.l10n.t('week {0}', period.label)
    : displayMonth(period.start);
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
  const settings = deps.settings.current;
  const place = { weekStart: settings.weekStart, weeklyPattern: settings.filePatterns['weekly-review'] };
  const plan = reviewPlan(kind, journalToday(settings, deps.clock.now()), args?.date, place);
  if (!plan.ok && plan.reason === 'not-a-date') {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a date; use YYYY-MM-DD.', plan.date));
    return undefined;
  }
  const folder = await resolveJournalFolder(settings, deps.mount);
  if (!folder) {
    return undefined;
  }
  if (!plan.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The review cannot be filed: {0}', plan.message));
    return undefined;
  }
  const { day, period, path } = plan;
  let uri: vscode.Uri;
  try {
    uri = entryUri(folder, path);
    if (await exists(uri)) {
      return await openExisting(deps, uri, folder, period);
    }
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof JournalLocationError ? error.message : vscode.l10n.t('Could not create the entry {0}: {1}.', path, errorMessage(error)));
    return undefined;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') },
    () => deps.index.ensureBuilt(),
  );
  const status = deps.index.state;
  if (status.state === 'error') {
    void vscode.window.showErrorMessage(vscode.l10n.t('The journal could not be read: {0}', status.message));
    return undefined;
  }
  const review = await draft(deps, folder, period, path, day);
  let created;
  try {
    created = await createIfAbsent(uri, review.text, deps.mount);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the entry {0}: {1}.', path, errorMessage(error)));
    return undefined;
  }
  if (created === 'existed') {
    return openExisting(deps, uri, folder, period); // Written by something else in the meantime.
  }
  void deps.index.update(uri, review.text); // In the views at once, not when the watcher reports it.
  let banner: string | undefined;
  if (review.empty) {
    banner = vscode.l10n.t('No entries from {0} to {1}: the review was created with its questions and open commitments, and nothing to draft from.', displayDate(period.start), displayDate(period.end));
    void vscode.window.showInformationMessage(banner);
  }
  await show(deps, uri, folder, banner);
  return uri;
}

