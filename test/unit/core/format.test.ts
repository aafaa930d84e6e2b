// How shares, counts and ids read in the product's English text: the same on every surface.
import * as assert from 'node:assert/strict';
import { capitalise, delta, percent, percentNumber, plural, pluralWord, sentenceCase } from '../../../src/core/text/format';

describe('text formatting', () => {
  it('writes a share as whole percent, with the reports\' gap when asked, and a dash for nothing tagged', () => {
    assert.equal(percent(0.624), '62%');
    assert.equal(percent(0.625, ' '), '63 %');
    assert.equal(percent(0), '0%');
    assert.equal(percent(null), '—');
    assert.equal(percentNumber(1), '100');
    assert.equal(percentNumber(null), '');
  });

  it('counts in the singular only for one', () => {
    assert.equal(plural(1, 'entry', 'entries'), '1 entry');
    assert.equal(plural(0, 'entry', 'entries'), '0 entries');
    assert.equal(plural(3, 'week'), '3 weeks');
    assert.equal(pluralWord(2, 'person', 'people'), 'people');
    assert.equal(plural(1234, 'file', 'files', (count) => count.toLocaleString('en-US')), '1,234 files');
  });

  it('signs a difference with a real minus, in points for shares and one decimal for counts', () => {
    assert.equal(delta(0.034, 'share'), '+3 pt');
    assert.equal(delta(-1.54, 'count'), '\u22121.5');
    assert.equal(delta(0.001, 'share'), '±0');
    assert.equal(delta(null, 'count'), '—');
    assert.equal(delta(0.2, 'share', { points: (points) => `${points} Pkt.`, count: String }), '+20 Pkt.');
  });

  it('names an id no table names yet', () => {
    assert.equal(sentenceCase('micromanaging-leader'), 'Micromanaging leader');
    assert.equal(capitalise('this week'), 'This week');
  });
});
