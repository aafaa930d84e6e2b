// The journal report as one self-contained HTML page: inline CSS, inline SVG charts, no script, no
// external resource of any kind, and a Content-Security-Policy that forbids them anyway. Every string
// from the journal is escaped. Pure: the CLI writes the result to a file, and the extension can too.
import { trapName } from '../tagger/vocabulary';
import { percent, plural } from '../text/format';
import type { Streak } from '../trends/streaks';
import { escapeHtml } from '../text/escapeHtml';
import type { JournalReport } from './reportModel';
import { REPORT_CSS } from './reportStyle';
import { comparisonTable, functionsTable, heatmapTable, peopleTable, tableHtml, weeksTable } from './reportTables';
import { balanceChartSvg, heatmapGridDays, heatmapSvg } from './svgCharts';

/** Weeks in the balance chart: the last year of the range. */
export const CHART_WEEKS = 52;

/** Nothing may load: styles are inline, there are no scripts, images, fonts, frames or forms. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface HtmlReportOptions {
  /** How the journal is named on the page, e.g. its folder as given. */
  readonly journal: string;
  /** Who made the file, for the footer, e.g. `leadership-journal 0.1.0`. */
  readonly generator: string;
}

function stat(label: string, value: string, note = ''): string {
  return `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}${note ? ` <small>${escapeHtml(note)}</small>` : ''}</dd></div>`;
}

function streakText(streak: Streak): string {
  return streak.length === 0 ? 'none' : `${plural(streak.length, 'day')}, ${streak.start} to ${streak.end}`;
}

function header(report: JournalReport, options: HtmlReportOptions): string {
  const { totals, streaks } = report.summary;
  const notes = [
    `as of ${report.today}`,
    report.since !== null ? `since ${report.since}` : '',
    report.firstEntry !== null ? `entries from ${report.firstEntry} to ${report.lastEntry}` : 'no entries',
    report.future > 0 ? `${report.future} dated after today (not counted)` : '',
    report.unwritten > 0 ? `${report.unwritten} with nothing written yet (not counted)` : '',
    report.private > 0 ? `${report.private} private (counted, never named)` : '',
    report.skipped.length > 0 ? `${plural(report.skipped.length, 'file')} skipped` : '',
  ].filter((note) => note !== '');
  return `<header>
<h1>Leadership Journal report</h1>
<p class="muted"><code>${escapeHtml(options.journal)}</code> · ${notes.map(escapeHtml).join(' · ')}</p>
<dl class="stats">
${stat('Entries', String(totals.entries), `${totals.tagged} tagged, ${totals.labels.unclear} unclear`)}
${stat('Why (leading)', percent(totals.whyShare, ' '))}
${stat('How (managing)', percent(totals.howShare, ' '))}
${stat('Balanced entries', percent(totals.balancedShare, ' '))}
${stat('Current streak', plural(streaks.current.length, 'day'))}
${stat('Longest streak', plural(streaks.longest.length, 'day'))}
</dl>
</header>`;
}

function balanceSection(report: JournalReport): string {
  const weeks = report.summary.buckets.slice(-CHART_WEEKS);
  return `<section aria-labelledby="balance-title">
<h2 id="balance-title">Why and how, week by week</h2>
<p class="legend"><span><span class="swatch why"></span>why: leading</span><span><span class="swatch how"></span>how: managing</span><span><span class="swatch count"></span>entries per week</span></p>
<figure>${balanceChartSvg(weeks)}
<figcaption>The mean why and how shares of each week's tagged entries, ${plural(weeks.length, 'week')}; a week with no tagged entry has no bar.</figcaption>
</figure>
<details><summary>The numbers as a table</summary>${weeksTable(weeks)}</details>
</section>`;
}

function calendarSection(report: JournalReport): string {
  const { heatmap, streaks, today } = report.summary;
  const grid = heatmapGridDays(heatmap, today);
  return `<section aria-labelledby="calendar-title">
<h2 id="calendar-title">The last year</h2>
<p>Current streak: ${escapeHtml(streakText(streaks.current))}. Longest: ${escapeHtml(streakText(streaks.longest))}. <span class="muted">Weekends never break a streak.</span></p>
<figure>${heatmapSvg(heatmap, today)}
<figcaption>Each square is a day: darker for more entries, from orange (how) to blue (why) by how the day's entries leaned.</figcaption>
</figure>
<details><summary>The calendar as a table</summary>${heatmapTable(grid)}</details>
</section>`;
}

