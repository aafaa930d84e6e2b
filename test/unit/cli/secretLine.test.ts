// Typing a passphrase at a terminal in raw mode: what the keystrokes make of the line.
import * as assert from 'node:assert/strict';
import { feedSecret, START, type SecretState } from '../../../src/cli/encryption/secretLine';

function typed(...chunks: string[]): SecretState {
  return chunks.reduce(feedSecret, START);
}

describe('cli: typing a passphrase without echo', () => {
  it('ends the line at Enter, across chunks, keeping spaces and any script', () => {
    assert.deepEqual(typed('Grüße, ', 'Zoë 🙂', '\r'), { kind: 'done', text: 'Grüße, Zoë 🙂' });
    assert.deepEqual(typed('a b\n'), { kind: 'done', text: 'a b' });
  });

  it('removes a whole character on Backspace and the line on Ctrl-U', () => {
    assert.deepEqual(typed('ab🙂\u007f\u007fc\r'), { kind: 'done', text: 'ac' });
    assert.deepEqual(typed('wrong\u0015right\b\r'), { kind: 'done', text: 'righ' });
  });

  it('ignores arrow keys and other control characters', () => {
    assert.deepEqual(typed('x\u001b[D\u001bOAy\u0007\tz\r'), { kind: 'done', text: 'xyz' });
  });

  it('cancels on Ctrl-C, and on Ctrl-D with nothing typed', () => {
    assert.deepEqual(typed('secret\u0003'), { kind: 'cancelled' });
    assert.deepEqual(typed('\u0004'), { kind: 'cancelled' });
    assert.equal(typed('ab\u0004').kind, 'typing', 'Ctrl-D after text does not end it');
  });
});
