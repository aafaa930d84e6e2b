import * as assert from 'node:assert/strict';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { filterRecords, findInText, needsText, searchCandidates, type SearchRecord } from '../../../../src/core/reflect/search';
import { parseQuery } from '../../../../src/core/reflect/searchQuery';
import { PEOPLE_YML, RECORDS } from '../../../fixtures/reflect/journal';

const query = (text: string) => {
  const parsed = parseQuery(text);
  assert.deepEqual(parsed.problems, [], text);
  return parsed.query;
};

describe('reflect: search queries', () => {
  it('reads words, phrases and filters', () => {
    assert.deepEqual(parseQuery('delegation tag:why kind:decision person:ana trap:micromanaging-leader from:2026-01-01 to:2026-03-31'), {
      query: {
        terms: ['delegation'], labels: ['why'], functions: [], styles: [], kinds: ['decision'], people: ['ana'],
        traps: ['micromanaging-leader'], from: '2026-01-01', to: '2026-03-31',
      },
      problems: [],
    });
    const phrases = query('"Weekly  Sync" person:"Ana María" “curly quotes” Résumé');
    assert.deepEqual(phrases.terms, ['weekly sync', 'curly quotes', 'resume']);
    assert.deepEqual(phrases.people, ['ana maria']);
  });

  it('keeps unknown keys, URLs and colons as text', () => {
    assert.deepEqual(query('re:budget https://x.org 10:30 note:"a b"').terms, ['re:budget', 'https://x.org', '10:30', 'note:a b']);
  });

  it('reads since:, months and years, tag functions, kind aliases and trap prefixes', () => {
    const parsed = query('since:2026-02 to:2026 tag:planning tag:HOW kind:1on1 kind:Review trap:micromanaging style:coach');
    assert.equal(parsed.from, '2026-02-01');
    assert.equal(parsed.to, '2026-12-31');
    assert.deepEqual(parsed.functions, ['planning']);
    assert.deepEqual(parsed.labels, ['how']);
    assert.deepEqual(parsed.kinds, ['one-on-one', 'weekly-review']);
    assert.deepEqual(parsed.traps, ['micromanaging-leader']);
    assert.deepEqual(parsed.styles, ['coaching']);
    assert.equal(query('to:2024-02').to, '2024-02-29');
  });

  it('explains bad dates, unknown tags and empty values, and keeps the rest', () => {
    const parsed = parseQuery('budget from:2026-02-30 to:yesterday tag:vision trap:x kind: since:2026-13');
    assert.deepEqual(parsed.problems.map((p) => p.token), ['from:2026-02-30', 'to:yesterday', 'tag:vision', 'trap:x', 'kind:', 'since:2026-13']);
    assert.match(parsed.problems[0]?.message ?? '', /"2026-02-30" in from: is not a date\. Write it as YYYY-MM-DD/);
    assert.match(parsed.problems[2]?.message ?? '', /Tags: why, how, balanced, unclear, direction/);
    assert.deepEqual(parsed.query.terms, ['budget']);
    assert.equal(parsed.query.from, null);
    assert.match(parseQuery('from:2026-03-01 to:2026-02-01').problems[0]?.message ?? '', /starts on 2026-03-01, after it ends on 2026-02-01/);
    assert.deepEqual(parseQuery('"unclosed phrase').query.terms, ['unclosed phrase']);
    assert.deepEqual(parseQuery('').query.terms, []);
  });
});

