import * as assert from 'node:assert/strict';
import { addAlias } from '../../../../src/core/reflect/peopleFileEdit';
import { mergeOffer, mergeStart, mergeWrite } from '../../../../src/extension/people/mergePlan';

describe('Merge People… decisions (mergePlan.ts)', () => {
  it('merges a pair given at once, and otherwise reads the suggestions first', () => {
    assert.equal(mergeStart({ alias: 'priya', name: 'Priya Raman' }), 'merge-given');
    assert.equal(mergeStart({ alias: '', name: 'Priya Raman' }), 'suggest', 'an empty alias is no pair');
    assert.equal(mergeStart({ alias: 'priya', name: '' }), 'suggest');
    assert.equal(mergeStart(undefined), 'suggest');
  });

  it('offers the suggestions to pick from, or says there is nothing to merge', () => {
    assert.equal(mergeOffer([{ alias: 'priya', name: 'Priya Raman' }]), 'pick');
    assert.equal(mergeOffer([]), 'nothing');
  });

  it('writes people.yml with the new line (creating it when there is none), and leaves it when it says so already', () => {
    const created = mergeWrite(addAlias('', 'Priya Raman', 'priya'));
    assert.equal(created.kind, 'write');
    assert.match(created.kind === 'write' ? created.text : '', /^Priya Raman: \[priya\]\n?$/m);
    const kept = 'Priya Raman: [priya]\n';
    assert.deepEqual(mergeWrite(addAlias(kept, 'Priya Raman', 'priya')), { kind: 'unchanged' });
  });

  it('writes nothing over unsaved changes, or when the edit is refused, saying why', () => {
    assert.deepEqual(mergeWrite('unsaved'), { kind: 'unsaved' });
    assert.deepEqual(mergeWrite(addAlias('Ana Lima: [priya]\n', 'Priya Raman', 'priya')), { kind: 'refused', reason: 'taken' });
    assert.deepEqual(mergeWrite(addAlias('- just\n- a list\n', 'Priya Raman', 'priya')), { kind: 'refused', reason: 'not-a-list' });
    assert.deepEqual(mergeWrite(addAlias('a: [b\n', 'Priya Raman', 'priya')), { kind: 'refused', reason: 'not-a-list' }, 'not YAML');
  });
});
