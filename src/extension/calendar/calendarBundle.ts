// Entry point of `dist/calendar.js`: the time audit with ical.js, bundled apart so that neither
// activation nor the other features pay for parsing it; loaded the first time a calendar is read
// (calendarModule.ts). The web build bundles it in.
export { auditCalendars, explainEvents } from '../../core/timeAudit/calendarAudit';
export { parseCalendar } from '../../core/timeAudit/readCalendars';
