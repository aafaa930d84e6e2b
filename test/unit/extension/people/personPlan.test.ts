// What Open Person… decides (people/personPlan.ts): say how to name people when no one is named;
// open a given name through people.yml's aliases, or say no entry names it; otherwise ask, with the
// merges first; after a merge, the merged person; and each ambiguous first name logged once.
import * as assert from 'node:assert/strict';
import { collectPeople } from '../../../../src/core/reflect/people';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { addAlias } from '../../../../src/core/reflect/peopleFileEdit';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { mergedPerson, newlyAmbiguous, personNamed, personStart } from '../../../../src/extension/people/personPlan';
import { personSource as record } from '../../../support/personSources';

const RECORDS = [
  record('2026-12-01', ['Priya Raman']),
  record('2026-12-02', [], ['priya']),
  record('2026-12-03', [], ['priya', 'ana']),
  record('2026-12-04', ['Ana']),
  record('2026-12-05', [], ['ana']),
];

const LISTED = createPeopleDirectory(parsePeopleFile('Ana Lima: [ana]\n').people);

describe('extension: Open Person… decides (people/personPlan.ts)', () => {
  it('says how to name people when no entry names anyone, given a name or not', () => {
    assert.deepEqual(personStart([], LISTED, undefined), { kind: 'nobody' });
    assert.deepEqual(personStart([], LISTED, 'Ana'), { kind: 'nobody' });
  });

  it("opens a given name as people.yml resolves it (an alias, any case), and names the one no entry names", () => {
    const everyone = collectPeople(RECORDS, LISTED);
    const start = personStart(everyone, LISTED, 'ANA');
    assert.equal(start.kind, 'open');
    assert.equal(start.kind === 'open' ? `${start.person.name} ${start.person.entries.length}` : '', 'Ana Lima 3');
    assert.equal(personNamed(everyone, LISTED, '@Ana Lima')?.name, 'Ana Lima');
    assert.deepEqual(personStart(everyone, LISTED, 'Bo'), { kind: 'unknown', name: 'Bo' });
  });

  it('asks with no name: the merges people.yml could make on top, then everyone, most named first', () => {
    const everyone = collectPeople(RECORDS, LISTED);
    const start = personStart(everyone, LISTED, undefined);
    assert.equal(start.kind, 'ask');
    if (start.kind === 'ask') {
      assert.deepEqual(start.merges.map((merge) => `${merge.alias} → ${merge.name}`), ['priya → Priya Raman']);
      assert.deepEqual(start.people.map((person) => person.name), everyone.map((person) => person.name));
      assert.equal(start.people[0]?.name, 'Ana Lima');
    }
    const merged = createPeopleDirectory([]);
    const noMerges = personStart(collectPeople([record('2026-12-01', ['Ana'])], merged), merged, undefined);
    assert.deepEqual(noMerges.kind === 'ask' ? noMerges.merges : undefined, []);
  });

  it('after a merge is written, opens the full name with the alias\'s entries', () => {
    const accepted = addAlias('', 'Priya Raman', 'priya');
    assert.ok(accepted.ok);
    const directory = createPeopleDirectory(parsePeopleFile(accepted.text).people);
    const person = mergedPerson(RECORDS, directory, { name: 'Priya Raman' });
    assert.equal(person?.name, 'Priya Raman');
    assert.equal(person?.entries.length, 3);
  });

  it('logs each ambiguous first name once: only those not logged yet', () => {
    const directory = createPeopleDirectory(parsePeopleFile('Sam Lee: [sam.lee]\nSam Ortiz: [sam.ortiz]\n').people);
    const everyone = collectPeople([record('2026-12-01', [], ['sam']), record('2026-12-02', ['Sam Lee'])], directory);
    const first = newlyAmbiguous(everyone, new Set());
    assert.deepEqual(first.map((person) => `${person.name}: ${person.ambiguousWith.join(', ')}`), ['sam: Sam Lee, Sam Ortiz']);
    assert.deepEqual(newlyAmbiguous(everyone, new Set(first.map((person) => person.key))), []);
  });
});
