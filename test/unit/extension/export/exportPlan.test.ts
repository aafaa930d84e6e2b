import * as assert from 'node:assert/strict';
import { CALENDAR_EXPORT_WEEKS, calendarExportRange, metricsFormats, suggestedExport, targetAction } from '../../../../src/extension/export/exportPlan';

const today = { year: 2026, month: 11, day: 25 };

describe('Export Metrics… and Export Report… decisions (exportPlan.ts)', () => {
  it("offers the calendar's hours only when a calendar is imported", () => {
    assert.deepEqual(metricsFormats(false), ['csv', 'json']);
    assert.deepEqual(metricsFormats(true), ['csv', 'json', 'calendar-csv', 'calendar-json']);
  });

  it("suggests a file named for what it holds and today's date, and filters the save dialog for its type", () => {
    assert.deepEqual(suggestedExport('csv', today), { name: 'leadership-metrics-2026-11-25.csv', filters: { CSV: ['csv'] } });
    assert.deepEqual(suggestedExport('json', today), { name: 'leadership-metrics-2026-11-25.json', filters: { JSON: ['json'] } });
    assert.deepEqual(suggestedExport('calendar-csv', today), { name: 'leadership-calendar-hours-2026-11-25.csv', filters: { CSV: ['csv'] } });
    assert.deepEqual(suggestedExport('calendar-json', today), { name: 'leadership-calendar-hours-2026-11-25.json', filters: { JSON: ['json'] } });
    assert.deepEqual(suggestedExport('report', today), { name: 'leadership-report-2026-11-25.html', filters: { HTML: ['html', 'htm'] } });
  });

  it("exports a year of calendar hours: the 52 weeks to today, today included", () => {
    assert.equal(CALENDAR_EXPORT_WEEKS, 52);
    assert.deepEqual(calendarExportRange(today), { start: { year: 2025, month: 11, day: 27 }, end: today });
  });

  it('writes where nothing is, asks before replacing a file, and never replaces a folder', () => {
    assert.equal(targetAction('none'), 'write');
    assert.equal(targetAction('file'), 'confirm');
    assert.equal(targetAction('folder'), 'refuse');
  });
});
