import * as assert from 'node:assert/strict';
import { CALENDAR_EXPORT_WEEKS, calendarExportRange, exportedSentence, metricsFormats, suggestedExport, targetAction } from '../../../../src/extension/export/exportPlan';
import { bundleTranslator } from '../../../support/bundleTranslator';

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

describe("the sentence every export ends with (exportPlan.ts exportedSentence, exportCommands.ts exportTo)", () => {
  type Translator = Parameters<typeof exportedSentence>[0];
  const en = bundleTranslator('en') as Translator;
  const de = bundleTranslator('de') as Translator;

  it('names the file and what it holds, one entry in the singular, in English and German', () => {
    assert.equal(exportedSentence(en, { kind: 'metrics', entries: 1 }, 'm.csv'), 'Exported the metrics of 1 entry to m.csv, with no entry text.');
    assert.equal(exportedSentence(en, { kind: 'metrics', entries: 12 }, 'm.csv'), 'Exported the metrics of 12 entries to m.csv, with no entry text.');
    assert.equal(exportedSentence(de, { kind: 'metrics', entries: 1 }, 'm.csv'), 'Die Kennzahlen von 1 Eintrag wurden nach m.csv exportiert, ohne Text aus Einträgen.');
    assert.equal(exportedSentence(de, { kind: 'metrics', entries: 12 }, 'm.csv'), 'Die Kennzahlen von 12 Einträgen wurden nach m.csv exportiert, ohne Text aus Einträgen.');
  });

  it('says the calendar hours have no titles or attendees, and the report where it was written', () => {
    assert.equal(exportedSentence(en, { kind: 'calendar', weeks: 52 }, 'c.json'), 'Exported 52 weeks of calendar hours to c.json: category hours and meeting counts only, no titles or attendees.');
    assert.equal(exportedSentence(de, { kind: 'calendar', weeks: 52 }, 'c.json'), '52 Wochen Kalenderstunden nach c.json exportiert: nur Stunden je Kategorie und Anzahl der Besprechungen, keine Titel und keine Teilnehmenden.');
    assert.equal(exportedSentence(en, { kind: 'report' }, 'r.html'), 'Wrote the journal report to r.html.');
    assert.equal(exportedSentence(de, { kind: 'report' }, 'r.html'), 'Der Journalbericht wurde nach r.html geschrieben.');
  });
});
