// The journal report as one self-contained HTML page: inline CSS, inline SVG charts, no script, no
// external resource of any kind, and a Content-Security-Policy that forbids them anyway. Every string
// from the journal is escaped. Pure: the CLI writes the result to a file, and the extension can too.
// Written in the language handed in (reportLanguage.ts: English by default, the display language
// from the extension); the calendar's Time section, which only the CLI adds, stays English.
import type * as l10n from '@vscode/l10n';
import type { Streak } from '../trends/streaks';
import { percent, pluralMessage, translatedDays, translatedPercent } from '../text/format';
import { escapeHtml } from '../text/escapeHtml';
import type { JournalReport } from './reportModel';
import { ENGLISH_REPORT, vocabularyOf, type ReportLanguage } from './reportLanguage';
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
  /** The language it is written in; English when absent. */
  readonly language?: ReportLanguage;
}

/**
 * The report's language. The type import of `@vscode/l10n` above marks this file for
 * @vscode/l10n-dev, which extracts `l10n.t('…')` calls only from files importing it or `vscode`.
 */
type Language = ReportLanguage & Partial<Pick<typeof l10n, 'config'>>;

function stat(label: string, value: string, note = ''): string {
  return `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}${note ? ` <small>${escapeHtml(note)}</small>` : ''}</dd></div>`;
}


function streakText(l10n: Language, streak: Streak): string {
  return streak.length === 0 ? l10n.t('none') : l10n.t('{0}, {1} to {2}', translatedDays(l10n, streak.length), streak.start ?? '', streak.end ?? '');
}

function header(report: JournalReport, options: HtmlReportOptions, l10n: Language): string {
  const { totals, streaks } = report.summary;
  const labels = vocabularyOf(l10n).labels;
  const notes = [
    l10n.t('as of {0}', report.today),
    report.since !== null ? l10n.t('since {0}', report.since) : '',
    report.firstEntry !== null ? l10n.t('entries from {0} to {1}', report.firstEntry, report.lastEntry ?? '') : l10n.t('no entries'),
    report.future > 0 ? l10n.t('{0} dated after today (not counted)', report.future) : '',
    report.unwritten > 0 ? l10n.t('{0} with nothing written yet (not counted)', report.unwritten) : '',
    report.private > 0 ? l10n.t('{0} private (counted, never named)', report.private) : '',
    report.skipped.length > 0 ? pluralMessage(report.skipped.length, l10n.t('{0} file skipped'), l10n.t('{0} files skipped')) : '',
  ].filter((note) => note !== '');
  return `<header>
<h1>${escapeHtml(l10n.t('Leadership Journal report'))}</h1>
<p class="muted"><code>${escapeHtml(options.journal)}</code> · ${notes.map(escapeHtml).join(' · ')}</p>
<dl class="stats">
${stat(l10n.t('Entries'), String(totals.entries), l10n.t('{0} tagged, {1} unclear', totals.tagged, totals.labels.unclear))}
${stat(labels.why.heading, translatedPercent(l10n, totals.whyShare))}
${stat(labels.how.heading, translatedPercent(l10n, totals.howShare))}
${stat(l10n.t('Balanced entries'), translatedPercent(l10n, totals.balancedShare))}
${stat(l10n.t('Current streak'), translatedDays(l10n, streaks.current.length))}
${stat(l10n.t('Longest streak'), translatedDays(l10n, streaks.longest.length))}
</dl>
</header>`;
}

function balanceSection(report: JournalReport, l10n: Language): string {
  const weeks = report.summary.buckets.slice(-CHART_WEEKS);
  return `<section aria-labelledby="balance-title">
<h2 id="balance-title">${escapeHtml(l10n.t('Why and how, week by week'))}</h2>
<p class="legend"><span><span class="swatch why"></span>${escapeHtml(l10n.t('why: leading'))}</span><span><span class="swatch how"></span>${escapeHtml(l10n.t('how: managing'))}</span><span><span class="swatch count"></span>${escapeHtml(l10n.t('entries per week'))}</span></p>
<figure>${balanceChartSvg(weeks, l10n)}
<figcaption>${escapeHtml(l10n.t("The mean why and how shares of each week's tagged entries, {0}; a week with no tagged entry has no bar.", pluralMessage(weeks.length, l10n.t('{0} week'), l10n.t('{0} weeks'))))}</figcaption>
</figure>
<details><summary>${escapeHtml(l10n.t('The numbers as a table'))}</summary>${weeksTable(weeks, l10n)}</details>
</section>`;
}

