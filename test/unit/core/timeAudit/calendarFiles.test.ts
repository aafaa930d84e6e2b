import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readRulesFile, readSourcesFile, starterRulesFile, writeSourcesFile } from '../../../../src/core/timeAudit/calendarFiles';
import { DEFAULT_CATEGORY_RULES } from '../../../../src/core/timeAudit/categoryRules';

describe('the journal\'s calendar files (.calendar/)', () => {
  it('writes sources.yml so that it reads back as the same list, with odd paths intact', () => {
    const calendars = ['/home/ana/Downloads/work.ics', 'C:\\Users\\Ana\\cal "2026".ics', 'exports/#team: calendar.ics', 'vscode-remote://ssh/home/a.ics'];
    const text = writeSourcesFile(calendars);
    assert.ok(text.startsWith('#'), 'the file says what it is for');
    assert.deepEqual(readSourcesFile(text), { calendars, problems: [] });
  });

  it('reads a hand-edited sources.yml, reporting what it cannot use', () => {
    const reading = readSourcesFile('calendars:\n  - a.ics\n  - 3\n  - a.ics\n');
    assert.deepEqual(reading.calendars, ['a.ics'], 'a path listed twice is read once');
    assert.deepEqual(reading.problems, ['sources.yml: calendars[1] should be the path of a file or folder; it is ignored.']);
    assert.equal(readSourcesFile('- a.ics\n').problems.length, 1, 'a bare list is not the expected shape');
    assert.match(readSourcesFile('calendars: [a.ics\n').problems[0] ?? '', /^sources\.yml:\d+: /);
    assert.deepEqual(readSourcesFile(''), { calendars: [], problems: [] });
  });

  it('reads rules.yml over the built-in rules, and a file that is not YAML leaves the built-in rules with the line named', () => {
    assert.equal(readRulesFile(undefined).rules, DEFAULT_CATEGORY_RULES);
    const broken = readRulesFile('categories:\n  one-on-one: { side: how\nrules: [\n');
    assert.equal(broken.rules, DEFAULT_CATEGORY_RULES);
    assert.match(broken.problems[0] ?? '', /^rules\.yml:\d+: it is not valid YAML .*the built-in rules apply until it is fixed\.$/);
    const mistaken = readRulesFile('rules:\n  - name: Customers\n    category: customer\n    title: [client]\n');
    assert.deepEqual(mistaken.rules.rules, []);
    assert.match(mistaken.problems[0] ?? '', /^rules\.yml: rules\[0\]\.category: "customer" is not a category/);
  });

  it('starts a rules.yml that changes nothing until edited, and shows every built-in category and rule', () => {
    const text = starterRulesFile();
    assert.equal(parse(text), null, 'everything in it is a comment');
    assert.deepEqual(readRulesFile(text), { rules: DEFAULT_CATEGORY_RULES, problems: [] });
    for (const category of DEFAULT_CATEGORY_RULES.categories) {
      assert.ok(text.includes(`#   ${category.id}: `), category.id);
    }
    for (const rule of DEFAULT_CATEGORY_RULES.rules) {
      assert.ok(text.includes(`#   - name: "${rule.name}"`), rule.name);
    }
    // Uncommenting the rules gives the built-in list back.
    const uncommented = text.split('\n').filter((line) => line.startsWith('# rules:') || line.startsWith('#   - ') || line.startsWith('#     ')).map((line) => line.slice(2)).join('\n');
    assert.deepEqual(readRulesFile(uncommented), { rules: DEFAULT_CATEGORY_RULES, problems: [] });
  });
});
