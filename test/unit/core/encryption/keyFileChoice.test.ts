// The extension's decisions for journals encrypted to age keys in a file (core/encryption/
// keyFileChoice.ts): which identity file is tried, when its path is remembered, and which keys the
// extension takes (X25519 only; its bundle leaves out post-quantum and P-256 code).
import * as assert from 'node:assert/strict';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import {
  expandHome, identitiesProblem, identitySource, parseRecipientList, recipientsProblem, shouldRemember, type IdentitySourceInput,
} from '../../../../src/core/encryption/keyFileChoice';

const BASE: IdentitySourceInput = { setting: '', remembered: undefined, choosing: false };
/** A post-quantum recipient's shape (the library's `age1pq1…`); its checksum is never asked for. */
const PQ_RECIPIENT = `age1pq1${'q'.repeat(60)}`;

describe('encryption: which identity file the extension uses', () => {
  it('asks when nothing is set or remembered', () => {
    assert.deepEqual(identitySource(BASE), { kind: 'ask' });
    assert.deepEqual(identitySource({ ...BASE, setting: '   ', remembered: '' }), { kind: 'ask' });
  });

  it('takes the setting, trimmed, when nothing was picked in this workspace', () => {
    assert.deepEqual(identitySource({ ...BASE, setting: ' ~/.config/age/key.txt ' }), { kind: 'file', path: '~/.config/age/key.txt', from: 'setting' });
  });

  it('prefers the file picked in this workspace to the setting (the more specific choice)', () => {
    assert.deepEqual(identitySource({ ...BASE, setting: '/a/key.txt', remembered: '/b/key.txt' }), { kind: 'file', path: '/b/key.txt', from: 'remembered' });
  });

  it('asks when the user chose to pick another file, whatever is set', () => {
    assert.deepEqual(identitySource({ ...BASE, setting: '/a/key.txt', remembered: '/b/key.txt', choosing: true }), { kind: 'ask' });
  });

  it('remembers a picked file that opened the journal, and nothing else', () => {
    assert.equal(shouldRemember({ kind: 'ask' }, '/b/key.txt', undefined), true);
    assert.equal(shouldRemember({ kind: 'ask' }, '/b/key.txt', '/a/key.txt'), true, 'a new pick replaces the old one');
    assert.equal(shouldRemember({ kind: 'ask' }, '/b/key.txt', '/b/key.txt'), false, 'already remembered');
    assert.equal(shouldRemember({ kind: 'file', path: '/a/key.txt', from: 'setting' }, '/a/key.txt', undefined), false, 'the setting is found there again');
    assert.equal(shouldRemember({ kind: 'file', path: '/b/key.txt', from: 'remembered' }, '/b/key.txt', '/b/key.txt'), false);
  });

  it('reads ~ as the home folder, on POSIX and Windows paths', () => {
    assert.equal(expandHome('~/.config/age/key.txt', '/home/ana'), '/home/ana/.config/age/key.txt');
    assert.equal(expandHome('~', '/home/ana/'), '/home/ana/');
    assert.equal(expandHome('~\\keys\\age.txt', 'C:\\Users\\ana'), 'C:\\Users\\ana\\keys\\age.txt');
    assert.equal(expandHome(' /etc/key.txt ', '/home/ana'), '/etc/key.txt');
    assert.equal(expandHome('~ana/key.txt', '/home/me'), '~ana/key.txt', 'another user\'s home is not guessed');
  });
});

describe('encryption: the keys the extension can use', () => {
  it('takes X25519 identities and refuses a post-quantum one, saying the command line reads it', async () => {
    const key = await newIdentity(new Date());
    assert.equal(identitiesProblem([key.identity]), undefined);
    const problem = identitiesProblem([key.identity, 'AGE-SECRET-KEY-PQ-1QQQQ']);
    assert.match(problem ?? '', /^key 2 of the identity file is not an X25519 key: .*command line/);
    assert.ok(!(problem ?? '').includes('AGE-SECRET-KEY-PQ-1QQQQ'), 'the secret key is not echoed');
  });

  it('refuses a journal whose backup recipients the extension cannot seal to', async () => {
    const key = await newIdentity(new Date());
    assert.equal(recipientsProblem([key.recipient]), undefined);
    assert.equal(recipientsProblem([]), undefined);
    assert.match(recipientsProblem([key.recipient, PQ_RECIPIENT]) ?? '', /^the journal is also encrypted to age1pq1qqqqq…, which is not an X25519 key/);
  });

  it('reads extra recipients typed on one line: spaces, commas, duplicates, nothing', async () => {
    const [a, b] = await Promise.all([newIdentity(new Date()), newIdentity(new Date())]);
    assert.deepEqual(parseRecipientList(''), { ok: true, value: [] });
    assert.deepEqual(parseRecipientList('   '), { ok: true, value: [] });
    assert.deepEqual(parseRecipientList(` ${a.recipient}, ${b.recipient}\t${a.recipient} `), { ok: true, value: [a.recipient, b.recipient] });
  });

  it('refuses a mistyped, SSH or post-quantum recipient with why', async () => {
    const a = await newIdentity(new Date());
    const typo = `${a.recipient.slice(0, -1)}${a.recipient.endsWith('q') ? 'p' : 'q'}`;
    const cases: [string, RegExp][] = [
      [typo, /is not a valid age recipient/],
      ['ssh-ed25519 AAAAC3Nza', /an SSH key/],
      ['hello', /is not an age recipient/],
      [PQ_RECIPIENT, /not an X25519 key: .*command line/],
    ];
    for (const [text, message] of cases) {
      const parsed = parseRecipientList(`${a.recipient} ${text}`);
      assert.ok(!parsed.ok, text);
      assert.match(parsed.message, message, text);
    }
  });
});
