import * as assert from 'node:assert/strict';
import { csvField, METRICS_COLUMNS, metricsCsv, metricsJson, metricsRows, type MetricsSource } from '../../../../src/core/reflect/exportMetrics';
import { RECORDS } from '../../../fixtures/reflect/journal';

/** Records whose text fields are all distinctive strings that must never appear in an export. */
const SECRET_RECORDS: MetricsSource[] = [
  {
    ...RECORDS[0]!, date: '2026-03-10', path: '2026/03/2026-03-10-1on1-zanzibar-quux.md', kind: 'one-on-one', title: 'Plover "budget", quarrel\nwith Zanzibar',
    people: ['Zanzibar Quux', 'Xylophone Vega'], mentions: ['zanzibar-quux', 'yarrow'], label: 'how', why: 0.123456, how: 0.876544,
    functions: ['planning', 'controlling'], traps: ['micromanaging-leader'], style: 'directing', words: 321,
  },
  { ...RECORDS[1]!, date: '2026-03-09', path: 'private/Wombat-secret.md', kind: 'Wombat chat with Quux', title: 'Wombat', people: [], label: 'unclear', why: 0, how: 0 },
  // Nothing written yet (an untouched scaffold): no row at all.
  { ...RECORDS[1]!, date: '2026-03-08', path: 'private/Wombat-empty.md', kind: 'daily', title: 'Wombat', people: [], label: null, why: 0, how: 0, words: 0 },
];
const SECRETS = ['Plover', 'quarrel', 'Zanzibar', 'zanzibar', 'Quux', 'quux', 'Xylophone', 'Vega', 'yarrow', 'Wombat', 'private', '.md', '2026/03'];

describe('reflect: metrics export', () => {
  it('holds no title, path, name or other entry text, in CSV or JSON', () => {
    for (const output of [metricsCsv(SECRET_RECORDS), metricsJson(SECRET_RECORDS)]) {
      for (const secret of SECRETS) {
        assert.ok(!output.includes(secret), `"${secret}" leaked into:\n${output}`);
      }
    }
  });

  it('gives one row of numbers and ids per entry, by date', () => {
    assert.deepEqual(metricsRows(SECRET_RECORDS), [
      { date: '2026-03-09', kind: 'other', label: 'unclear', why: 0, how: 0, functions: ['planning'], traps: [], style: null, words: 120, people: 0 },
      {
        date: '2026-03-10', kind: 'one-on-one', label: 'how', why: 0.123, how: 0.877, functions: ['planning', 'controlling'],
        traps: ['micromanaging-leader'], style: 'directing', words: 321, people: 3,
      },
    ]);
  });

  it('writes RFC 4180 CSV with CRLF rows and a header', () => {
    assert.equal(metricsCsv(SECRET_RECORDS), [
      'date,kind,label,why,how,functions,traps,style,words,people',
      '2026-03-09,other,unclear,0,0,planning,,,120,0',
      '2026-03-10,one-on-one,how,0.123,0.877,planning;controlling,micromanaging-leader,directing,321,3',
      '',
    ].join('\r\n'));
    assert.equal(metricsCsv([]), `${METRICS_COLUMNS.join(',')}\r\n`);
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
  });

  it('leaves private entries out of the rows', () => {
    const [first, second] = SECRET_RECORDS;
    assert.deepEqual(metricsRows([{ ...first!, private: true }, second!]).map((row) => row.date), ['2026-03-09']);
  });

  it('writes JSON that reads back as the rows', () => {
    const json = metricsJson(RECORDS);
    assert.ok(json.endsWith(']\n'));
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(metricsRows(RECORDS))));
    assert.equal(metricsRows(RECORDS).length, RECORDS.length);
  });
});
