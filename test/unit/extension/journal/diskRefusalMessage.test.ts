// journal/diskRefusal.ts's diskRefusalMessage: the one choice every writing command makes of what to
// say (Customize Template…, Import Calendar…): its words for the disk's refusal, else its words
// around the error's own message — and the caller's reading wins over the error's.
import * as assert from 'node:assert/strict';
import { diskRefusalMessage, diskRefusalOf } from '../../../../src/extension/journal/diskRefusal';

const words = { full: 'full!', readOnly: 'read-only!', other: (message: string) => `other: ${message}` };
const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('extension: what a writing command says when the disk refuses (journal/diskRefusal.ts)', () => {
  it('says its words for a full or read-only disk, and anything else around the system\'s words', () => {
    assert.equal(diskRefusalMessage(diskRefusalOf(full), full, words), 'full!');
    const denied = Object.assign(new Error('permission'), { code: 'NoPermissions' });
    assert.equal(diskRefusalMessage(diskRefusalOf(denied), denied, words), 'read-only!');
    const other = new Error('something else');
    assert.equal(diskRefusalMessage(diskRefusalOf(other), other, words), 'other: something else');
  });

  it('takes the caller\'s reading: no refusal for an error that only looks like one', () => {
    assert.equal(diskRefusalMessage(undefined, full, words), 'other: ENOSPC: no space left on device, write');
  });
});
