import * as assert from 'node:assert/strict';
import { DEFAULT_CATEGORY_RULES } from '../../../../src/core/timeAudit/categoryRules';
import { readCategoryRules } from '../../../../src/core/timeAudit/readCategoryRules';

describe('time audit: reading the user\'s rules', () => {
  it('gives the built-in rules for an empty file', () => {
    assert.deepEqual(readCategoryRules(undefined), { rules: DEFAULT_CATEGORY_RULES, problems: [] });
    assert.deepEqual(readCategoryRules(null).problems, []);
  });

  it('changes sides, adds categories and replaces the rules in the order written', () => {
    const { rules, problems } = readCategoryRules({
      internalDomains: ['@Northwind.example'],
      categories: { 'one-on-one': { side: 'how' }, customer: { label: 'Customer work', side: 'how', meeting: 'always' } },
      rules: [
        { name: 'Customers', category: 'customer', title: ['customer', 'client'] },
        { category: 'one-on-one', people: 2 },
        { name: 'Big', category: 'team', people: { min: 6 }, external: false, allDay: false },
        { name: 'Numbers', category: 'planning', title: 2026 },
      ],
    });
    assert.deepEqual(problems, []);
    assert.equal(rules.categories.find((category) => category.id === 'one-on-one')?.side, 'how');
    assert.deepEqual(rules.categories.find((category) => category.id === 'customer'), { id: 'customer', label: 'Customer work', side: 'how', meeting: 'always' });
    assert.deepEqual(rules.rules.map((rule) => rule.name), ['Customers', 'Rule 2', 'Big', 'Numbers']);
    assert.deepEqual(rules.rules[1]?.people, { min: 2, max: 2 });
    assert.deepEqual(rules.rules[3]?.title, ['2026']);
    assert.deepEqual(rules.internalDomains, ['northwind.example']);
  });

  it('reports each mistake with where it is, leaves that part out and keeps the rest', () => {
    const { rules, problems } = readCategoryRules({
      colour: 'blue',
      categories: { 'one-on-one': { side: 'leading' }, 'Bad Id': { side: 'why' }, team: 'how', hiring: { side: 'how', size: 3 } },
      rules: [
        { name: 'No category', title: ['x'] },
        { name: 'Unknown category', category: 'customers', title: ['x'] },
        { name: 'Empty title', category: 'team', title: [] },
        { name: 'Bad people', category: 'team', people: { min: 4, max: 2 } },
        { name: 'Typo', category: 'team', titel: ['x'] },
        { name: 'Not a boolean', category: 'external', external: 'yes' },
        'just text',
        { name: 'Fine', category: 'focus', title: ['focus'] },
      ],
    });
    assert.deepEqual(problems.map((problem) => problem.path), [
      'colour', 'categories.one-on-one.side', 'categories.Bad Id', 'categories.team', 'categories.hiring.size',
      'rules[0].category', 'rules[1].category', 'rules[2].title', 'rules[3].people', 'rules[4].titel', 'rules[5].external', 'rules[6]',
    ]);
    assert.match(problems[1]?.message ?? '', /Expected one of why, how, neither; got "leading"\. The previous value stays\./);
    assert.match(problems[6]?.message ?? '', /"customers" is not a category; define it under categories, or use one of one-on-one, team/);
    assert.deepEqual(rules.rules.map((rule) => rule.name), ['Fine']);
    assert.equal(rules.categories.find((category) => category.id === 'one-on-one')?.side, 'why');
  });

  it('refuses a file that is not a mapping, or rules that are not a list, and says what applies instead', () => {
    const notMapping = readCategoryRules(['a', 'b']);
    assert.equal(notMapping.rules, DEFAULT_CATEGORY_RULES);
    assert.match(notMapping.problems[0]?.message ?? '', /got a list\. The built-in rules apply\./);
    const notList = readCategoryRules({ rules: { one: 1 } });
    assert.deepEqual(notList.rules.rules, []);
    assert.match(notList.problems[0]?.message ?? '', /rules should be a list; got a mapping\. No rule applies, so every event is "other"\./);
  });
});
