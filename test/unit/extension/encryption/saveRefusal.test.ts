// What a refused save into an encrypted journal says, in English and German, formatted with the
// shipped bundles as VS Code would: a full disk and a read-only one (as Node's fs and as VS Code's file
// service report them) each say what happened, that nothing was lost, and what to do; so does a save
// another window's change, delete or rename of the entry overtook (and what saving again does), an
// opaque journal's first save of an entry another window saved first, and one whose entry another
// window renamed (or renamed another onto) — those two as since this window read the names, not
// during the save — and, in other words, one whose
// write of the opaque journal's list of names (names.age) another window's overtook; any other
// failure is not a refusal and reaches VS Code as it is.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { KeptSavesFull } from '../../../../src/core/encryption/keptSaves';
import { NAMES_PATH, stagedPath } from '../../../../src/core/encryption/layout';
import { reason } from '../../../../src/core/encryption/reasons';
import { PartialTaken } from '../../../../src/core/encryption/safeWrites';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import type { Translator } from '../../../../src/core/text/format';
import { diskRefusalOf } from '../../../../src/extension/journal/diskRefusal';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';
import { systemError } from '../../../support/memoryJournalFs';

const PASSPHRASE = 'alt und bekannt';
const NEW_DAY = '2026/11/2026-11-25.md';

const translator = (language: 'en' | 'de'): Translator => bundleTranslator(language) as Translator;

