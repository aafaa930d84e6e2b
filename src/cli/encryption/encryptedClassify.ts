// `classify FILE... --passphrase-file FILE` (or `--identity FILE`): classify.ts as it is, reading each
// `*.age` file by decrypting it. A passphrase opens a journal entry through the journal's key file,
// found in the nearest `.leadership-journal/` folder above the entry, and opens files `age -p` wrote
// directly.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createOpener, type AgeOpener } from '../../core/crypto/ageFile';
import type { Credential } from '../../core/encryption/journalKey';
import { KEY_PATH } from '../../core/encryption/layout';
import { runClassify } from '../classify';
import type { CliIo } from '../io';
import { journalReadingKeys } from './encryptedJournal';

/** The journal folder above `file` that holds a key file, or undefined. */
function journalOf(file: string): string | undefined {
  for (let folder = dirname(resolve(file)); ; folder = dirname(folder)) {
    if (existsSync(join(folder, ...KEY_PATH.split('/')))) {
      return folder;
    }
    if (dirname(folder) === folder) {
      return undefined;
    }
  }
}

export function runEncryptedClassify(args: readonly string[], credential: Credential, io: CliIo): Promise<number> {
  const openers = new Map<string, Promise<AgeOpener | string>>();
  const openerFor = (file: string): Promise<AgeOpener | string> => {
    const journal = credential.kind === 'passphrase' ? journalOf(file) ?? '' : '';
    let opener = openers.get(journal);
    if (opener === undefined) {
      opener = journalReadingKeys(journal === '' ? dirname(resolve(file)) : journal, credential)
        .then((keys) => (keys.ok ? createOpener(keys.value.open) : keys.message));
      openers.set(journal, opener);
    }
    return opener;
  };
  const decrypting: CliIo = {
    ...io,
    readFile: async (path) => {
      if (!path.toLowerCase().endsWith('.age')) {
        return io.readFile(path);
      }
      const opener = await openerFor(path);
      if (typeof opener === 'string') {
        throw new Error(opener);
      }
      const opened = await opener.open('this file', new Uint8Array(await readFile(path)));
      if (!opened.ok) {
        throw new Error(opened.failure.message);
      }
      return Buffer.from(opened.bytes).toString('utf8');
    },
  };
  return runClassify(args, decrypting);
}
