// What a command that asks for a person offers: the people the journal knows, and a typed new name.
import * as assert from 'node:assert/strict';
import { personChoices } from '../../../../src/core/reflect/personChoices';

const KNOWN = [{ name: 'Priya Raman', entries: 3 }, { name: 'Ana María López', entries: 2 }];

describe('reflect: choosing a person', () => {
  it('offers the known people, most named first, before anything is typed', () => {
    assert.deepEqual(personChoices(KNOWN, ''), [{ name: 'Priya Raman', entries: 3 }, { name: 'Ana María López', entries: 2 }]);
  });

  it('offers a typed new name first, and does not offer a known name twice however it is typed', () => {
    assert.deepEqual(personChoices(KNOWN, ' Sam ').map((choice) => choice.name), ['Sam', 'Priya Raman', 'Ana María López']);
    assert.equal(personChoices(KNOWN, 'Sam')[0]?.entries, undefined);
    assert.deepEqual(personChoices(KNOWN, 'ana maria lopez').map((choice) => choice.name), ['Priya Raman', 'Ana María López']);
    assert.deepEqual(personChoices(KNOWN, 'priya').map((choice) => choice.name), ['priya', 'Priya Raman', 'Ana María López']);
  });
});
