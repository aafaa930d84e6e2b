// The descriptor (`.leadership-journal/encryption.json`) and the migration marker (`migration.json`):
// what they keep, and that both are read strictly, by the same rules for the file and their own for
// their fields.
import * as assert from 'node:assert/strict';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { descriptorBytes, markerBytes, parseDescriptor, parseMarker, type MigrationMarker } from '../../../../src/core/encryption/journalState';

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

  it('reads the migration marker back, and refuses one with a field missing or of the wrong kind', () => {
    const marker: MigrationMarker = { operation: 'change-passphrase', undo: true, startedAt: '2026-03-09T10:00:00Z', done: 3, total: 7 };
    assert.deepEqual(parseMarker(markerBytes(marker)), marker);
    const written = JSON.parse(Buffer.from(markerBytes(marker)).toString()) as Record<string, unknown>;
    for (const broken of [{ ...written, done: '3' }, { ...written, operation: 'rekey' }, { ...written, undo: undefined }]) {
      assert.equal(parseMarker(utf8(JSON.stringify(broken))), 'is incomplete', JSON.stringify(broken));
    }
  });

  it('refuses, for both files, what is not JSON, not an object, another file\'s format or another version', () => {
    const descriptor = descriptorBytes({ mode: 'passphrase', names: 'readable' });
    const marker = markerBytes({ operation: 'encrypt', undo: false, startedAt: '2026-03-09T10:00:00Z', done: 0, total: 1 });
    for (const parse of [parseDescriptor, parseMarker]) {
      assert.equal(parse(utf8('{"format": ')), 'is not the JSON this product writes');
      assert.equal(parse(utf8('[1, 2]')), 'is not the JSON this product writes');
      assert.equal(parse(Uint8Array.of(0xff, 0xfe)), 'is not the JSON this product writes');
    }
    assert.equal(parseDescriptor(marker), 'is not a leadership-journal-encryption file');
    assert.equal(parseMarker(descriptor), 'is not a leadership-journal-migration file');
    const later = (bytes: Uint8Array): Uint8Array => utf8(JSON.stringify({ ...(JSON.parse(Buffer.from(bytes).toString()) as object), version: 2 }));
    assert.equal(parseDescriptor(later(descriptor)), 'is version 2, which this version of the product does not read');
    assert.equal(parseMarker(later(marker)), 'is version 2, which this version of the product does not read');
  });
});
