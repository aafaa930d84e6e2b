// Entry point of `dist/reports.js`: what the journal is drafted and summed up into — the weekly and
// monthly review's draft with its words in English and German, the HTML report with its charts and
// style, and the metrics exports. Bundled apart so that the features bundle (dist/features.js) does
// not carry ~38 KB that only `Start Weekly Review`, `Refresh Drafted Section` and the two exports
// run; loaded the first time one of them drafts or writes (reportsModule.ts). What it shares with the
// features (entry kinds, trends, the review's scaffold, text helpers) it reads from dist/features.js
// rather than carrying again (../featuresCore.ts). The web build bundles it in.
export { generateReview } from '../../core/reflect/review';
export { renderHtmlReport } from '../../core/report/htmlReport';
export { reportLanguage } from '../../core/report/reportLanguage';
export { buildReport } from '../../core/report/reportModel';
export { metricsCsv, metricsJson } from '../../core/reflect/exportMetrics';
export { calendarMetricsCsv, calendarMetricsJson } from '../../core/timeAudit/calendarMetrics';