describe('reflect: searching the index', () => {
  const directory = createPeopleDirectory(parsePeopleFile(PEOPLE_YML).people);
  const records: SearchRecord[] = RECORDS.map((record) => (record.date === '2026-03-12' ? { ...record, mentions: ['sam', 'ani'] } : record));
  const paths = (text: string): string[] => filterRecords(query(text), records, directory).map((r) => r.path);

  it('filters on metadata, newest first', () => {
    assert.deepEqual(paths('kind:decision'), ['2026/03/2026-03-11-decision.md', '2026/03/2026-03-04-decision.md']);
    assert.deepEqual(paths('trap:micromanaging-leader trap:taskmaster-manager'), ['2026/03/2026-03-11-decision.md']);
    assert.deepEqual(paths('tag:why from:2026-03-01 to:2026-03-31'), ['2026/03/2026-03-30.md', '2026/03/2026-03-12.md', '2026/03/2026-W10-review.md']);
    assert.deepEqual(paths('tag:why tag:balanced since:2026-03-09 to:2026-03-15'), ['2026/03/2026-03-12.md', '2026/03/2026-03-10-1on1-ana-maria-lopez.md']);
    assert.deepEqual(paths('style:directing'), ['2026/03/2026-03-13-situational-sam-lee.md']);
    assert.deepEqual(paths('tag:alignment to:2026-01'), ['2026/01/2026-01-07.md']);
  });

  it('finds a person by alias, full name or mention, through people.yml', () => {
    const anas = ['2026/03/2026-03-12.md', '2026/03/2026-03-10-1on1-ana-maria-lopez.md', '2026/02/2026-02-18-1on1-ana-maria-lopez.md', '2026/01/2026-01-14.md'];
    assert.deepEqual(paths('person:ana'), anas);
    assert.deepEqual(paths('person:"ana maría lópez"'), anas);
    assert.deepEqual(paths('person:samlee'), ['2026/03/2026-03-13-situational-sam-lee.md', '2026/01/2026-01-28.md']);
    // A search is a filter, not a claim about who is who: an ambiguous first name finds every Sam.
    assert.deepEqual(paths('person:sam'), ['2026/03/2026-03-24.md', '2026/03/2026-03-13-situational-sam-lee.md', '2026/03/2026-03-12.md', '2026/01/2026-01-28.md']);
    assert.deepEqual(paths('person:"sam ortiz"'), ['2026/03/2026-03-24.md']);
    assert.deepEqual(filterRecords(query('person:ana'), records).map((r) => r.path), ['2026/03/2026-03-10-1on1-ana-maria-lopez.md', '2026/02/2026-02-18-1on1-ana-maria-lopez.md', '2026/01/2026-01-14.md'], 'without people.yml, no aliases: "ani" is not Ana');
  });

  it('leaves private entries out only when asked, after the filters, and counts them', () => {
    const marked: SearchRecord[] = records.map((record) =>
      (record.path === '2026/03/2026-03-10-1on1-ana-maria-lopez.md' || record.path === '2026/03/2026-03-24.md' ? { ...record, private: true } : record));
    const ana = query('person:ana');
    const shown = (hidePrivate: boolean) => {
      const { candidates, privateLeftOut } = searchCandidates(ana, marked, hidePrivate, directory);
      return { paths: candidates.map((r) => r.path), privateLeftOut };
    };
    // Off (the default): private entries are listed as any other, and nothing is counted.
    assert.deepEqual(shown(false), { paths: paths('person:ana'), privateLeftOut: 0 });
    // On: the private 1:1 with Ana is left out and counted; the private entry about Sam Ortiz does
    // not pass the filter, so it is not counted as left out of this search.
    assert.deepEqual(shown(true), {
      paths: ['2026/03/2026-03-12.md', '2026/02/2026-02-18-1on1-ana-maria-lopez.md', '2026/01/2026-01-14.md'],
      privateLeftOut: 1,
    });
    // An empty query lists every entry: both private ones are left out, newest first otherwise kept.
    const all = searchCandidates(query(''), marked, true, directory);
    assert.equal(all.privateLeftOut, 2);
    assert.equal(all.candidates.length, marked.length - 2);
    assert.ok(all.candidates.every((record) => record.private !== true));
    assert.deepEqual(all.candidates.map((r) => r.path), filterRecords(query(''), marked, directory).filter((r) => r.private !== true).map((r) => r.path));
  });
});

describe('reflect: searching an entry’s text', () => {
  const text = '---\ndate: 2026-03-12\nkind: daily\n---\n# Thursday\n\nTold the team why the MIGRATION matters.\nLater: délégation of the rollout to Bo, who owns it from here on and reports back on Friday with the plan.\n';

  it('finds every term, case- and accent-insensitively, and gives the first line with an excerpt', () => {
    assert.deepEqual(findInText(query('migration'), text), { line: 6, excerpt: 'Told the team why the MIGRATION matters.' });
    assert.deepEqual(findInText(query('delegation bo'), text), {
      line: 7, excerpt: 'Later: délégation of the rollout to Bo, who owns it from…',
    });
    assert.deepEqual(findInText(query('"the plan" migration'), text)?.line, 6);
    assert.equal(findInText(query('migration absent'), text), undefined);
    assert.equal(findInText(query('kind'), text), undefined, 'front matter is not searched');
    assert.ok(needsText(query('x')) && !needsText(query('tag:why')));
  });

  it('cuts long lines on both sides', () => {
    const line = `${'a'.repeat(100)} needle ${'b'.repeat(100)}`;
    assert.equal(findInText(query('needle'), line)?.excerpt, `…${'a'.repeat(39)} needle ${'b'.repeat(39)}…`);
    assert.equal(findInText(query('ﬁle'), 'The FILE is here')?.excerpt, 'The FILE is here');
  });
});
