// Settings, read in one place into one typed object with defaults. Handlers receive plain data,
// never the configuration API; invalid values fall back to the default rather than failing.
import * as vscode from 'vscode';
import { isWeekStart, type WeekStart } from '../core/calendar/isoWeek';
import { isEntryKindId, type EntryKindId } from '../core/entries/kinds';
import { parseRestDays } from '../core/trends/streaks';
import { DEFAULT_JOURNAL_FOLDER, journalFolderSetting, SECTION } from './journal/journalFolderSetting';

export { SECTION };

export interface JournalSettings {
  /** The journal folder: relative to the first workspace folder, or absolute. */
  readonly journalFolder: string;
  /** Per-kind file path patterns that replace the built-in naming. */
  readonly filePatterns: Readonly<Partial<Record<EntryKindId, string>>>;
  /** Writing before this hour (0–23) counts as the day before. */
  readonly dayStartHour: number;
  /** 0 = Sunday, 1 = Monday, 6 = Saturday. */
  readonly weekStart: WeekStart;
  readonly defaultKind: EntryKindId;
  /** BCP 47 tag for dates in entries; VS Code's display language when the setting is empty. */
  readonly locale: string;
  /** Weekdays (0 = Sunday … 6 = Saturday) that never break a writing streak. */
  readonly streakRestDays: readonly number[];
  readonly tagging: TaggingSettings;
  readonly calendar: CalendarSettings;
  readonly encryption: EncryptionSettings;
  readonly privacy: PrivacySettings;
}

export interface PrivacySettings {
  /** Leave private entries (`private: true`, `#private`) out of Search Journal's results, for shared screens. */
  readonly hidePrivateInSearch: boolean;
}

export interface EncryptionSettings {
  /** Keep an encrypted journal's passphrase (or a pasted age key) in VS Code's SecretStorage, so it is not asked in each window. */
  readonly rememberPassphrase: boolean;
  /** The age identity file that opens a journal encrypted to age keys ('' when not set; `~/` is the home folder). */
  readonly identityFile: string;
}

export interface CalendarSettings {
  /** The user's own addresses in calendars, lower case, without `mailto:`. */
  readonly addresses: readonly string[];
}

export interface TaggingSettings {
  /** Tag a journal entry's front matter as part of each save (an explicit one, or after an idle pause). */
  readonly onSave: boolean;
  /** With auto save, the pause (in seconds) without typing after which an auto-saved entry is tagged. */
  readonly idleSeconds: number;
  /** Extra words or phrases that count as leading (why) / managing (how). */
  readonly whyTerms: readonly string[];
  readonly howTerms: readonly string[];
}

export const defaultSettings: JournalSettings = {
  journalFolder: DEFAULT_JOURNAL_FOLDER,
  filePatterns: {},
  dayStartHour: 0,
  weekStart: 1,
  defaultKind: 'daily',
  locale: '',
  streakRestDays: [6, 0],
  tagging: { onSave: true, idleSeconds: 30, whyTerms: [], howTerms: [] },
  calendar: { addresses: [] },
  encryption: { rememberPassphrase: false, identityFile: '' },
  privacy: { hidePrivateInSearch: false },
};

function identityFile(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function terms(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()) : [];
}

function idleSeconds(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3600 ? value : defaultSettings.tagging.idleSeconds;
}

const WEEK_STARTS: Readonly<Record<string, WeekStart>> = { sunday: 0, monday: 1, saturday: 6 };


function filePatterns(value: unknown): Partial<Record<EntryKindId, string>> {
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const patterns: Partial<Record<EntryKindId, string>> = {};
  for (const [kind, pattern] of Object.entries(value)) {
    if (isEntryKindId(kind) && typeof pattern === 'string' && pattern.trim() !== '') {
      patterns[kind] = pattern.trim();
    }
  }
  return patterns;
}

export function readSettings(scope?: vscode.ConfigurationScope): JournalSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const hour = config.get<unknown>('dayStartHour');
  const weekStart = WEEK_STARTS[String(config.get<unknown>('weekStart'))];
  const kind = config.get<unknown>('defaultKind');
  const locale = config.get<unknown>('locale');
  return {
    journalFolder: journalFolderSetting(config),
    filePatterns: filePatterns(config.get<unknown>('filePatterns')),
    dayStartHour: typeof hour === 'number' && Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : defaultSettings.dayStartHour,
    weekStart: weekStart !== undefined && isWeekStart(weekStart) ? weekStart : defaultSettings.weekStart,
    defaultKind: isEntryKindId(kind) ? kind : defaultSettings.defaultKind,
    locale: typeof locale === 'string' && locale.trim() !== '' ? locale.trim() : vscode.env.language,
    streakRestDays: parseRestDays(config.get<unknown>('streaks.restDays')) ?? defaultSettings.streakRestDays,
    tagging: {
      onSave: config.get<unknown>('tagging.onSave') !== false,
      idleSeconds: idleSeconds(config.get<unknown>('tagging.idleSeconds')),
      whyTerms: terms(config.get<unknown>('tagging.whyTerms')),
      howTerms: terms(config.get<unknown>('tagging.howTerms')),
    },
    calendar: {
      addresses: terms(config.get<unknown>('calendar.addresses')).map((address) => address.replace(/^mailto:/i, '').toLowerCase()),
    },
    encryption: {
      rememberPassphrase: config.get<unknown>('encryption.rememberPassphrase') === true,
      identityFile: identityFile(config.get<unknown>('encryption.identityFile')),
    },
    privacy: {
      hidePrivateInSearch: config.get<unknown>('privacy.hidePrivateInSearch') === true,
    },
  };
}
