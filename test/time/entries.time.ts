// Linear time of the readers of what a user types or keeps beside the journal: templates, date
// phrases, file patterns, and person names turned into file names and keys. See
// test/support/linearTime.ts for the method.
import { parseDatePhrase } from '../../src/core/calendar/datePhrase';
import { renderTemplate } from '../../src/core/entries/templateText';
import { renderEntryPath, slugify, validatePattern } from '../../src/core/journal/pathPattern';
import { personKey } from '../../src/core/reflect/personKey';
import { assertLinear, repeatTo } from '../support/linearTime';

const TODAY = { year: 2026, month: 11, day: 23 };

describe('templates in linear time', function () {
  this.timeout(120_000);
  // `}}` on one line took 12 s for 2 MB when each stray `}}` searched the rest of the line again.
  for (const unit of ['}}', '{{', '{{date}}', '{{ x', '{{}}', '{{date', '}', '{', '\n', '\r', 'a']) {
    it(`grows linearly on ${JSON.stringify(unit)}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), (text) => renderTemplate(text, { date: '2026-11-23', person: 'Ana' }));
    });
  }
});

describe('date phrases in linear time', function () {
  this.timeout(120_000);
  for (const unit of ['last ', '-', '+', '1', ' ago', 'a ', '2026-', ' ', 'next week ', 'd']) {
    it(`grows linearly on ${JSON.stringify(unit)}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), (text) => parseDatePhrase(text, TODAY, { weekStart: 1 }));
    });
  }
});

describe('file patterns and person names in linear time', function () {
  this.timeout(120_000);
  for (const unit of ['{', '}', '{date}', '{x}', '/', '{person}/', 'a', '..', ':']) {
    it(`a file pattern grows linearly on ${JSON.stringify(unit)}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), (pattern) => {
        validatePattern(pattern);
        renderEntryPath(pattern, { date: TODAY, fileSuffix: '1on1', person: 'Ana' });
      });
    });
  }
  for (const unit of ['a ', '-', 'é', '\u0301', 'ß', '李', ' ', '.', 'a-']) {
    it(`a person's name grows linearly on ${JSON.stringify(unit)}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), (name) => {
        slugify(name);
        personKey(name);
      });
    });
  }
});
