import * as assert from 'node:assert/strict';
import { CHART_WEEKS, renderHtmlReport, REPORT_CSP } from '../../../../src/core/report/htmlReport';
import { buildReport } from '../../../../src/core/report/reportModel';
import { day, entry, largeJournal, tagged } from '../trends/fixtures';

const XSS = '<img src=x onerror=alert(1)>';
const TODAY = day('2026-11-23');
const OPTIONS = { journal: `journal/${XSS}`, generator: 'leadership-journal 9.9.9' };

describe('report: HTML', () => {
  const hostile = buildReport([
    tagged('2026-11-20', 0.3, {
      title: XSS, path: `2026/11/${XSS}.md`, kind: `<b>kind</b>`, people: [`"><script>alert(2)</script>`],
      traps: ['micromanaging-leader'], style: 'directing',
    }),
    entry('2026-11-19'),
  ], [{ path: `bad/${XSS}.md`, reason: `invalid YAML near ${XSS}` }], TODAY);
  const html = renderHtmlReport(hostile, OPTIONS);

  it('is one page that loads nothing: strict CSP, no script, no URL, no external reference', () => {
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`));
    assert.match(REPORT_CSP, /^default-src 'none'; style-src 'unsafe-inline'/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /https?:|\/\/|<link|<img|<iframe|<object|@import|url\(/i);
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
  });

  it('escapes every piece of entry text: titles, paths, people, reasons, the folder name', () => {
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('<code>2026/11/&lt;img src=x onerror=alert(1)&gt;.md</code>'));
    assert.ok(html.includes('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;'));
    assert.ok(html.includes('invalid YAML near &lt;img'));
    assert.ok(html.includes('<code>journal/&lt;img src=x onerror=alert(1)&gt;</code>'));
    assert.doesNotMatch(html, /<img|<b>kind/);
  });

  it('gives each chart role="img", a label and a captioned table', () => {
    assert.equal((html.match(/<svg class="chart [a-z]+" role="img" aria-label="[^"<>]+"/g) ?? []).length, 2);
    for (const id of ['weeks-table', 'heatmap-table', 'comparison-table', 'functions-table', 'people-table']) {
      assert.match(html, new RegExp(`<table id="${id}"><caption>[^<]+</caption>`), id);
    }
  });

  it('charts at most the last 52 weeks, with as many table rows', () => {
    const big = renderHtmlReport(buildReport(largeJournal(2000), [], day('2026-12-31')), OPTIONS);
    const weeks = (/data-weeks="([^"]*)"/.exec(big)?.[1] ?? '').split(',');
    assert.equal(weeks.length, CHART_WEEKS);
    assert.equal(weeks.at(-1), '2026-W53');
    const table = /<table id="weeks-table">[\s\S]*?<\/table>/.exec(big)?.[0] ?? '';
    assert.equal((table.match(/<tr><td>/g) ?? []).length, CHART_WEEKS);
  });

  it('says so when there are no entries', () => {
    const empty = renderHtmlReport(buildReport([], [], TODAY), OPTIONS);
    assert.match(empty, /No entries in this range/);
    assert.doesNotMatch(empty, /<svg/);
  });
});