/** An error as VS Code's file service gives it: its own code, Node's message. */
const fromVsCode = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe('encryption: what a refused save says', () => {
  it('tells a full disk from a read-only one, from Node\'s codes and from VS Code\'s errors', () => {
    assert.equal(diskRefusalOf(systemError('ENOSPC', 'no space left on device, write')), 'full');
    assert.equal(diskRefusalOf(systemError('EDQUOT', 'disk quota exceeded, write')), 'full');
    assert.equal(diskRefusalOf(fromVsCode('Unknown', 'ENOSPC: no space left on device, write')), 'full');
    for (const code of ['EROFS', 'EACCES', 'EPERM']) {
      assert.equal(diskRefusalOf(systemError(code, 'refused, open')), 'read-only', code);
    }
    assert.equal(diskRefusalOf(fromVsCode('NoPermissions', 'EACCES: permission denied, open')), 'read-only');
    assert.equal(diskRefusalOf(fromVsCode('Unknown', 'EROFS: read-only file system, open')), 'read-only');
    assert.equal(diskRefusalOf(systemError('EIO', 'i/o error, write')), undefined);
    assert.equal(saveRefusal(translator('en'), new Error('something else')), undefined);
  });

  it('says what happened, that nothing was lost, and what to do, in English and German', () => {
    assert.deepEqual(saveRefusal(translator('en'), systemError('ENOSPC', 'no space left on device, write')), {
      kind: 'NoPermissions',
      message: 'Not saved: the disk is full. Nothing was lost: what was saved before is unchanged on disk, and your text stays in the editor. Free some space, then save again.',
    });
    assert.deepEqual(saveRefusal(translator('de'), systemError('ENOSPC', 'no space left on device, write')), {
      kind: 'NoPermissions',
      message: 'Nicht gespeichert: Die Festplatte ist voll. Nichts ging verloren: Was zuvor gespeichert war, ist auf der Festplatte unverändert, und Ihr Text bleibt im Editor. Geben Sie Speicherplatz frei und speichern Sie dann erneut.',
    });
    assert.equal(
      saveRefusal(translator('de'), systemError('EROFS', 'read-only file system, open'))?.message,
      'Nicht gespeichert: In den Ordner des Journals kann nicht geschrieben werden (die Festplatte ist schreibgeschützt, oder der Zugriff wurde verweigert). Nichts ging verloren: Was zuvor gespeichert war, ist auf der Festplatte unverändert, und Ihr Text bleibt im Editor. Speichern Sie erneut, sobald in den Ordner geschrieben werden kann.',
    );
  });

  it('says that another window changed, deleted or renamed the entry while the save ran, and what saving again does, in English and German', () => {
    const meanwhile = new PartialTaken('2026/11/2026-11-23.md', reason('saved-meanwhile', '2026/11/2026-11-23.md'));
    assert.deepEqual(saveRefusal(translator('en'), meanwhile), {
      kind: 'Unavailable',
      message: 'Not saved: another window changed, deleted or renamed this entry while this save ran, so nothing was written. Your text stays in the editor. Saving again puts it under this name: over the other window\'s version (VS Code first offers Compare and Overwrite), or as this entry again if it was deleted or renamed. To keep the other window\'s change instead, close this editor without saving.',
    });
    assert.equal(
      saveRefusal(translator('de'), meanwhile)?.message,
      'Nicht gespeichert: Ein anderes Fenster hat diesen Eintrag geändert, gelöscht oder umbenannt, während dieses Speichern lief, darum wurde nichts geschrieben. Ihr Text bleibt im Editor. Speichern Sie erneut, steht er unter diesem Namen: über der Fassung des anderen Fensters (VS Code bietet zuerst „Vergleichen“ und „Überschreiben“ an) oder wieder als dieser Eintrag, falls er gelöscht oder umbenannt wurde. Um stattdessen die Änderung des anderen Fensters zu behalten, schließen Sie diesen Editor, ohne zu speichern.',
    );
    assert.match(meanwhile.message, /^2026\/11\/2026-11-23\.md was changed, deleted or renamed by another window after this save began, so this save wrote nothing; saving again writes this text under that name, over the other window's change \(a deleted or renamed entry comes back\)$/);
  });

  it('says that another window was writing the list of names when a write of names.age is refused (an opaque journal\'s new entry or rename), not that the entry changed, in English and German', () => {
    const overtaken = new PartialTaken(NAMES_PATH, reason('map-overtaken', NAMES_PATH, 5));
    const stagedTaken = PartialTaken.taken(NAMES_PATH, stagedPath(NAMES_PATH));
    for (const refused of [overtaken, stagedTaken]) {
      assert.deepEqual(saveRefusal(translator('en'), refused), {
        kind: 'Unavailable',
        message: 'Not saved: another window was writing the journal\'s list of entry names at the same moment, so nothing was written. Nothing was lost: what was saved before is unchanged on disk, and your text stays in the editor. Save again (or, for a rename, rename again).',
      });
      assert.equal(
        saveRefusal(translator('de'), refused)?.message,
        'Nicht gespeichert: Ein anderes Fenster schrieb im selben Moment die Liste der Eintragsnamen des Journals, darum wurde nichts geschrieben. Nichts ging verloren: Was zuvor gespeichert war, ist auf der Festplatte unverändert, und Ihr Text bleibt im Editor. Speichern Sie erneut (oder, bei einer Umbenennung, benennen Sie erneut um).',
      );
    }
  });

  it('tells an opaque journal\'s first save of an entry another window saved first (this window\'s list of names did not have it) as a new entry saved elsewhere since this window read the names, not during this save, and keeps the other window\'s text', async () => {
    const fs = fixtureJournal();
    const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, names: 'opaque' });
    assert.equal(outcome.status, 'done', outcome.reason);
    const window = async (): Promise<DecryptingJournalFs> => {
      const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
      assert.ok(unlock.ok);
      return new DecryptingJournalFs(fs, unlock.journal);
    };
    const view = await window();
    await (await window()).write(NEW_DAY, utf8('The other window\'s new entry.\n'));
    const refused = await view.write(NEW_DAY, utf8('This window\'s new entry.\n')).then(() => undefined, (error: unknown) => error);
    assert.equal(saveRefusal(translator('en'), refused)?.message ?? String(refused), 'Not saved: another window saved a new entry under this name at some point since this window last read the journal\'s list of entry names, so nothing was written. Your text stays in the editor. Saving again puts it over the other window\'s entry. To keep the other window\'s entry instead, close this editor without saving.');
    assert.equal(saveRefusal(translator('de'), refused)?.message, 'Nicht gespeichert: Ein anderes Fenster hat einen neuen Eintrag unter diesem Namen gespeichert, irgendwann seit dieses Fenster zuletzt die Liste der Eintragsnamen des Journals gelesen hat, darum wurde nichts geschrieben. Ihr Text bleibt im Editor. Speichern Sie erneut, steht er über dem Eintrag des anderen Fensters. Um stattdessen den Eintrag des anderen Fensters zu behalten, schließen Sie diesen Editor, ohne zu speichern.');
    assert.deepEqual(await (await window()).read(NEW_DAY), utf8('The other window\'s new entry.\n'), 'the other window\'s text stays');
  });

  it('tells an opaque journal\'s save whose entry another window renamed, or renamed another entry onto, since this window last read the names, in English and German', () => {
    const renamed = new PartialTaken('2026/11/2026-11-23.md', reason('renamed-elsewhere', '2026/11/2026-11-23.md'));
    assert.deepEqual(saveRefusal(translator('en'), renamed), {
      kind: 'Unavailable',
      message: 'Not saved: another window renamed this entry, or renamed another entry to this name, since this window last read the journal\'s list of entry names, so nothing was written. Your text stays in the editor. Saving again puts it under this name: as this entry anew if it was renamed, or over the entry now under this name. To keep the other window\'s change instead, close this editor without saving.',
    });
    assert.equal(
      saveRefusal(translator('de'), renamed)?.message,
      'Nicht gespeichert: Ein anderes Fenster hat diesen Eintrag umbenannt oder einen anderen Eintrag in diesen Namen umbenannt, seit dieses Fenster zuletzt die Liste der Eintragsnamen des Journals gelesen hat, darum wurde nichts geschrieben. Ihr Text bleibt im Editor. Speichern Sie erneut, steht er unter diesem Namen: als dieser Eintrag neu, falls er umbenannt wurde, oder über dem Eintrag, der jetzt diesen Namen trägt. Um stattdessen die Änderung des anderen Fensters zu behalten, schließen Sie diesen Editor, ohne zu speichern.',
    );
  });

  it('says that the cut-off saves kept beside an entry are at their bound, and what to do, in English and German', () => {
    const full = new KeptSavesFull('2026/11/2026-11-23.md', '2026/11/2026-11-23.md.age.lj-partial');
    assert.deepEqual(saveRefusal(translator('en'), full), {
      kind: 'NoPermissions',
      message: 'Not saved: 100 cut-off saves of this entry are kept beside it already, and no name is left to keep the one found now, which this save would overwrite. Nothing was lost: that one stays as it is, and your text stays in the editor. Look through the kept saves, delete those you do not need, then save again.',
    });
    assert.equal(
      saveRefusal(translator('de'), full)?.message,
      'Nicht gespeichert: Neben diesem Eintrag sind schon 100 unterbrochene Speicherungen aufbewahrt, und für die jetzt gefundene, die dieses Speichern überschreiben würde, ist kein Name mehr frei. Nichts ging verloren: Sie bleibt, wie sie ist, und Ihr Text bleibt im Editor. Sehen Sie die aufbewahrten Speicherungen durch, löschen Sie die, die Sie nicht brauchen, und speichern Sie dann erneut.',
    );
  });
});
