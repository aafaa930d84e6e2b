// The person picker's counts and the person page's cadence in English and German, formatted with the
// shipped bundles as VS Code would: one 1:1 is "1 1:1", never "1 1:1s"; a cadence is "Every 2 weeks",
// never people.yml's "2w".
import * as assert from 'node:assert/strict';
import { parseCadence, type Cadence } from '../../../../src/core/people/cadence';
import { calendarOneOnOnesLine, everyCadence, personCounts } from '../../../../src/extension/people/personStrings';
import type { Translator } from '../../../../src/core/text/format';
import { bundleTranslator } from '../../../support/bundleTranslator';

const translator = (language: 'en' | 'de'): Translator => bundleTranslator(language) as Translator;

describe('the person picker\'s counts', () => {
  it('says one 1:1 and one entry in the singular, more in the plural, in English', () => {
    const en = translator('en');
    assert.equal(personCounts(en, 1, 1, '2026-12-01'), '1 entry · 1 1:1 · last 2026-12-01');
    assert.equal(personCounts(en, 3, 2, '2026-12-01'), '3 entries · 2 1:1s · last 2026-12-01');
    assert.equal(personCounts(en, 2, 0, '2026-12-01'), '2 entries · last 2026-12-01');
  });

  it('and in German', () => {
    const de = translator('de');
    assert.equal(personCounts(de, 1, 1, '2026-12-01'), '1 Eintrag · 1 1:1-Gespräch · zuletzt 2026-12-01');
    assert.equal(personCounts(de, 3, 2, '2026-12-01'), '3 Einträge · 2 1:1-Gespräche · zuletzt 2026-12-01');
  });
});

function cadence(written: string): Cadence {
  const result = parseCadence(written);
  assert.ok(result.ok, written);
  return result.cadence;
}

describe('the person page\'s cadence', () => {
  it('says it in words, as a sentence starts, in English', () => {
    const en = translator('en');
    assert.equal(everyCadence(en, cadence('14d')), 'Every 2 weeks');
    assert.equal(everyCadence(en, cadence('weekly')), 'Every week');
    assert.equal(everyCadence(en, cadence('10d')), 'Every 10 days');
    assert.equal(everyCadence(en, cadence('daily')), 'Every day');
    assert.equal(everyCadence(en, cadence('monthly')), 'Every month');
    assert.equal(everyCadence(en, cadence('quarterly')), 'Every 3 months');
  });

  it('and in German', () => {
    const de = translator('de');
    assert.equal(everyCadence(de, cadence('2w')), 'Alle 2 Wochen');
    assert.equal(everyCadence(de, cadence('7d')), 'Jede Woche');
    assert.equal(everyCadence(de, cadence('10d')), 'Alle 10 Tage');
    assert.equal(everyCadence(de, cadence('1m')), 'Jeden Monat');
    assert.equal(everyCadence(de, cadence('3m')), 'Alle 3 Monate');
  });
});

describe('the person page\'s calendar line', () => {
  const calendar = { count: 2, last: '2026-11-23', weeks: 8, expected: 4 };
  const biweekly = cadence('2w');

  it('says when the calendar\'s last 1:1 was, how many it holds, and what the cadence would call for', () => {
    const en = translator('en');
    assert.equal(calendarOneOnOnesLine(en, calendar, 'Ana', biweekly), 'From your calendar: the last 1:1 on 2026-11-23, 2 in the last 8 weeks. Every 2 weeks would be 4.');
    assert.equal(calendarOneOnOnesLine(en, { count: 1, last: '2026-11-23', weeks: 8 }, 'Ana', undefined), 'From your calendar: one 1:1 in the last 8 weeks, on 2026-11-23.');
    assert.equal(calendarOneOnOnesLine(en, { count: 0, weeks: 8, expected: 2 }, 'Ana', cadence('monthly')), 'From your calendar: no 1:1 with Ana in the last 8 weeks. Every month would be 2.');
  });

  it('and in German', () => {
    const de = translator('de');
    assert.equal(calendarOneOnOnesLine(de, calendar, 'Ana', biweekly), 'Laut Kalender: das letzte 1:1 am 2026-11-23, 2 in den letzten 8 Wochen. Alle 2 Wochen wären 4.');
    assert.equal(calendarOneOnOnesLine(de, { count: 0, weeks: 8 }, 'Ana', undefined), 'Laut Kalender: kein 1:1 mit Ana in den letzten 8 Wochen.');
  });
});
