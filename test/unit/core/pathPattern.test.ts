import * as assert from 'node:assert/strict';
import { weekAnchor } from '../../../src/core/calendar/isoWeek';
import { addDays, parseIsoDate, type LocalDate } from '../../../src/core/calendar/localDate';
import { dailyEntryPath, isContainedRelativePath } from '../../../src/core/journal/entryPath';
import {
  DEFAULT_DAILY_PATTERN, defaultPattern, renderEntryPath, slugify, validatePattern, type EntryPathVars,
} from '../../../src/core/journal/pathPattern';

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date, `test date ${iso}`);
  return date;
}

function rendered(pattern: string, vars: EntryPathVars): string {
  const result = renderEntryPath(pattern, vars);
  assert.ok(result.ok, `"${pattern}" was refused: ${result.ok ? '' : result.message}`);
  return result.path;
}

function refusal(pattern: string): string {
  const result = validatePattern(pattern);
  assert.ok(!result.ok, `"${pattern}" should be refused`);
  return result.message;
}

const ONE_ON_ONE = defaultPattern({ fileSuffix: '1on1', period: 'day', needsPerson: true });
const WEEKLY_REVIEW = defaultPattern({ fileSuffix: 'review', period: 'week', needsPerson: false });

describe('pathPattern', () => {
  it('files daily entries where they have always been filed', () => {
    assert.equal(defaultPattern({ fileSuffix: '', period: 'day', needsPerson: false }), DEFAULT_DAILY_PATTERN);
    assert.equal(rendered(DEFAULT_DAILY_PATTERN, { date: day('2026-11-23'), fileSuffix: '' }), '2026/11/2026-11-23.md');
    let date = day('2023-12-25');
    for (let i = 0; i < 800; i++) {
      assert.equal(rendered(DEFAULT_DAILY_PATTERN, { date, fileSuffix: '' }), dailyEntryPath(date));
      date = addDays(date, 1);
    }
  });

  it('files other kinds with their suffix, the person, and the week for weekly kinds', () => {
    const date = day('2026-11-23');
    assert.equal(rendered(ONE_ON_ONE, { date, fileSuffix: '1on1', person: 'Ana' }), '2026/11/2026-11-23-1on1-ana.md');
    assert.equal(rendered(WEEKLY_REVIEW, { date, fileSuffix: 'review' }), '2026/11/2026-W48-review.md');
    const decision = defaultPattern({ fileSuffix: 'decision', period: 'day', needsPerson: false });
    assert.equal(rendered(decision, { date, fileSuffix: 'decision' }), '2026/11/2026-11-23-decision.md');
  });

  it('files a weekly entry at one path whichever day of the week it is written', () => {
    const paths = new Set<string>();
    for (let offset = 0; offset < 7; offset++) {
      const writtenOn = addDays(day('2024-12-30'), offset); // Mon 2024-12-30 … Sun 2025-01-05, ISO 2025-W01
      paths.add(rendered(WEEKLY_REVIEW, { date: weekAnchor(writtenOn, 1), fileSuffix: 'review' }));
    }
    assert.deepEqual([...paths], ['2025/01/2025-W01-review.md']);
  });

  it('renders every token', () => {
    const vars = { date: day('2021-01-03'), fileSuffix: 'review', person: 'Ana María' };
    assert.equal(rendered('{kind}/{yyyy}-{mm}-{dd}/{week}_{person}.md', vars), 'review/2021-01-03/2020-W53_ana-maria.md');
    assert.equal(rendered('{date}.md', { date: day('0987-01-02'), fileSuffix: '' }), '0987-01-02.md');
  });

  it('keeps a hostile person name inside the journal folder', () => {
    for (const person of ['../../etc/passwd', '..', '/root', 'C:\\Windows', 'a/../../b']) {
      const path = rendered(ONE_ON_ONE, { date: day('2026-11-23'), fileSuffix: '1on1', person });
      assert.ok(isContainedRelativePath(path), path);
      assert.match(path, /^2026\/11\/2026-11-23-1on1-[a-z0-9-]+\.md$/, person);
    }
  });

  it('refuses to render {person} without a person, or {kind} without a file-name word', () => {
    for (const person of [undefined, '', '   ']) {
      const result = renderEntryPath(ONE_ON_ONE, { date: day('2026-11-23'), fileSuffix: '1on1', person });
      assert.ok(!result.ok && /uses \{person\}, but this entry has no person/.test(result.message), String(person));
    }
    const noSuffix = renderEntryPath(WEEKLY_REVIEW, { date: day('2026-11-23'), fileSuffix: '' });
    assert.ok(!noSuffix.ok && /uses \{kind\}, but this kind has no file suffix/.test(noSuffix.message));
    const badSuffix = renderEntryPath(WEEKLY_REVIEW, { date: day('2026-11-23'), fileSuffix: '../x' });
    assert.ok(!badSuffix.ok && badSuffix.message.includes('"../x"'));
  });

  it('accepts the default patterns and reasonable custom ones', () => {
    const custom = ['{date}.md', 'entries/{kind}/{yyyy}{mm}{dd}.md', '{yyyy}/{week}/{date} notes.md'];
    for (const pattern of [DEFAULT_DAILY_PATTERN, ONE_ON_ONE, WEEKLY_REVIEW, ...custom]) {
      assert.deepEqual(validatePattern(pattern), { ok: true }, pattern);
    }
  });

  it('refuses unsafe or unusable patterns with a message naming the problem', () => {
    assert.match(refusal(''), /empty/);
    assert.match(refusal('/{yyyy}/{date}.md'), /absolute/);
    assert.match(refusal('C:/journal/{date}.md'), /absolute/);
    assert.match(refusal('../{date}.md'), /"\.\."/);
    assert.match(refusal('{yyyy}/../{date}.md'), /"\.\."/);
    assert.match(refusal('{yyyy}\\{date}.md'), /"\\"/);
    assert.match(refusal('{yyyy}/{month}/{date}.md'), /unknown token \{month\}.*\{yyyy\}, \{mm\}/);
    assert.match(refusal('{}/{date}.md'), /unknown token \{\}/);
    assert.match(refusal('{yyyy/{date}.md'), /"\{" with no "\}"/);
    assert.match(refusal('{date}.md{'), /"\{" with no "\}"/);
    assert.match(refusal('yyyy}/{date}.md'), /"\}" with no "\{"/);
    assert.match(refusal('{yyyy}/{date}.txt'), /must end in "\.md"/);
    assert.match(refusal('{yyyy}/{date}.md/'), /empty or "\." folder name/);
    assert.match(refusal('{yyyy}//{date}.md'), /empty or "\." folder name/);
    assert.match(refusal('./{date}.md'), /empty or "\." folder name/);
    assert.match(refusal('{date}/.md'), /file name before "\.md"/);
    assert.match(refusal('{date}?.md'), /Windows/);
    assert.match(refusal('journal.md'), /must contain \{date\}, \{week\}/);
    assert.match(refusal('{yyyy}/{mm}.md'), /must contain \{date\}, \{week\}/);
  });

  it('refuses Windows device names written into a pattern', () => {
    for (const pattern of ['con/{date}.md', '{yyyy}/AUX/{date}.md', 'nul.{date}.md', '{yyyy}/com1.{date}.md', 'LPT9 /{date}.md', 'prn.x/{date}.md']) {
      assert.match(refusal(pattern), /device name on Windows/, pattern);
    }
    for (const pattern of ['console/{date}.md', 'con{date}.md', '{yyyy}/nullable-{date}.md', 'com10/{date}.md']) {
      assert.deepEqual(validatePattern(pattern), { ok: true }, pattern);
    }
  });

  it('renames a person whose name is a Windows device name, and says so', () => {
    const vars = { date: day('2026-11-23'), fileSuffix: '1on1', person: 'Con' };
    const folder = renderEntryPath('{person}/{date}.md', vars);
    assert.ok(folder.ok);
    assert.equal(folder.path, 'con_/2026-11-23.md');
    assert.match(folder.notice ?? '', /"con_\/2026-11-23\.md", not "con\/2026-11-23\.md": "con" names a device on Windows/);
    const file = renderEntryPath('{yyyy}/{person}.{date}.md', { ...vars, person: 'NUL' });
    assert.ok(file.ok && file.path === '2026/nul_.2026-11-23.md');
    const inside = renderEntryPath(ONE_ON_ONE, vars);
    assert.ok(inside.ok && inside.path === '2026/11/2026-11-23-1on1-con.md' && inside.notice === undefined, 'a name inside a longer file name is fine');
  });

  describe('slugify', () => {
    it('folds accents and case and joins words with -', () => {
      const expected: Record<string, string> = {
        'Ana María': 'ana-maria',
        'José Ñúñez-García': 'jose-nunez-garcia',
        'Łukasz Żółć': 'lukasz-zolc',
        'Søren Ørsted': 'soren-orsted',
        'Straße': 'strasse',
        "Siobhán O'Brien": 'siobhan-o-brien',
        '  Ana   B. ': 'ana-b',
        'Team #3 (core)': 'team-3-core',
        'Ｆｕｌｌ ｗｉｄｔｈ': 'full-width',
      };
      for (const [name, slug] of Object.entries(expected)) {
        assert.equal(slugify(name), slug, name);
      }
    });

    it('is never empty, "." or "..", and holds no separator', () => {
      for (const name of ['', '   ', '.', '..', '../..', '李', '---', '🙂']) {
        assert.equal(slugify(name), 'person', name);
      }
      assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
    });

    it('is stable when applied twice and stays short', () => {
      for (const name of ['Ana María', 'x'.repeat(100), `${'a'.repeat(59)} b`]) {
        const slug = slugify(name);
        assert.equal(slugify(slug), slug, name);
        assert.ok(slug.length <= 60 && !slug.endsWith('-'), slug);
      }
    });
  });
});
