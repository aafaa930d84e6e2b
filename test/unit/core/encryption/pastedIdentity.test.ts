// An age identity as a person pastes it into a one-line password box (core/encryption/pastedIdentity.ts),
// with real keys from Debian's `age-keygen`: the key line alone, a whole key file (with its line
// breaks, or with them dropped as a one-line box drops them), and what cannot open a journal — each
// named by its kind, so the box can say it in the user's language.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { pasteShapeProblem, readPastedIdentity } from '../../../../src/core/encryption/pastedIdentity';
import { requireAge } from '../../../support/ageTool';

interface Keygen {
  readonly fileText: string;
  readonly secret: string;
  readonly recipient: string;
}

/** A key file as `age-keygen` writes it to its standard output. */
function keygen(): Keygen {
  const run = spawnSync('age-keygen', [], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const secret = /^(AGE-SECRET-KEY-1\S+)$/m.exec(run.stdout)?.[1];
  const recipient = /public key: (age1\S+)/.exec(run.stdout)?.[1];
  assert.ok(secret !== undefined && recipient !== undefined, run.stdout);
  return { fileText: run.stdout, secret, recipient };
}

/** `key` with the character at `index` of its data part swapped for another of bech32's alphabet. */
function mistyped(key: string, index: number): string {
  const at = 'AGE-SECRET-KEY-1'.length + index;
  return key.slice(0, at) + (key[at] === 'Q' ? 'P' : 'Q') + key.slice(at + 1);
}

describe('encryption: an age identity pasted', () => {
  before(() => requireAge());

  it('reads the key line alone, with spaces or a line break around it', async () => {
    const key = keygen();
    assert.deepEqual(await readPastedIdentity(key.secret), { ok: true, identities: [key.secret] });
    assert.deepEqual(await readPastedIdentity(`  ${key.secret}\r\n`), { ok: true, identities: [key.secret] });
  });

  it('reads a whole key file, with its line breaks or with them dropped by a one-line box', async () => {
    const key = keygen();
    assert.match(key.fileText, /^# created: .*\n# public key: age1\S+\nAGE-SECRET-KEY-1\S+\n$/, 'as age-keygen writes it');
    assert.deepEqual(await readPastedIdentity(key.fileText), { ok: true, identities: [key.secret] });
    assert.deepEqual(await readPastedIdentity(key.fileText.replace(/\n/g, '')), { ok: true, identities: [key.secret] });
    assert.deepEqual(await readPastedIdentity(key.fileText.replace(/\n/g, '\r\n')), { ok: true, identities: [key.secret] });
  });

  it('reads every key of a file that holds two, once each, even run together', async () => {
    const one = keygen();
    const two = keygen();
    assert.deepEqual(await readPastedIdentity(one.fileText + two.fileText + one.secret), { ok: true, identities: [one.secret, two.secret] });
    assert.deepEqual(await readPastedIdentity(one.secret + two.secret), { ok: true, identities: [one.secret, two.secret] });
  });

  it('names what is not a key: nothing, the public key, other text, an encrypted key file', async () => {
    const key = keygen();
    assert.deepEqual(await readPastedIdentity('   '), { ok: false, problem: 'empty' });
    assert.deepEqual(await readPastedIdentity(key.recipient), { ok: false, problem: 'no-key' });
    assert.deepEqual(await readPastedIdentity('correct horse battery staple'), { ok: false, problem: 'no-key' });
    assert.deepEqual(await readPastedIdentity('-----BEGIN AGE ENCRYPTED FILE-----YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IHNjcnlwdCBh-----END AGE ENCRYPTED FILE-----'), { ok: false, problem: 'encrypted' });
    assert.deepEqual(await readPastedIdentity('age-encryption.org/v1\n-> scrypt abc 18\n'), { ok: false, problem: 'encrypted' });
  });

  it('refuses post-quantum and plugin keys, even beside an X25519 one, as the command line\'s', async () => {
    const key = keygen();
    const pq = `AGE-SECRET-KEY-PQ-1${'Q'.repeat(60)}`;
    const plugin = 'AGE-PLUGIN-YUBIKEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQ';
    assert.deepEqual(await readPastedIdentity(pq), { ok: false, problem: 'not-x25519' });
    assert.deepEqual(await readPastedIdentity(plugin), { ok: false, problem: 'not-x25519' });
    assert.deepEqual(await readPastedIdentity(`${key.secret}\n${pq}`), { ok: false, problem: 'not-x25519' });
  });

  it('refuses a key with a character wrong or missing, which the box tells only once its checksum is checked', async () => {
    const key = keygen();
    for (const index of [0, 20, 57]) {
      const wrong = mistyped(key.secret, index);
      assert.notEqual(wrong, key.secret);
      assert.equal(pasteShapeProblem(wrong), undefined, 'shaped like a key');
      assert.deepEqual(await readPastedIdentity(wrong), { ok: false, problem: 'invalid' }, `character ${index}`);
    }
    const short = key.secret.slice(0, -1);
    assert.equal(pasteShapeProblem(short), 'invalid');
    assert.deepEqual(await readPastedIdentity(short), { ok: false, problem: 'invalid' });
    const at = 'AGE-SECRET-KEY-1'.length + 10;
    assert.deepEqual(await readPastedIdentity(`${key.secret.slice(0, at)}O${key.secret.slice(at + 1)}`), { ok: false, problem: 'invalid' }, 'a letter bech32 never uses');
  });
});
