// The encryption commands' key options as a user types them: each passphrase from a file or a
// variable, given once; the other arguments passed on in order.
import * as assert from 'node:assert/strict';
import { splitKeyOptions } from '../../../src/cli/encryption/keyOptions';

describe('cli: key options', () => {
  it('takes each passphrase from a file or a variable, in either spelling, and leaves the rest in order', () => {
    assert.deepEqual(splitKeyOptions(['journal', '--passphrase-env', 'LJ_OLD', '--new-passphrase-file=new.txt', '--undo', 'more']), {
      keys: {
        identityFiles: [], recipients: [], recipientsFiles: [], opaqueNames: false, undo: true,
        passphrase: { kind: 'env', name: 'LJ_OLD' }, newPassphrase: { kind: 'file', path: 'new.txt' },
      },
      rest: ['journal', 'more'],
    });
  });

  it('refuses a passphrase given twice, naming which one', () => {
    assert.equal(splitKeyOptions(['--passphrase-file', 'a', '--passphrase-env', 'B']), 'give the passphrase once (--passphrase-file or --passphrase-env)');
    assert.equal(splitKeyOptions(['--new-passphrase-env=A', '--new-passphrase-env', 'B']), 'give the new passphrase once (--new-passphrase-file or --new-passphrase-env)');
  });

  it('refuses both passphrases from standard input', () => {
    assert.equal(splitKeyOptions(['--passphrase-file', '-', '--new-passphrase-file=-']), 'only one of the passphrases can come from standard input (-)');
  });
});
