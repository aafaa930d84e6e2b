// The property test of the calendar reader's own line reading (src/core/timeAudit/eventProperties.ts):
// on VEVENTs made of any mix of the properties the audit reads and those it drops, in any case, with
// parameters plain, quoted, empty, repeated, multi-valued or RFC 6868-escaped, values with escapes,
// colons, semicolons and BEGIN/END text, folded anywhere with a space or a tab, CRLF or LF, blank
// lines, nested and stray BEGIN/END lines and lines that are not properties,
//   - either the block is handed to ical.js whole, or ical.js reads it without error and the
//     properties read are exactly ical.js's, less the ones dropped;
//   - parseCalendar gives the same records and problems as ical.js's parse of the event whole.
// It also counts how often the block was read without ical.js, so a change that sends everything to
// ical.js (and passes trivially) shows in the figures and fails the floor below.
//
// 5,000 cases by default (FC_RUNS to change), with a fresh seed each run, printed first so a failure
// can be replayed: FC_SEED=<seed> npm run test:property.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCalendar } from '../../src/core/timeAudit/readCalendars';
import { assertReadAsIcal, type BlockPath } from '../unit/core/timeAudit/eventPropertiesCheck';

const RUNS = Number(process.env.FC_RUNS ?? 5_000);
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;

const NAMES = [
  'UID', 'SUMMARY', 'DTSTART', 'DTEND', 'DURATION', 'ATTENDEE', 'ORGANIZER', 'SEQUENCE', 'STATUS', 'TRANSP', 'RECURRENCE-ID',
  'RRULE', 'EXDATE', 'RDATE', 'DESCRIPTION', 'LOCATION', 'X-ALT-DESC', 'ATTACH', 'DTSTAMP', 'FREEBUSY', 'EXRULE', 'CATEGORIES',
  'GEO', 'TRIGGER', 'dtStart', 'Summary', 'X-',
];
const PARAMETER_NAMES = ['CN', 'TZID', 'VALUE', 'PARTSTAT', 'CUTYPE', 'MEMBER', 'DELEGATED-TO', 'SENT-BY', 'X-A', 'value', 'cn', ''];
const PIECES = [
  'a', 'B', 'N', ' ', ',', ';', ':', '"', '^', "^'", '^n', '\\', '\\n', '\\,', '\\;', '=', 'T', 'Z', '0', '2026', '0105', '090000',
  '/', 'P', 'PT1H', 'DATE', 'PERIOD', 'DATE-TIME', 'TEXT', 'mailto:a@b.example', 'FREQ=WEEKLY', ';COUNT=3', 'BEGIN:VEVENT',
  'END:VEVENT', 'Europe/Berlin', 'W. Europe Standard Time',
];

const text = (maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(''));

const parameter = fc.record({ name: fc.constantFrom(...PARAMETER_NAMES), value: text(4), quoted: fc.boolean() })
  .map(({ name, value, quoted }) => `;${name}=${quoted ? `"${value}"` : value}`);

const property = fc.tuple(fc.constantFrom(...NAMES), fc.array(parameter, { maxLength: 3 }), text(8))
  .map(([name, parameters, value]) => `${name}${parameters.join('')}:${value}`);

const odd = fc.constantFrom(
  '', 'not a property', 'BEGIN:VALARM', 'END:VALARM', 'BEGIN;X=1:VALARM', ' continued', 'END:VEVENT', '\rSUMMARY:x', '\u00a0UID:y',
  '\fEND:VEVENT', 'END:VEVENT ',
);
const lastLine = fc.constantFrom('END:VEVENT', 'END:VEVENT', 'END:VEVENT ', '\u00a0END:VEVENT', 'END:VALARM', 'SUMMARY: last ');

/** A content line folded at some of its characters, each fold with a space or a tab. */
const folded = fc.tuple(fc.oneof({ weight: 6, arbitrary: property }, { weight: 1, arbitrary: odd }), fc.array(fc.nat(), { maxLength: 3 }), fc.boolean())
  .map(([line, cuts, tab]) => {
    const at = [...new Set(cuts.map((cut) => 1 + (cut % Math.max(1, line.length - 1))))].filter((cut) => cut < line.length).sort((a, b) => a - b);
    const parts: string[] = [];
    let from = 0;
    for (const cut of at) {
      parts.push(line.slice(from, cut));
      from = cut;
    }
    parts.push(line.slice(from));
    return parts.join(tab ? '\n\t' : '\n ');
  });

const eventBlock = fc.tuple(fc.array(folded, { minLength: 1, maxLength: 10 }), lastLine, fc.boolean(), fc.boolean())
  .map(([lines, last, crlf, finalNewline]) => {
    const body = ['BEGIN:VEVENT', ...lines, last].join('\n');
    return (crlf ? body.replace(/\n/g, '\r\n') : body) + (finalNewline ? (crlf ? '\r\n' : '\n') : '');
  });

describe('the calendar reader reads events as ical.js does (property)', function () {
  this.timeout(600_000);

  it(`reads only the used properties, exactly as ical.js gives them, or hands the event to ical.js (${RUNS.toLocaleString('en')} cases)`, () => {
    console.log(`      seed ${SEED} (replay: FC_SEED=${SEED} npm run test:property)`);
    const paths: Record<BlockPath, number> = { fast: 0, whole: 0 };
    fc.assert(fc.property(eventBlock, (block) => {
      paths[assertReadAsIcal(block)] += 1;
      const calendar = { name: 'p.ics', text: `BEGIN:VCALENDAR\r\n${block}${block.endsWith('\n') ? '' : '\r\n'}END:VCALENDAR\r\n` };
      assert.deepEqual(parseCalendar(calendar), parseCalendar(calendar, { wholeByIcal: true }));
    }), { numRuns: RUNS, seed: SEED });
    console.log(`      read without ical.js: ${paths.fast}; handed to ical.js whole: ${paths.whole}`);
    // Most random blocks hold something ical.js refuses; still, a fair share must be read here.
    assert.ok(paths.fast >= RUNS / 10, `only ${paths.fast} of ${RUNS} read without ical.js`);
  });
});
