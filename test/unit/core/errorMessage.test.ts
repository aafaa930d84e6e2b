// What a person reads when something fails: the error's own message, or whatever was thrown as text,
// or the caller's words for a failure it knows by its code.
import * as assert from 'node:assert/strict';
import { asError, errorCode, errorMessage, errorReport } from '../../../src/core/text/errorMessage';

/** A failure with a system code, as Node's fs and VS Code's `FileSystemError` throw them. */
function coded(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('errorMessage', () => {
  it('reads an Error by its message and anything else thrown as text', () => {
    assert.equal(errorMessage(new Error('EACCES: permission denied')), 'EACCES: permission denied');
    assert.equal(errorMessage(new TypeError('not a function')), 'not a function');
    assert.equal(errorMessage('disk full'), 'disk full');
    assert.equal(errorMessage(42), '42');
    assert.equal(errorMessage(undefined), 'undefined');
  });

  it('says a failure the caller knows by its code in the caller\'s words, and any other as it is', () => {
    const readOnly = { NoPermissions: 'the folder is read-only' };
    assert.equal(errorMessage(coded('NoPermissions (FileSystemError): /journal/2026-03-09.md', 'NoPermissions'), readOnly), 'the folder is read-only');
    assert.equal(errorMessage(coded('ENOSPC: no space left on device', 'ENOSPC'), readOnly), 'ENOSPC: no space left on device');
    assert.equal(errorMessage(new Error('plain'), readOnly), 'plain');
    assert.equal(errorMessage(coded('inherited', 'toString'), readOnly), 'inherited', 'only the caller\'s own words');
    assert.equal(errorMessage({ code: 'NoPermissions' }, readOnly), 'the folder is read-only');
  });

  it('reads a system code where there is one', () => {
    assert.equal(errorCode(coded('busy', 'EBUSY')), 'EBUSY');
    assert.equal(errorCode(Object.assign(new Error('numbered'), { code: 5 })), undefined);
    assert.equal(errorCode(new Error('none')), undefined);
    assert.equal(errorCode(null), undefined);
  });

  it('keeps an Error as it is and wraps anything else', () => {
    const error = new RangeError('too long');
    assert.equal(asError(error), error);
    assert.equal(asError('gone').message, 'gone');
    assert.ok(asError(null) instanceof Error);
  });

  it('reports an unexpected failure with its stack, or as errorMessage says it when it has none', () => {
    const error = new Error('the index is corrupt');
    assert.equal(errorReport(error), error.stack);
    assert.match(errorReport(error), /^Error: the index is corrupt\n\s+at /);
    assert.equal(errorReport(Object.assign(new Error('no stack'), { stack: undefined })), 'no stack');
    assert.equal(errorReport('thrown text'), 'thrown text');
  });
});
