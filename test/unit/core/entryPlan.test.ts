import * as assert from 'node:assert/strict';
import { extraPath, localMonthYear, localWeekday, planEntry, titleSlug, type EntryRequest } from '../../../src/core/entries/entryPlan';
import { readFrontMatter } from '../../../src/core/entries/frontMatter';
import { ENTRY_KINDS, entryKind } from '../../../src/core/entries/kinds';

const MONDAY = { year: 2026, month: 11, day: 23 };
const base: Omit<EntryRequest, 'kind'> = { date: MONDAY, weekStart: 1, prompt: 'What did I learn today?' };

describe('planEntry', () => {
  it('files each kind as the README says', () => {
    const paths = Object.fromEntries(ENTRY_KINDS.map((kind) => {
      const plan = planEntry({ ...base, kind, person: 'Ana María' });
      assert.ok(plan.ok, kind.id);
      return [kind.id, plan.path];
    }));
    assert.equal(paths.daily, '2026/11/2026-11-23.md');
    assert.equal(paths['weekly-review'], '2026/11/2026-W48-review.md');
    assert.equal(paths['one-on-one'], '2026/11/2026-11-23-1on1-ana-maria.md');
    assert.equal(new Set(Object.values(paths)).size, ENTRY_KINDS.length, 'no two kinds share a path on a day');
  });

  it('finds the same weekly review from any day of the week', () => {
    const kind = entryKind('weekly-review');
    const days = [23, 24, 25, 26, 27, 28, 29].map((day) => planEntry({ ...base, kind, date: { year: 2026, month: 11, day } }));
    assert.deepEqual(new Set(days.map((plan) => plan.ok && plan.path)), new Set(['2026/11/2026-W48-review.md']));
  });

  it('writes front matter the product owns, then the body with the variables filled in', () => {
    const plan = planEntry({ ...base, kind: entryKind('one-on-one'), person: 'Ana' });
    assert.ok(plan.ok);
    assert.ok(plan.text.startsWith('---\ndate: 2026-11-23\nkind: one-on-one\npeople: [Ana]\n---\n\n# '));
    assert.ok(!plan.text.includes('{{'), 'no variable left unfilled');
    assert.match(plan.text, /Ana/);
    const read = readFrontMatter(plan.text);
    assert.ok(read.ok);
    assert.deepEqual(read.data.people, ['Ana']);
  });

  it('puts the prompt of the day into the daily entry and the cursor on the first answer line', () => {
    const plan = planEntry({ ...base, kind: entryKind('daily') });
    assert.ok(plan.ok);
    const lines = plan.text.split('\n');
    assert.ok(lines.includes('## What did I learn today?'));
    assert.match(lines[plan.cursor.line - 2] ?? '', /^## /);
    assert.equal(lines[plan.cursor.line]?.length, plan.cursor.character);
  });

  it('records a person only for kinds about one person', () => {
    const plan = planEntry({ ...base, kind: entryKind('daily'), person: 'Ana' });
    assert.ok(plan.ok);
    assert.doesNotMatch(plan.text, /^people:|Ana/m);
    assert.equal(plan.path, '2026/11/2026-11-23.md');
  });

  it('asks for a person where the kind needs one', () => {
    const plan = planEntry({ ...base, kind: entryKind('one-on-one'), person: '  ' });
    assert.equal(plan.ok, false);
  });

  it("uses the user's template and reports its problems with line numbers", () => {
    const good = planEntry({ ...base, kind: entryKind('daily'), template: '\uFEFF# {{weekday}} {{date}}\r\n\r\n## Mine\r\n\r\n\r\n' });
    assert.ok(good.ok);
    assert.ok(good.text.endsWith('# Monday 2026-11-23\n\n## Mine\n\n\n'));
    const bad = planEntry({ ...base, kind: entryKind('daily'), template: '# {{date}}\n\n{{mood}}\n{{date\n' });
    assert.ok(!bad.ok);
    assert.deepEqual(bad.problems.map((p) => p.line), [3, 4]);
  });

  it('refuses a path pattern that leaves the journal folder', () => {
    const plan = planEntry({ ...base, kind: entryKind('daily'), pattern: '../{date}.md' });
    assert.equal(plan.ok, false);
  });

  it('names the weekday in the chosen locale', () => {
    assert.equal(localWeekday(MONDAY, 'de'), 'Montag');
    assert.equal(localWeekday(MONDAY, 'es'), 'lunes');
    assert.equal(localWeekday(MONDAY, 'not a locale!'), 'Monday');
    assert.equal(localWeekday(MONDAY, undefined), 'Monday');
  });

  it('writes a month and its year in the chosen locale, as the person page and a monthly review title it', () => {
    assert.equal(localMonthYear({ year: 2026, month: 3, day: 1 }, 'de'), 'März 2026');
    assert.equal(localMonthYear({ year: 2026, month: 11, day: 30 }, 'en'), 'November 2026');
    assert.equal(localMonthYear({ year: 2026, month: 1, day: 1 }, 'not a locale!'), 'January 2026');
  });

  it('writes any person\'s name into front matter that reads back as that name (issue #18)', () => {
    const oneOnOne = entryKind('one-on-one');
    for (const [typed, kept] of [
      ['... and more', '... and more'], ['--- x', '--- x'], ['Ana\nLópez', 'Ana López'], ['Sam\r\n---\r\nevil: true', 'Sam --- evil: true'],
      ['- dash', '- dash'], ['#hash', '#hash'], ['a: b', 'a: b'], ['[Ana]', '[Ana]'], ["O'Neil", "O'Neil"], ['"quoted"', '"quoted"'], ['@ana', '@ana'],
      ['yes', 'yes'], ['null', 'null'], ['2026-11', '2026-11'], ['\u2028Ana\u202e', 'Ana'], ['Ana\u0007', 'Ana'], ['  Ana   María ', 'Ana María'],
    ] as const) {
      const plan = planEntry({ ...base, kind: oneOnOne, person: typed });
      assert.ok(plan.ok, JSON.stringify(typed));
      const read = readFrontMatter(plan.text);
      assert.ok(read.ok, `${JSON.stringify(typed)}: ${read.ok ? '' : read.reason}`);
      assert.deepEqual(read.data.people, [kept], JSON.stringify(typed));
      assert.equal(plan.text.split('\n').filter((line) => line === '---').length, 2, `${JSON.stringify(typed)}: one front matter block`);
    }
  });

  it('refuses a person\'s name with nothing left to write, or longer than anyone\'s', () => {
    const oneOnOne = entryKind('one-on-one');
    const control = planEntry({ ...base, kind: oneOnOne, person: '\u0000\u0007' });
    assert.ok(!control.ok && /name is empty/.test(control.message));
    const long = planEntry({ ...base, kind: oneOnOne, person: 'a'.repeat(201) });
    assert.ok(!long.ok && /at most 200/.test(long.message));
  });

  it('passes on the notice when a person\'s name had to be renamed for Windows', () => {
    const plan = planEntry({ ...base, kind: entryKind('one-on-one'), person: 'Aux', pattern: '{person}/{date}.md' });
    assert.ok(plan.ok && plan.path === 'aux_/2026-11-23.md');
    assert.match(plan.notice ?? '', /"aux" names a device on Windows/);
  });
});

describe('another entry of a kind the same day', () => {
  it('names it by a short slug of its title and puts the title on its title line', () => {
    const plan = planEntry({ kind: entryKind('decision'), date: { year: 2026, month: 12, day: 2 }, weekStart: 1, prompt: 'x', extra: 'Hiring freeze for Q1, after all the talks' });
    assert.ok(plan.ok);
    assert.equal(plan.path, '2026/12/2026-12-02-decision-hiring-freeze-for-q1-after.md');
    assert.match(plan.text, /^# Decision, 2026-12-02: Hiring freeze for Q1, after all the talks$/m);
    assert.equal(extraPath('2026/12/2026-12-02-decision.md', 'Hiring freeze', 3), '2026/12/2026-12-02-decision-hiring-freeze-3.md');
    assert.equal(titleSlug('李 王'), 'entry');
    assert.equal(titleSlug('  Zoë / the ../../ Admin  '), 'zoe-the-admin');
  });
});
