// The report as plain text for a terminal: no colours, no escape sequences, columns aligned with
// spaces. Text from entries has its control characters shown as escapes (text/terminalSafe.ts), so a
// title cannot move the cursor or recolour the terminal.
import { FUNCTION_IDS, STYLE_IDS } from '../tagger/types';
import { functionName, styleName, trapName } from '../tagger/vocabulary';
import { delta, percent, plural } from '../text/format';
import { terminalSafe } from '../text/terminalSafe';
import type { Bucket } from '../trends/aggregate';
import type { Streak } from '../trends/streaks';
import { calendarTextLines } from './calendarReport';
import { decimal } from './names';
import type { JournalReport } from './reportModel';
import { comparisonSpan } from './reportTables';

/** Weeks in the terminal table. */
export const TEXT_WEEKS = 8;
/** People listed before "and N more". */
export const TEXT_PEOPLE = 15;
/** Entries listed under each trap before "and N more". */
export const TEXT_TRAP_ENTRIES = 5;

/** Journal text made safe to print: control characters (ESC, CR, tabs…) shown as escapes (`\x1b`). */
export function terminalText(text: string): string {
  return terminalSafe(text);
}

function table(rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => `  ${row
    .map((cell, column) => (rightAligned[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
    .join('   ')
    .trimEnd()}`);
}

function streakLine(streak: Streak): string {
  return streak.length === 0 ? 'none' : `${plural(streak.length, 'day')}, ${streak.start} to ${streak.end}`;
}

function weeksTable(buckets: readonly Bucket[]): string[] {
  const rows = buckets.slice(-TEXT_WEEKS).map((bucket) => [
    bucket.key, bucket.start, String(bucket.entries), percent(bucket.whyShare, ' '), percent(bucket.howShare, ' '),
  ]);
  return table([['week', 'from', 'entries', 'why', 'how'], ...rows], [false, false, true, true, true]);
}

function functionsTable(report: JournalReport): string[] {
  const ranked = report.summary.functions;
  const rows = ranked.map((rank, index) => [
    functionName(rank.id), rank.side, String(rank.count),
    index === 0 ? '← most present' : index === ranked.length - 1 ? '← least present' : '',
  ]);
  return rows.length === FUNCTION_IDS.length ? table(rows, [false, false, true, false]) : [];
}

function comparisonLines(report: JournalReport): string[] {
  const { recent, baseline, delta: change } = report.summary.comparison;
  return [
    comparisonSpan(report.summary.comparison),
    ...table([
      ['', 'this month', 'before', 'change'],
      ['entries', decimal(recent.entries), decimal(baseline.entries), delta(change.entries, 'count')],
      ['entries per week', decimal(recent.entriesPerWeek), decimal(baseline.entriesPerWeek), delta(change.entriesPerWeek, 'count')],
      ['why share', percent(recent.whyShare, ' '), percent(baseline.whyShare, ' '), delta(change.whyShare, 'share')],
      ['balanced share', percent(recent.balancedShare, ' '), percent(baseline.balancedShare, ' '), delta(change.balancedShare, 'share')],
      ['traps per week', decimal(recent.trapsPerWeek), decimal(baseline.trapsPerWeek), delta(change.trapsPerWeek, 'count')],
    ], [false, true, true, true]),
  ];
}

function trapLines(report: JournalReport): string[] {
  const { since, traps } = report.summary.recentTraps;
  const lines = [`Traps flagged since ${since}`];
  if (traps.length === 0) {
    lines.push('  none');
  }
  for (const trap of traps) {
    lines.push(`  ${trapName(trap.id)}: ${trap.count}`);
    for (const sighting of trap.entries.slice(0, TEXT_TRAP_ENTRIES)) {
      lines.push(`    ${sighting.date}  ${terminalText(sighting.path)}  ${terminalText(sighting.title)}`);
    }
    if (trap.entries.length > TEXT_TRAP_ENTRIES) {
      lines.push(`    … and ${trap.entries.length - TEXT_TRAP_ENTRIES} more`);
    }
  }
  return lines;
}

function peopleLines(report: JournalReport): string[] {
  const people = report.summary.people;
  if (people.length === 0) {
    return ['People: none named'];
  }
  const rows = people.slice(0, TEXT_PEOPLE).map((person) => {
    const styles = STYLE_IDS.filter((id) => person.styles[id] > 0).map((id) => `${styleName(id).toLowerCase()} ${person.styles[id]}`);
    return [terminalText(person.name), String(person.entries), styles.length > 0 ? styles.join(', ') : '—'];
  });
  const more = people.length > TEXT_PEOPLE ? [`  … and ${people.length - TEXT_PEOPLE} more`] : [];
  return ['People (entries naming them, styles used)', ...table(rows, [false, true, false]), ...more];
}

/** The whole summary, ending in a newline. */
export function renderTextReport(report: JournalReport, journal: string): string {
  const { summary } = report;
  const totals = summary.totals;
  const range = report.firstEntry === null ? 'no entries' : `${plural(report.entries, 'entry', 'entries')}, ${report.firstEntry} to ${report.lastEntry}`;
  const notes = [
    report.since !== null ? `since ${report.since}` : '',
    report.future > 0 ? `${report.future} dated after today, not counted below` : '',
    report.unwritten > 0 ? `${report.unwritten} with nothing written yet, not counted` : '',
    report.private > 0 ? `${report.private} private, counted but never named` : '',
    report.skipped.length > 0 ? `${plural(report.skipped.length, 'file')} skipped` : '',
  ].filter((note) => note !== '');
  const lines = [
    `Leadership Journal report for ${terminalText(journal)}, as of ${report.today}`,
    `${range}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
  ];
  if (totals.entries === 0) {
    return `${[...lines, ...(report.calendar ? ['', ...calendarTextLines(report.calendar, TEXT_WEEKS, table)] : [])].join('\n')}\n`;
  }
  lines.push(
    '',
    `Balance: ${totals.tagged} of ${plural(totals.entries, 'entry', 'entries')} tagged`
      + (totals.labels.unclear > 0 ? `; ${totals.labels.unclear} unclear (nothing in them shows either side, so not in the shares)` : ''),
    `  why ${percent(totals.whyShare, ' ')}   how ${percent(totals.howShare, ' ')}   balanced ${percent(totals.balancedShare, ' ')}`
      + `   (labels: why ${totals.labels.why}, how ${totals.labels.how}, balanced ${totals.labels.balanced}, unclear ${totals.labels.unclear})`,
    '',
    `Last ${Math.min(TEXT_WEEKS, summary.buckets.length)} weeks`,
    ...weeksTable(summary.buckets),
    '',
    'Streaks (weekends forgiven)',
    `  current  ${streakLine(summary.streaks.current)}`,
    `  longest  ${streakLine(summary.streaks.longest)}`,
    '',
    'Kotter functions (entries showing each)',
    ...functionsTable(report),
    '',
    ...comparisonLines(report),
    '',
    ...trapLines(report),
    '',
    ...peopleLines(report),
    ...(report.calendar ? ['', ...calendarTextLines(report.calendar, TEXT_WEEKS, table)] : []),
  );
  return `${lines.join('\n')}\n`;
}
