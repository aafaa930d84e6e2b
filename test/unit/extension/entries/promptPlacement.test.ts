import * as assert from 'node:assert/strict';
import { promptPlacement } from '../../../../src/extension/entries/promptPlacement';

describe('Insert Prompt placement (promptPlacement.ts)', () => {
  it('writes the heading on an empty line, with no blank line added above one that is empty or the first', () => {
    assert.deepEqual(promptPlacement(true, false), { before: '', at: 'line-start' });
  });

  it('adds a blank line between text above and the heading', () => {
    assert.deepEqual(promptPlacement(true, true), { before: '\n', at: 'line-start' });
  });

  it('never breaks a line of text: it goes after it, a blank line between', () => {
    assert.deepEqual(promptPlacement(false, true), { before: '\n\n', at: 'line-end' });
    assert.deepEqual(promptPlacement(false, false), { before: '\n\n', at: 'line-end' });
  });
});
