// Which day it is in the journal: the local calendar day, shifted by the day-start hour (writing at
// 1 a.m. with a day start of 4 still belongs to yesterday). Every command that asks "today" asks here.
import { localDateOf, type LocalDate } from '../../core/calendar/localDate';

/** Today as the user's journal counts it: the local calendar day, shifted by the day-start hour. */
export function journalToday(settings: { readonly dayStartHour: number }, now: Date): LocalDate {
  return localDateOf(now, settings.dayStartHour);
}
