// Reading an age file's header without opening it: the text's length told from the file's length,
// and the scrypt work factor of a passphrase file — checked against files the library writes.
import * as assert from 'node:assert/strict';
import { armor } from 'age-encryption';
import { createSealer } from '../../../../src/core/crypto/ageFile';
import { plaintextSizeOf, scryptWorkFactorOf } from '../../../../src/core/crypto/ageHeader';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import { utf8 } from '../../../../src/core/crypto/bytes';

const CHUNK = 64 * 1024;

describe('crypto: an age header read without opening the file', () => {
  it('tells the length of the sealed text from the file\'s length, at every chunk boundary', async () => {
    const key = await newIdentity(new Date());
    const sealer = createSealer({ recipients: [key.recipient, (await newIdentity(new Date())).recipient] });
    for (const length of [0, 1, 2_000, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17]) {
      const file = await sealer.seal(new Uint8Array(length).fill(0x61));
      assert.equal(plaintextSizeOf(file), length, `${length} bytes`);
    }
  });

  it('cannot tell, and says so, for a file that is armored, cut short, of a length age never writes, or not age', async () => {
    const key = await newIdentity(new Date());
    const sealer = createSealer({ recipients: [key.recipient] });
    const empty = await sealer.seal(new Uint8Array(0));
    assert.equal(plaintextSizeOf(empty.subarray(0, empty.length - 1)), undefined, 'no room for the one chunk\'s tag');
    const full = await sealer.seal(new Uint8Array(CHUNK));
    assert.equal(plaintextSizeOf(Uint8Array.from([...full, ...new Uint8Array(16)])), undefined, 'an empty chunk after a full one');
    const two = await sealer.seal(new Uint8Array(2 * CHUNK));
    assert.equal(plaintextSizeOf(Uint8Array.from([...two, 1, 2, 3, 4, 5])), undefined, 'a last chunk shorter than its tag');
    assert.equal(plaintextSizeOf(utf8(armor.encode(full))), undefined, 'armored');
    assert.equal(plaintextSizeOf(full.subarray(0, 40)), undefined, 'cut in the header');
    assert.equal(plaintextSizeOf(utf8('# Monday\n\nNot age at all.\n')), undefined, 'not age');
  });

  it('reads the scrypt work factor of a passphrase file, and none from a file sealed to a key', async () => {
    const file = await createSealer({ passphrase: 'Grüße', workFactor: 10 }).seal(utf8('x'));
    assert.equal(scryptWorkFactorOf(file), 10);
    const key = await newIdentity(new Date());
    assert.equal(scryptWorkFactorOf(await createSealer({ recipients: [key.recipient] }).seal(utf8('x'))), undefined);
    assert.equal(scryptWorkFactorOf(utf8('age-encryption.org/v1\n-> scrypt c2FsdA 99x\n--- AAAA\n')), undefined, 'not a number age writes');
    assert.equal(scryptWorkFactorOf(utf8('not age\n')), undefined);
  });
});
