// What Search Journal… decides (search/searchPlan.ts): the latest entries for an empty query; the
// matches newest first, capped, with the text read only for entries the filters let through and
// private ones never read; where a hit opens; and the picker's words, in English and German.
import * as assert from 'node:assert/strict';
import type { SearchRecord } from '../../../../src/core/reflect/search';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parseQuery } from '../../../../src/core/reflect/searchQuery';
import { hitTarget, isEmptyQuery, latestEntries, privateLeftOutLabel, RECENT_SHOWN, resultsTitle, searchEntries,  } from '../../../../src/extension/search/searchPlan';
import type { Translator } from '../../../../src/core/text/format';
import { bundleTranslator } from '../../../support/bundleTranslator';

const directory = createPeopleDirectory([]);

function entry(day: number, extra: Partial<SearchRecord> = {}): SearchRecord {
  const date = `2026-11-${String(day).padStart(2, '0')}`;
  return {
    path: `2026/11/${date}.md`, date, kind: 'daily', title: `Daily, ${date}`, label: null, why: null, how: null,
    functions: [], style: null, traps: [], people: [], words: 10, ...extra,
  } as unknown as SearchRecord;
}

const query = (text: string) => parseQuery(text).query;

describe('extension: Search Journal… decides (search/searchPlan.ts)', () => {
  const records = Array.from({ length: 20 }, (_, i) => entry(i + 1));
  const texts = new Map(records.map((record, i) => [record.path, `---\ndate: ${record.date}\n---\n\nDay ${i + 1}.\n${i % 2 === 0 ? 'We talked about the budget.\n' : ''}`]));

  it('lists the latest entries, newest first, for a query of nothing but spaces', () => {
    assert.equal(isEmptyQuery('  '), true);
    assert.equal(isEmptyQuery(' budget '), false);
    const { latest, privateLeftOut } = latestEntries(query(''), records, false, directory);
    assert.equal(latest.length, RECENT_SHOWN);
    assert.equal(latest[0]?.date, '2026-11-20');
    assert.equal(privateLeftOut, 0);
  });

  it('finds the entries holding every word, newest first, and opens each at the line that matched', async () => {
    const read: string[] = [];
    const { hits, more, privateLeftOut } = await searchEntries(query('budget'), records, directory, async (path) => {
      read.push(path);
      return texts.get(path);
    }, { limit: 50, isStale: () => false });
    assert.deepEqual(hits.map((hit) => hit.record.date), ['2026-11-19', '2026-11-17', '2026-11-15', '2026-11-13', '2026-11-11', '2026-11-09', '2026-11-07', '2026-11-05', '2026-11-03', '2026-11-01']);
    assert.equal(more, false);
    assert.equal(privateLeftOut, 0);
    assert.equal(read.length, 20);
    const first = hits[0];
    assert.ok(first);
    assert.deepEqual(hitTarget(first), { path: '2026/11/2026-11-19.md', line: 5 });
    assert.equal(first.match?.excerpt, 'We talked about the budget.');
  });

  it('reads no text for a query of filters only, and opens such a hit at its top', async () => {
    const { hits } = await searchEntries(query('kind:daily from:2026-11-18'), records, directory, async () => assert.fail('no text is read'), { limit: 50, isStale: () => false });
    assert.deepEqual(hits.map((hit) => hit.record.date), ['2026-11-20', '2026-11-19', '2026-11-18']);
    const first = hits[0];
    assert.ok(first);
    assert.deepEqual(hitTarget(first), { path: '2026/11/2026-11-20.md' });
  });

  it('stops at the limit and says there are more; stops reading when the query goes stale', async () => {
    const capped = await searchEntries(query('budget'), records, directory, async (path) => texts.get(path), { limit: 3, isStale: () => false });
    assert.equal(capped.hits.length, 3);
    assert.equal(capped.more, true);
    const stale = await searchEntries(query('budget'), records, directory, async (path) => texts.get(path), { limit: 50, isStale: () => true });
    assert.deepEqual(stale, { hits: [], more: false, privateLeftOut: 0 });
  });

  it('leaves private entries out unread when asked, and counts them; an unreadable entry is no match', async () => {
    const withPrivate = [...records.slice(0, 18), entry(19, { private: true }), entry(21, { private: true })];
    const read: string[] = [];
    const result = await searchEntries(query('budget'), withPrivate, directory, async (path) => {
      read.push(path);
      return path.endsWith('-17.md') ? undefined : texts.get(path);
    }, { limit: 50, isStale: () => false, hidePrivate: true });
    assert.equal(result.privateLeftOut, 2);
    assert.ok(!read.some((path) => path.endsWith('-19.md') || path.endsWith('-21.md')), 'private entries are never read');
    assert.deepEqual(result.hits.map((hit) => hit.record.date).slice(0, 2), ['2026-11-15', '2026-11-13']);
    assert.equal(latestEntries(query(''), withPrivate, true, directory).privateLeftOut, 2);
  });

  it('words the title and the left-out row with the right plural, in English and German', () => {
    const en = bundleTranslator('en') as Translator;
    const de = bundleTranslator('de') as Translator;
    assert.equal(resultsTitle(en, 'Search Journal', 1, false), 'Search Journal — 1 match');
    assert.equal(resultsTitle(en, 'Search Journal', 3, false), 'Search Journal — 3 matches');
    assert.equal(resultsTitle(en, 'Search Journal', 50, true), 'Search Journal — the first 50 matches');
    assert.equal(resultsTitle(de, 'Journal durchsuchen', 1, false), 'Journal durchsuchen — 1 Treffer');
    assert.equal(resultsTitle(de, 'Journal durchsuchen', 3, false), 'Journal durchsuchen — 3 Treffer');
    assert.equal(privateLeftOutLabel(en, 1), '1 private entry left out');
    assert.equal(privateLeftOutLabel(en, 2), '2 private entries left out');
    assert.equal(privateLeftOutLabel(de, 1), '1 privater Eintrag weggelassen');
    assert.equal(privateLeftOutLabel(de, 2), '2 private Einträge weggelassen');
  });
});