/** With `--calendar`: the calendar's hours per category and per week, and the said-vs-did sentence. */
function timeSection(report: JournalReport): string {
  const calendar = report.calendar;
  if (!calendar) {
    return '';
  }
  const hours = (value: number): string => escapeHtml(String(Math.round(value * 10) / 10));
  const categories = calendar.categories.filter((category) => (calendar.totals.hours[category.id] ?? 0) > 0);
  return `<section aria-labelledby="time-title">
<h2 id="time-title">Where the time went</h2>
<p>${escapeHtml(calendar.saidVsDid.sentence)}</p>
${tableHtml('time-categories', 'Calendar hours per category over the whole range', [{ title: 'Category' }, { title: 'Side' }, { title: 'Hours', numeric: true }],
    categories.map((category) => [escapeHtml(category.label), escapeHtml(category.side), hours(calendar.totals.hours[category.id] ?? 0)]))}
${tableHtml('time-weeks', 'Calendar per week: meetings and the why share of the time on the why or how side', [{ title: 'Week' }, { title: 'Meeting hours', numeric: true }, { title: 'Meetings', numeric: true }, { title: 'Why (calendar)', numeric: true }],
    calendar.weeks.map((week) => [escapeHtml(week.week), hours(week.meetingHours), escapeHtml(String(week.meetings)), escapeHtml(percent(week.whyShare))]))}
</section>`;
}

function trapsSection(report: JournalReport): string {
  const { since, traps } = report.summary.recentTraps;
  const items = traps.map((trap) => `<li><strong>${escapeHtml(trapName(trap.id))}</strong>: ${trap.count}<ul class="traps">${trap.entries
    .map((s) => `<li>${escapeHtml(s.date)} <code>${escapeHtml(s.path)}</code> ${escapeHtml(s.title)}</li>`).join('')}</ul></li>`);
  return `<section aria-labelledby="traps-title">
<h2 id="traps-title">Traps flagged since ${escapeHtml(since)}</h2>
${items.length > 0 ? `<ul class="traps">${items.join('\n')}</ul>` : '<p class="muted">None flagged.</p>'}
</section>`;
}

function skippedSection(report: JournalReport): string {
  if (report.skipped.length === 0) {
    return '';
  }
  const items = report.skipped.map((s) => `<li><code>${escapeHtml(s.path)}</code>: ${escapeHtml(s.reason)}</li>`).join('\n');
  return `<section aria-labelledby="skipped-title">
<h2 id="skipped-title">Files not read as entries</h2>
<details><summary>${escapeHtml(plural(report.skipped.length, 'file'))}</summary><ul>${items}</ul></details>
</section>`;
}

/** The complete document, `<!doctype html>` to `</html>`. */
export function renderHtmlReport(report: JournalReport, options: HtmlReportOptions): string {
  const { summary } = report;
  const body = summary.totals.entries === 0
    ? '<p>No entries in this range.</p>'
    : [
      balanceSection(report),
      timeSection(report),
      calendarSection(report),
      `<section aria-labelledby="compare-title"><h2 id="compare-title">This month so far against the same days before</h2>${comparisonTable(summary.comparison)}</section>`,
      trapsSection(report),
      `<div class="columns"><section aria-labelledby="functions-title"><h2 id="functions-title">Functions</h2>${functionsTable(summary.functions)}</section>`
        + `<section aria-labelledby="people-title"><h2 id="people-title">People</h2>${summary.people.length > 0 ? peopleTable(summary.people) : '<p class="muted">Nobody named.</p>'}</section></div>`,
    ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Leadership Journal report, ${escapeHtml(report.today)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${header(report, options)}
${body}
${skippedSection(report)}
<footer>Made offline by ${escapeHtml(options.generator)} from the files on this computer; nothing in this page loads anything from anywhere.</footer>
</main>
</body>
</html>
`;
}
