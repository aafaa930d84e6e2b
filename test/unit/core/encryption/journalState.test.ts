// The descriptor (`.leadership-journal/encryption.json`): what it keeps, and that it is read strictly.
import * as assert from 'node:assert/strict';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { descriptorBytes, parseDescriptor } from '../../../../src/core/encryption/journalState';

describe('encryption: the journal descriptor', () => {
  it('keeps the mode, the kind of names and any backup recipients, and nothing secret', async () => {
    const backup = await newIdentity(new Date());
    const bytes = descriptorBytes({ mode: 'identity', names: 'opaque', recipients: [backup.recipient] });
    assert.deepEqual(parseDescriptor(bytes), { mode: 'identity', names: 'opaque', recipients: [backup.recipient] });
    assert.ok(!Buffer.from(bytes).toString().includes('AGE-SECRET-KEY'), 'no identity in it');
    assert.deepEqual(parseDescriptor(descriptorBytes({ mode: 'passphrase', names: 'readable' })), { mode: 'passphrase', names: 'readable' });
  });

  it('refuses recipients that are not age public keys', () => {
    const descriptor = (recipients: unknown): Uint8Array => utf8(JSON.stringify({ format: 'leadership-journal-encryption', version: 1, mode: 'identity', names: 'readable', recipients }));
    for (const recipients of ['age1abc', [42], ['ssh-ed25519 AAAA'], ['AGE-SECRET-KEY-1QQQ'], ['age1bio']]) {
      assert.equal(parseDescriptor(descriptor(recipients)), 'lists recipients that are not age public keys (age1…)', JSON.stringify(recipients));
    }
  });
});