function calendarSection(report: JournalReport, l10n: Language): string {
  const { heatmap, streaks, today } = report.summary;
  const grid = heatmapGridDays(heatmap, today);
  return `<section aria-labelledby="calendar-title">
<h2 id="calendar-title">${escapeHtml(l10n.t('The last year'))}</h2>
<p>${escapeHtml(l10n.t('Current streak: {0}. Longest: {1}.', streakText(l10n, streaks.current), streakText(l10n, streaks.longest)))} <span class="muted">${escapeHtml(l10n.t('Weekends never break a streak.'))}</span></p>
<figure>${heatmapSvg(heatmap, today, l10n)}
<figcaption>${escapeHtml(l10n.t("Each square is a day: darker for more entries, from orange (how) to blue (why) by how the day's entries leaned."))}</figcaption>
</figure>
<details><summary>${escapeHtml(l10n.t('The calendar as a table'))}</summary>${heatmapTable(grid, l10n)}</details>
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

function trapsSection(report: JournalReport, l10n: Language): string {
  const { since, traps } = report.summary.recentTraps;
  const items = traps.map((trap) => `<li><strong>${escapeHtml(vocabularyOf(l10n).traps[trap.id]?.name ?? trap.id)}</strong>: ${trap.count}<ul class="traps">${trap.entries
    .map((s) => `<li>${escapeHtml(s.date)} <code>${escapeHtml(s.path)}</code> ${escapeHtml(s.title)}</li>`).join('')}</ul></li>`);
  return `<section aria-labelledby="traps-title">
<h2 id="traps-title">${escapeHtml(l10n.t('Traps flagged since {0}', since))}</h2>
${items.length > 0 ? `<ul class="traps">${items.join('\n')}</ul>` : `<p class="muted">${escapeHtml(l10n.t('None flagged.'))}</p>`}
</section>`;
}

function skippedSection(report: JournalReport, l10n: Language): string {
  if (report.skipped.length === 0) {
    return '';
  }
  const items = report.skipped.map((s) => `<li><code>${escapeHtml(s.path)}</code>: ${escapeHtml(s.reason)}</li>`).join('\n');
  return `<section aria-labelledby="skipped-title">
<h2 id="skipped-title">${escapeHtml(l10n.t('Files not read as entries'))}</h2>
<details><summary>${escapeHtml(pluralMessage(report.skipped.length, l10n.t('{0} file'), l10n.t('{0} files')))}</summary><ul>${items}</ul></details>
</section>`;
}

/** The complete document, `<!doctype html>` to `</html>`. */
export function renderHtmlReport(report: JournalReport, options: HtmlReportOptions): string {
  const l10n: Language = options.language ?? ENGLISH_REPORT;
  const { summary } = report;
  const body = summary.totals.entries === 0
    ? `<p>${escapeHtml(l10n.t('No entries in this range.'))}</p>`
    : [
      balanceSection(report, l10n),
      timeSection(report),
      calendarSection(report, l10n),
      `<section aria-labelledby="compare-title"><h2 id="compare-title">${escapeHtml(l10n.t('This month so far against the same days before'))}</h2>${comparisonTable(summary.comparison, l10n)}</section>`,
      trapsSection(report, l10n),
      `<div class="columns"><section aria-labelledby="functions-title"><h2 id="functions-title">${escapeHtml(l10n.t('Functions'))}</h2>${functionsTable(summary.functions, l10n)}</section>`
        + `<section aria-labelledby="people-title"><h2 id="people-title">${escapeHtml(l10n.t('People'))}</h2>${summary.people.length > 0 ? peopleTable(summary.people, l10n) : `<p class="muted">${escapeHtml(l10n.t('Nobody named.'))}</p>`}</section></div>`,
    ].join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(l10n.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(l10n.t('Leadership Journal report, {0}', report.today))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${header(report, options, l10n)}
${body}
${skippedSection(report, l10n)}
<footer>${escapeHtml(l10n.t('Made offline by {0} from the files on this computer; nothing in this page loads anything from anywhere.', options.generator))}</footer>
</main>
</body>
</html>
`;
}
