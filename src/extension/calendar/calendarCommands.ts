// The calendar commands: Import Calendar… (importCalendar.ts), Edit Calendar Rules (opens
// `.calendar/rules.yml`, first writing a commented starter if there is none — an existing file is
// never touched) and Which Rule Placed This Event? (a quick pick of the last four weeks' events; the
// one picked is explained: its category, the rule and what met each condition).
import * as vscode from 'vscode';
import { CALENDAR_FOLDER, RULES_FILE, starterRulesFile } from '../../core/timeAudit/calendarFiles';
import type { ExplainedEvent } from '../../core/timeAudit/calendarAudit';
import type { ReasonFact } from '../../core/timeAudit/categorize';
import { categoryLabel, sideName } from '../../core/timeAudit/categoryNames';
import { contentLanguage } from '../../core/locale/contentLanguage';
import { instantFormat } from '../../core/text/dates';
import { errorMessage } from '../../core/text/errorMessage';
import { pluralMessage } from '../../core/text/format';
import type { Clock } from '../clock';
import { Commands } from '../commandIds';
import type { CommandHandlers } from '../activationTable';
import type { Settings } from '../settingsService';
import { resolveJournalFolder } from '../journal/journalLocation';
import type { JournalMount } from '../journal/journalMounts';
import type { Log } from '../output';
import type { JournalStore } from '../journal/journalStore';
import { CalendarAudits } from './calendarAudits';
import { CalendarSources } from './calendarSources';
import { importCalendar, type ImportArgs } from './importCalendar';
import { explainTarget } from './calendarPlan';
import { pickChoice, type Choice } from '../pickChoice';

/** The imported calendars, read through their sources; both are disposed with the extension. */
export function calendarAudits(context: vscode.ExtensionContext, clock: Clock, mount: JournalMount, log: Log, settings: Settings, store: JournalStore): CalendarAudits {
  const sources = new CalendarSources(mount, log, settings, store);
  const audits = new CalendarAudits(sources, clock, log, settings);
  context.subscriptions.push(sources, audits);
  return audits;
}

/** What the calendar commands read, handed in by the composition root (features.ts). */
export interface CalendarCommandServices {
  readonly calendar: CalendarAudits;
  /** Which journal is unlocked in this window: `.calendar/` is read and written through it (journal/journalMounts.ts). */
  readonly mount: JournalMount;
  readonly log: Log;
  readonly settings: Settings;
  /** The journal's files (journalStore.ts): rules.yml and the copies in `.calendar/` are written through it. */
  readonly store: JournalStore;
}

export function calendarCommands({ calendar: audits, mount, log, settings, store }: CalendarCommandServices): CommandHandlers<'calendar/calendarCommands'> {
  return {
    importCalendar: (args?: ImportArgs) => importCalendar(audits, { mount, log, settings, store }, args),
    editCalendarRules: () => editCalendarRules(mount, settings, store),
    explainCalendarEvent: (uid?: string) => explainCalendarEvent(audits, uid),
  };
}

export async function editCalendarRules(mount: JournalMount, settings: Settings, store: JournalStore): Promise<vscode.Uri | undefined> {
  const folder = await resolveJournalFolder(settings.current, mount);
  if (!folder) {
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder, CALENDAR_FOLDER, RULES_FILE);
  try {
    await store.createIfAbsent(uri, starterRulesFile());
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}: {1}', `${CALENDAR_FOLDER}/${RULES_FILE}`, errorMessage(error)));
    return undefined;
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

/** Explains the event picked (or the one with `uid`); returns the explanation shown. */
export async function explainCalendarEvent(audits: CalendarAudits, uid?: string): Promise<string | undefined> {
  let events: ExplainedEvent[] | undefined;
  try {
    events = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your calendars…') },
      () => audits.recentEvents(),
    );
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The calendars could not be read: {0}', errorMessage(error)));
    return undefined;
  }
  const target = explainTarget(events, uid);
  if (target.kind === 'none-imported') {
    const importNow = vscode.l10n.t('Import Calendar…');
    void vscode.window.showInformationMessage(vscode.l10n.t('No calendar is imported yet.'), importNow).then((choice) => {
      if (choice === importNow) {
        void vscode.commands.executeCommand(Commands.importCalendar);
      }
    });
    return undefined;
  }
  if (target.kind === 'no-events') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Your calendars have no events in the last four weeks.'));
    return undefined;
  }
  const language = contentLanguage(vscode.env.language);
  const event = target.kind === 'event' ? target.event : target.kind === 'unknown-uid' ? undefined
    : await pickChoice(target.events.map((candidate) => eventChoice(candidate, language)), {
      title: vscode.l10n.t('Which Rule Placed This Event?'),
      placeHolder: vscode.l10n.t('Events of the last four weeks, latest first. Pick one to see its category and the rule that placed it.'),
      matchOnDescription: true,
    });
  if (!event) {
    return undefined;
  }
  const text = explanation(event, language);
  const edit = vscode.l10n.t('Edit Calendar Rules');
  void vscode.window.showInformationMessage(text, edit).then((choice) => {
    if (choice === edit) {
      void vscode.commands.executeCommand(Commands.editCalendarRules);
    }
  });
  return text;
}

/** An event to pick: its title, and when it starts and the category it is in. */
function eventChoice(event: ExplainedEvent, language: 'en' | 'de'): Choice<ExplainedEvent> {
  return {
    label: titleOf(event),
    description: `${when(event)} · ${categoryLabel({ id: event.categoryId, label: event.categoryLabel }, language)}`,
    value: event,
  };
}

/** The event's title, or "(no title)" for one without. */
function titleOf(event: ExplainedEvent): string {
  return event.title.trim() === '' ? vscode.l10n.t('(no title)') : event.title;
}

/** When the event starts, in the display language and the machine's time zone (core/text/dates.ts). */
function when(event: ExplainedEvent): string {
  return instantFormat(vscode.env.language, event.allDay ? 'eventDay' : 'eventTime')(event.start);
}

/** The explanation in the display language: the event, its category and side, the rule and what met each condition. */
export function explanation(event: ExplainedEvent, language: 'en' | 'de'): string {
  const title = titleOf(event);
  const placed = categoryLabel({ id: event.categoryId, label: event.categoryLabel }, language);
  const side = sideName(event.side, language);
  const notes = event.notes.length > 0 ? ` ${vscode.l10n.t('Note: {0}', event.notes.join(' '))}` : '';
  if (!event.rule) {
    return vscode.l10n.t('"{0}" ({1}): no rule matched, so it is in {2} (side: {3}). Events are only placed by the rules, never guessed.', title, when(event), placed, side) + notes;
  }
  return vscode.l10n.t('"{0}" ({1}) is in {2} (side: {3}): rule {4}, "{5}", placed it: {6}.', title, when(event), placed, side, event.rule.number, event.rule.name, event.facts.map(reason).join('; ')) + notes;
}

function reason(fact: ReasonFact): string {
  switch (fact.kind) {
    case 'title':
      return vscode.l10n.t('the title has "{0}"', fact.word);
    case 'people':
      return pluralMessage(fact.count, vscode.l10n.t('1 person, you included'), vscode.l10n.t('{0} people, you included'));
    case 'external':
      return fact.outsider === undefined ? vscode.l10n.t('everyone invited is from inside') : vscode.l10n.t('someone from outside is invited ({0})', fact.outsider);
    case 'allDay':
      return fact.allDay ? vscode.l10n.t('it is an all-day event') : vscode.l10n.t('it is not an all-day event');
    case 'no-conditions':
      return vscode.l10n.t('the rule has no conditions');
  }
}
