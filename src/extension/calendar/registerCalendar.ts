// The imported calendars' commands (Import Calendar…, Edit Calendar Rules, Which Rule Placed This
// Event?), registered in one call from features.ts, the composition root, with the services it built
// (the calendars themselves are one of them: calendarCommands.ts's `calendarAudits`): hands back the
// handlers of the room's lines of the activation table (activationTable.ts). dist/calendar.js loads
// only when a calendar is first read (calendarModule.ts), never here.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { calendarCommands, type CalendarCommandServices } from './calendarCommands';

export function registerCalendar(_context: vscode.ExtensionContext, services: CalendarCommandServices): Pick<RoomHandlers<'calendar/calendarCommands'>, 'commands'> {
  return { commands: calendarCommands(services) };
}
