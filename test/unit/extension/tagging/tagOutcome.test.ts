import * as assert from 'node:assert/strict';
import { tagOutcome } from '../../../../src/extension/tagging/tagOutcome';

describe('Tag Entry and Unpin Tags outcome (tagOutcome.ts)', () => {
  it('saves an entry that was clean and now holds the new tags', () => {
    assert.deepEqual(tagOutcome('updated', false, true), { tell: undefined, save: true });
  });

  it('leaves unsaved an entry the person was editing', () => {
    assert.deepEqual(tagOutcome('updated', true, true), { tell: undefined, save: false });
  });

  it('saves nothing when nothing changed', () => {
    assert.deepEqual(tagOutcome('unchanged', false, false), { tell: undefined, save: false });
  });

  it('says why when nothing could be written, and saves nothing', () => {
    assert.deepEqual(tagOutcome('skipped', false, true), { tell: 'not-tagged', save: false });
  });

  it('says that hand-edited tags were kept and pinned, saving the pin into a clean entry', () => {
    assert.deepEqual(tagOutcome('pinned', false, true), { tell: 'pinned', save: true });
    assert.deepEqual(tagOutcome('pinned', true, true), { tell: 'pinned', save: false });
  });
});
