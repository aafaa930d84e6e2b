// Dates in messages, in VS Code's display language ("23. November 2026", "November 23, 2026"; a
// month as "November 2026"). File names, front matter and what the user types stay ISO (2026-11-23).
import * as vscode from 'vscode';
import type { LocalDate } from '../core/calendar/localDate';
import { localLongDate, localMonthYear } from '../core/entries/entryPlan';

export function displayDate(date: LocalDate): string {
  return localLongDate(date, vscode.env.language);
}

/** The month `date` is in, with its year. */
export function displayMonth(date: LocalDate): string {
  return localMonthYear(date, vscode.env.language);
}
