// What a person reads when something fails: the error's own message, or whatever was thrown as text.
import * as assert from 'node:assert/strict';
import { asError, errorMessage } from '../../../src/core/text/errorMessage';

describe('errorMessage', () => {
  it('reads an Error by its message and anything else thrown as text', () => {
    assert.equal(errorMessage(new Error('EACCES: permission denied')), 'EACCES: permission denied');
    assert.equal(errorMessage(new TypeError('not a function')), 'not a function');
    assert.equal(errorMessage('disk full'), 'disk full');
    assert.equal(errorMessage(42), '42');
    assert.equal(errorMessage(undefined), 'undefined');
  });

  it('keeps an Error as it is and wraps anything else', () => {
    const error = new RangeError('too long');
    assert.equal(asError(error), error);
    assert.equal(asError('gone').message, 'gone');
    assert.ok(asError(null) instanceof Error);
  });
});
