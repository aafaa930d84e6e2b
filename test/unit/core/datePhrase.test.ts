import * as assert from 'node:assert/strict';
import {
  DATE_PHRASE_FORMS, DATE_PHRASE_HINT, parseDatePhrase, type DatePhraseOptions,
} from '../../../src/core/calendar/datePhrase';
import { formatIsoDate, parseIsoDate, type LocalDate } from '../../../src/core/calendar/localDate';

const MONDAY_START: DatePhraseOptions = { weekStart: 1 };
const WEDNESDAY = day('2026-11-25');
const FRIDAY = day('2026-11-27');

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date, `test date ${iso}`);
  return date;
}

/** The parsed day as YYYY-MM-DD, failing the test with the parser's message if it refused. */
function parsed(text: string, today: LocalDate = WEDNESDAY, options = MONDAY_START): string {
  const result = parseDatePhrase(text, today, options);
  assert.ok(result.ok, `"${text}" was refused: ${result.ok ? '' : result.message}`);
  return formatIsoDate(result.date);
}

function refusal(text: string, today: LocalDate = WEDNESDAY): string {
  const result = parseDatePhrase(text, today, MONDAY_START);
  assert.ok(!result.ok, `"${text}" should be refused`);
  return result.message;
}

describe('parseDatePhrase', () => {
  it('reads YYYY-MM-DD, leap days included', () => {
    assert.equal(parsed('2026-11-23'), '2026-11-23');
    assert.equal(parsed('2024-02-29'), '2024-02-29');
    assert.equal(parsed('0050-06-01'), '0050-06-01');
  });

  it('reads today, yesterday and tomorrow, across month and year ends', () => {
    assert.equal(parsed('today'), '2026-11-25');
    assert.equal(parsed('yesterday'), '2026-11-24');
    assert.equal(parsed('tomorrow'), '2026-11-26');
    assert.equal(parsed('yesterday', day('2024-03-01')), '2024-02-29');
    assert.equal(parsed('tomorrow', day('2026-12-31')), '2027-01-01');
  });

  it('reads signed offsets in days and weeks', () => {
    assert.equal(parsed('-3d'), '2026-11-22');
    assert.equal(parsed('+2d'), '2026-11-27');
    assert.equal(parsed('-1w'), '2026-11-18');
    assert.equal(parsed('+2w'), '2026-12-09');
    assert.equal(parsed('+0d'), '2026-11-25');
    assert.equal(parsed('-3 days'), '2026-11-22');
    assert.equal(parsed('-1w', day('2026-01-02')), '2025-12-26');
  });

  it('reads "ago" in days and weeks', () => {
    assert.equal(parsed('3d ago'), '2026-11-22');
    assert.equal(parsed('2 days ago'), '2026-11-23');
    assert.equal(parsed('1 day ago'), '2026-11-24');
    assert.equal(parsed('1 week ago'), '2026-11-18');
    assert.equal(parsed('2w ago'), '2026-11-11');
    assert.equal(parsed('30 days ago', day('2024-03-30')), '2024-02-29');
  });

  it('reads a bare weekday as the most recent one, today included', () => {
    assert.equal(parsed('friday'), '2026-11-20'); // on a Wednesday: last week's Friday
    assert.equal(parsed('fri'), '2026-11-20');
    assert.equal(parsed('wednesday'), '2026-11-25'); // today is Wednesday
    assert.equal(parsed('tue'), '2026-11-24');
    assert.equal(parsed('thurs'), '2026-11-19');
    assert.equal(parsed('sun'), '2026-11-22');
    assert.equal(parsed('friday', FRIDAY), '2026-11-27');
  });

  it('reads "last <weekday>" as strictly before today', () => {
    assert.equal(parsed('last friday', FRIDAY), '2026-11-20');
    assert.equal(parsed('last fri'), '2026-11-20');
    assert.equal(parsed('last tuesday'), '2026-11-24');
    assert.equal(parsed('last wed'), '2026-11-18');
  });

  it('reads "next <weekday>" as strictly after today', () => {
    assert.equal(parsed('next monday'), '2026-11-30');
    assert.equal(parsed('next thu'), '2026-11-26');
    assert.equal(parsed('next wednesday'), '2026-12-02');
    assert.equal(parsed('next friday', FRIDAY), '2026-12-04');
  });

  it('reads this, last and next week as the first day of the week the user chose', () => {
    assert.equal(parsed('this week'), '2026-11-23');
    assert.equal(parsed('last week'), '2026-11-16');
    assert.equal(parsed('next week'), '2026-11-30');
    assert.equal(parsed('this week', WEDNESDAY, { weekStart: 0 }), '2026-11-22');
    assert.equal(parsed('last week', day('2027-01-01'), { weekStart: 0 }), '2026-12-20');
  });

  it('ignores case and surrounding or repeated spaces', () => {
    assert.equal(parsed('  YESTERDAY  '), '2026-11-24');
    assert.equal(parsed('Last   Fri'), '2026-11-20');
    assert.equal(parsed('\t2 Days Ago\n'), '2026-11-23');
    assert.equal(parsed(' 2026-11-23 '), '2026-11-23');
  });

  it('parses every example it offers as a hint', () => {
    for (const form of DATE_PHRASE_FORMS) {
      for (const example of form.examples) {
        parsed(example);
      }
    }
  });

  it('says why an impossible calendar date is refused', () => {
    assert.match(refusal('2026-02-30'), /February 2026 has 28 days/);
    assert.match(refusal('2023-02-29'), /February 2023 has 28 days/);
    assert.match(refusal('2026-13-01'), /month must be 01 to 12/);
    assert.match(refusal('0000-01-01'), /year must be 0001 to 9999/);
    assert.match(refusal('2026/11/23'), /YYYY-MM-DD/);
    assert.match(refusal('2026-1-5'), /YYYY-MM-DD/);
  });

  it('names the accepted forms when it cannot read the input', () => {
    for (const text of ['blah', '', '   ', 'fr', 'constructor', '3 days', 'friday next']) {
      const message = refusal(text);
      for (const form of ['YYYY-MM-DD', 'yesterday', '-3d', '2 days ago', 'friday', 'last friday', 'next monday']) {
        assert.ok(message.includes(form), `message for "${text}" names ${form}: ${message}`);
      }
    }
    assert.ok(DATE_PHRASE_HINT.includes('last friday'));
  });

  it('says what is wrong with a broken weekday or offset', () => {
    assert.match(refusal('last blursday'), /"blursday" is not a weekday/);
    assert.match(refusal('next fr'), /"fr" is not a weekday/);
    for (const text of ['-d', '+w', '-3', '-3x', 'days ago', '3 ago']) {
      assert.match(refusal(text), /-3d, \+2w, 3 days ago/, text);
    }
  });

  it('refuses days outside the years 0001 to 9999', () => {
    assert.match(refusal('+9999999d'), /outside the years 0001 to 9999/);
    assert.match(refusal('yesterday', day('0001-01-01')), /outside the years/);
  });
});
