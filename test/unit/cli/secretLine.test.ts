// Typing a passphrase at a terminal in raw mode: what the keystrokes make of the line.
import * as assert from 'node:assert/strict';
import { feedSecret, START, type SecretState } from '../../../src/cli/encryption/secretLine';

function typed(...chunks: string[]): SecretState {
  return chunks.reduce(feedSecret, START);
}

describe('cli: typing a passphrase without echo', () => {
  it('ends the line at Enter, across chunks, keeping spaces and any script', () => {
    assert.deepEqual(typed('Grüße, ', 'Zoë 🙂', '\r'), { kind: 'done', text: 'Grüße, Zoë 🙂', rest: '' });
    assert.deepEqual(typed('a b\n'), { kind: 'done', text: 'a b', rest: '' });
  });

  it('keeps what was typed after Enter (typed ahead, or pasted) for the next question', () => {
    assert.deepEqual(typed('first\r\nsecond\rthird'), { kind: 'done', text: 'first', rest: 'second\rthird' });
    assert.deepEqual(typed('second\rthird'), { kind: 'done', text: 'second', rest: 'third' });
  });

  it('removes a whole character on Backspace and the line on Ctrl-U', () => {
    assert.deepEqual(typed('ab🙂\u007f\u007fc\r'), { kind: 'done', text: 'ac', rest: '' });
    assert.deepEqual(typed('wrong\u0015right\b\r'), { kind: 'done', text: 'righ', rest: '' });
  });

  it('ignores arrow keys and other control characters', () => {
    assert.deepEqual(typed('x\u001b[D\u001bOAy\u0007\tz\r'), { kind: 'done', text: 'xyz', rest: '' });
  });

  it('cancels on Ctrl-C, and on Ctrl-D with nothing typed', () => {
    assert.deepEqual(typed('secret\u0003'), { kind: 'cancelled' });
    assert.deepEqual(typed('\u0004'), { kind: 'cancelled' });
    assert.equal(typed('ab\u0004').kind, 'typing', 'Ctrl-D after text does not end it');
  });
});
