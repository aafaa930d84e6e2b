// The date range a view choice covers: `periods` buckets of the chosen size, ending with today's.
import { startOfWeek, type WeekStart } from '../calendar/isoWeek';
import { addDays, type LocalDate } from '../calendar/localDate';
import { monthStart, type Granularity } from './periods';

export function rangeStart(today: LocalDate, granularity: Granularity, periods: number, weekStart: WeekStart): LocalDate {
  const back = Math.max(1, Math.floor(periods)) - 1;
  switch (granularity) {
    case 'day':
      return addDays(today, -back);
    case 'week':
      return addDays(startOfWeek(today, weekStart), -7 * back);
    case 'month':
      return monthStart(today, back);
  }
}
