// What a new entry brings with it from the journal (entries/newEntryTexts.ts), answered from the
// index and the calendars handed in: the daily entry's reminders (dailyReminderHook.ts) and the open
// items a 1:1 carries over (carryOverHook.ts). Built once where the index is (features.ts).
import type { CalendarAudits } from '../calendar/calendarAudits';
import type { NewEntryTexts } from '../entries/newEntryTexts';
import { oneOnOneEntryText } from './carryOverHook';
import { dailyEntryText } from './dailyReminderHook';
import type { ReflectSource } from '../index/reflectSource';
import type { ReflectServices } from './reflectServices';

export function journalEntryTexts(index: ReflectSource, calendars: CalendarAudits | undefined, tools: Pick<ReflectServices, 'log' | 'people' | 'settings' | 'store'>): NewEntryTexts {
  return {
    daily: (uri, path, text, date, locale) => dailyEntryText(index, calendars, tools, uri, path, text, date, locale),
    oneOnOne: (uri, path, planned, person, date, locale) => oneOnOneEntryText(index, tools, uri, path, planned, person, date, locale),
  };
}
