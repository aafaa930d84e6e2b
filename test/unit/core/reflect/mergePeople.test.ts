// One person, two names: the suggestion to merge `@priya` into "Priya Raman", and the one-line change
// to people.yml that accepting it makes.
import * as assert from 'node:assert/strict';
import { mergeSuggestions } from '../../../../src/core/reflect/mergeSuggestions';
import { collectPeople, withListedNames } from '../../../../src/core/reflect/people';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { addAlias } from '../../../../src/core/reflect/peopleFileEdit';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { personSource as record } from '../../../support/personSources';

const RECORDS = [
  record('2026-12-01', ['Priya Raman']),
  record('2026-12-02', [], ['priya']),
  record('2026-12-03', [], ['priya', 'sam']),
  record('2026-12-04', ['Sam Lee', 'Sam Ortiz']),
  record('2026-12-05', [], ['bo']),
];

describe('reflect: one person, two names', () => {
  it('suggests the short name as an alias of the one full name it begins, and nothing where it could be several', () => {
    const people = collectPeople(RECORDS, createPeopleDirectory([]));
    assert.deepEqual(people.map((person) => person.name).sort(), ['Priya Raman', 'Sam Lee', 'Sam Ortiz', 'bo', 'priya', 'sam']);
    const suggestions = mergeSuggestions(people);
    assert.deepEqual(suggestions.map(({ alias, name, aliasEntries, nameEntries }) => ({ alias, name, aliasEntries, nameEntries })),
      [{ alias: 'priya', name: 'Priya Raman', aliasEntries: 2, nameEntries: 1 }]);
  });

  it('suggests nothing once people.yml holds the merge, and the two names are one person', () => {
    const accepted = addAlias('', 'Priya Raman', 'priya');
    assert.ok(accepted.ok);
    const directory = createPeopleDirectory(parsePeopleFile(accepted.text).people);
    const people = collectPeople(RECORDS, directory);
    const priya = people.find((person) => person.name === 'Priya Raman');
    assert.equal(priya?.entries.length, 3);
    assert.ok(!people.some((person) => person.name === 'priya'));
    assert.deepEqual(mergeSuggestions(people), []);
  });
});

describe('the trends\' people counts', () => {
  it('count a person once per entry under the name people.yml gives them', () => {
    const directory = createPeopleDirectory(parsePeopleFile('Priya Raman: [priya]\n').people);
    const entries = withListedNames([record('2026-12-01', ['Priya Raman']), record('2026-12-02', ['priya', 'Priya Raman', 'Bo'])], directory);
    assert.deepEqual(entries.map((entry) => entry.people), [['Priya Raman'], ['Priya Raman', 'Bo']]);
  });
});

describe('people.yml: adding an alias on the user\'s click', () => {
  it('adds a line for a person not listed, keeping every byte before it', () => {
    const text = '# my people\nAna María López: [ana] # the new lead\r\nSam Lee: [sam.lee]';
    const edit = addAlias(text, 'Priya Raman', '@priya');
    assert.ok(edit.ok && edit.changed);
    assert.equal(edit.text, `${text}\r\nPriya Raman: [priya]\r\n`);
    assert.deepEqual(parsePeopleFile(edit.text).problems, []);
  });

  it('adds to a listed person\'s flow list or empty value, and quotes a name YAML would misread', () => {
    const listed = addAlias('Priya Raman: [pr] # keep\nBo: []\n', 'priya raman', 'priya');
    assert.ok(listed.ok);
    assert.equal(listed.text, 'Priya Raman: [pr, priya] # keep\nBo: []\n');
    const empty = addAlias('Bo:\nPriya Raman:\n', 'Priya Raman', 'priya');
    assert.ok(empty.ok);
    assert.equal(empty.text, 'Bo:\nPriya Raman: [priya]\n');
    // A person with a cadence is written in the long form; the alias joins its list, the cadence stays.
    const long = addAlias('Priya Raman:\n  aliases: [pr]\n  cadence: 2w\nBo:\n  cadence: 14d\n  aliases:\n', 'Priya Raman', 'priya');
    assert.deepEqual(long, { ok: true, text: 'Priya Raman:\n  aliases: [pr, priya]\n  cadence: 2w\nBo:\n  cadence: 14d\n  aliases:\n', changed: true });
    const bo = addAlias('Bo:\n  cadence: 14d\n  aliases:\n', 'Bo', 'bobo');
    assert.deepEqual(bo, { ok: true, text: 'Bo:\n  cadence: 14d\n  aliases: [bobo]\n', changed: true });
    assert.deepEqual(parsePeopleFile(bo.ok ? bo.text : '').people, [{ name: 'Bo', aliases: ['bobo'], cadence: parsePeopleFile('Bo:\n  cadence: 14d\n').people[0]?.cadence }]);
    assert.deepEqual(addAlias('Bo:\n  cadence: 14d\n', 'Bo', 'bobo'), { ok: false, reason: 'shape' });
    const odd = addAlias('', 'Yes: the boss', 'no');
    assert.ok(odd.ok);
    assert.equal(odd.text, '"Yes: the boss": ["no"]\n');
    assert.deepEqual(parsePeopleFile(odd.text).people, [{ name: 'Yes: the boss', aliases: ['no'] }]);
  });

  it('changes nothing when the alias is already theirs, and refuses one that is someone else\'s, or a shape it cannot edit safely', () => {
    assert.deepEqual(addAlias('Priya Raman: [priya]\n', 'Priya Raman', 'priya'), { ok: true, text: 'Priya Raman: [priya]\n', changed: false });
    assert.deepEqual(addAlias('Priya Shah: [priya]\n', 'Priya Raman', 'priya'), { ok: false, reason: 'taken' });
    assert.deepEqual(addAlias('Priya Raman:\n  - pr\n', 'Priya Raman', 'priya'), { ok: false, reason: 'shape' });
    assert.deepEqual(addAlias('Priya: [\n', 'Priya Raman', 'priya'), { ok: false, reason: 'not-yaml' });
  });
});
