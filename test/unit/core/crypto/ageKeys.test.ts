import * as assert from 'node:assert/strict';
import { isAgeFileBytes, isAgeFileText, newIdentity, parseIdentities, parseRecipients, recipientOf, recipientProblem } from '../../../../src/core/crypto/ageKeys';
import { passphraseFromFile } from '../../../../src/core/crypto/passphrase';

describe('crypto: age keys and passphrase files', () => {
  it('writes an identity file as age-keygen does, and reads it back', async () => {
    const key = await newIdentity(new Date(Date.UTC(2026, 10, 23, 9, 30, 15, 250)));
    assert.match(key.identity, /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    assert.match(key.recipient, /^age1[0-9a-z]{58}$/);
    assert.equal(key.fileText, `# created: 2026-11-23T09:30:15Z\n# public key: ${key.recipient}\n${key.identity}\n`);
    assert.deepEqual(await parseIdentities(key.fileText), { ok: true, keys: [key.identity] });
    assert.equal(await recipientOf(key.identity), key.recipient);
  });

  it('reads several identities, CRLF, a BOM, blank lines and comments', async () => {
    const [a, b] = [await newIdentity(new Date()), await newIdentity(new Date())];
    const text = `\uFEFF# mine\r\n\r\n  ${a.identity}  \r\n# backup\r\n${b.identity}\r\n`;
    assert.deepEqual(await parseIdentities(text), { ok: true, keys: [a.identity, b.identity] });
  });

  it('names the line it cannot use, without repeating a secret', async () => {
    const key = await newIdentity(new Date());
    const broken = `${key.identity.slice(0, -1)}${key.identity.endsWith('Q') ? 'P' : 'Q'}`;
    const cases: [string, string][] = [
      ['', 'holds no identity (expected a line starting AGE-SECRET-KEY-1, as age-keygen writes)'],
      [`# c\n${broken}\n`, 'line 2 is not a valid age identity (a character is wrong or missing)'],
      ['AGE-PLUGIN-YUBIKEY-1QQQ\n', 'line 1 is an age plugin identity, which this product cannot use'],
      [`${key.recipient}\n`, 'line 1 is not an age identity (expected AGE-SECRET-KEY-1…)'],
    ];
    for (const [text, message] of cases) {
      const parsed = await parseIdentities(text);
      assert.deepEqual(parsed, { ok: false, message });
    }
  });

  it('reads recipients one per line and explains the ones it cannot use', async () => {
    const [a, b] = [await newIdentity(new Date()), await newIdentity(new Date())];
    assert.deepEqual(parseRecipients(`# team\n${a.recipient}\n\n${b.recipient}\n`), { ok: true, keys: [a.recipient, b.recipient] });
    assert.deepEqual(parseRecipients('# nothing\n'), { ok: false, message: 'holds no recipient (expected a line starting age1)' });
    assert.match(recipientProblem('ssh-ed25519 AAAAC3Nz') ?? '', /SSH key/);
    // One checksum character changed (to another: the key is random, and may end in x already).
    const changed = a.recipient.endsWith('x') ? 'y' : 'x';
    assert.match(recipientProblem(`${a.recipient.slice(0, -1)}${changed}`) ?? '', /not a valid age recipient/);
    assert.match(recipientProblem(a.identity) ?? '', /is not an age recipient/);
    assert.equal(recipientProblem(a.recipient), undefined);
  });

  it('recognises an identity file that is itself age-encrypted', () => {
    assert.equal(isAgeFileText('age-encryption.org/v1\n-> scrypt …'), true);
    assert.equal(isAgeFileText('\n-----BEGIN AGE ENCRYPTED FILE-----\n'), true);
    assert.equal(isAgeFileText('# created: …\nAGE-SECRET-KEY-1…'), false);
    assert.equal(isAgeFileBytes(Uint8Array.from([...Buffer.from('age-encryption.org/v1\n-> X25519 a\n--- b\n'), 0xff, 0x00])), true, 'binary past the header');
    assert.equal(isAgeFileBytes(Uint8Array.of(0xff, 0x61)), false);
  });

  it('takes the first line of a passphrase file, keeping every character but the line ending', () => {
    assert.deepEqual(passphraseFromFile('  correct horse  \n'), { ok: true, passphrase: '  correct horse  ' });
    assert.deepEqual(passphraseFromFile('\uFEFFGrüße\r\nsecond line\n'), { ok: true, passphrase: 'Grüße' });
    assert.deepEqual(passphraseFromFile('no newline'), { ok: true, passphrase: 'no newline' });
    assert.deepEqual(passphraseFromFile('\nlater'), { ok: false, message: 'is empty: write the passphrase on its first line' });
    assert.deepEqual(passphraseFromFile(''), { ok: false, message: 'is empty: write the passphrase on its first line' });
  });
});

describe('crypto: X25519 identities as WebCrypto keys', () => {
  it('decodes the scalar of an identity as the library encodes it, checksum checked', async () => {
    const { x25519Scalar, importX25519Identity } = await import('../../../../src/core/crypto/x25519Key');
    for (let i = 0; i < 20; i++) {
      const key = await newIdentity(new Date());
      const scalar = x25519Scalar(key.identity);
      assert.equal(scalar?.length, 32);
      assert.ok(await importX25519Identity(key.identity) !== undefined, 'Node has X25519 in WebCrypto');
      const last = key.identity.at(-1) === 'Q' ? 'P' : 'Q';
      assert.equal(x25519Scalar(`${key.identity.slice(0, -1)}${last}`), undefined, 'a wrong checksum');
      assert.equal(x25519Scalar(key.identity.toLowerCase()), undefined, 'age writes identities in upper case');
      assert.equal(x25519Scalar(key.recipient), undefined);
    }
    assert.equal(await importX25519Identity('AGE-SECRET-KEY-1QQQ'), undefined);
  });
});
