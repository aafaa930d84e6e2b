// What a refused save into an encrypted journal says, in English and German, formatted with the
// shipped bundles as VS Code would: a full disk and a read-only one (as Node's fs and as VS Code's file
// service report them) each say what happened, that nothing was lost, and what to do; so does a save
// another window's change, delete or rename of the entry overtook (and what saving again does), one
// refused because the file already held another window's save of it (not "while this save ran"), the
// first save after another window changed the passphrase (the key changed: reload, not "another
// window saved this entry", though the reseal changed every file), an
// opaque journal's save, rename or delete refused under its names lock with the real cause (an entry
// another window saved first, renamed, deleted), and one that met another window's names lock
// through every try or another window's unlock tidying the journal (the key
// unchanged: save again); any other failure is not a refusal and reaches VS Code as it is.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { JournalKeyChanged } from '../../../../src/core/encryption/keyStamp';
import { KeptSavesFull } from '../../../../src/core/encryption/keptSaves';
import { LOCK_PATH } from '../../../../src/core/encryption/layout';
import { holderBytes } from '../../../../src/core/encryption/lockLiveness';
import { NamesChanged } from '../../../../src/core/encryption/namesChanged';
import { NamesLockBusy } from '../../../../src/core/encryption/namesLock';
import { reason } from '../../../../src/core/encryption/reasons';
import { PartialTaken, SavedSinceRead } from '../../../../src/core/encryption/safeWrites';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import type { Translator } from '../../../../src/core/text/format';
import { diskRefusalOf } from '../../../../src/extension/journal/diskRefusal';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';
import { systemError } from '../../../support/memoryJournalFs';

const PASSPHRASE = 'alt und bekannt';
const NEW_DAY = '2026/11/2026-11-25.md';
const TODAY = '2026/11/2026-11-23.md';

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
      'Nicht gespeichert: Ein anderes Fenster hat diesen Eintrag geändert, gelöscht oder umbenannt, während diese Speicherung lief, darum wurde nichts geschrieben. Ihr Text bleibt im Editor. Erneutes Speichern schreibt ihn unter diesem Namen: über die Fassung des anderen Fensters (VS Code bietet zuerst „Vergleichen“ und „Überschreiben“ an) oder wieder als diesen Eintrag, falls er gelöscht oder umbenannt wurde. Um stattdessen die Änderung des anderen Fensters zu behalten, schließen Sie diesen Editor, ohne zu speichern.',
    );
    assert.match(meanwhile.message, /^2026\/11\/2026-11-23\.md was changed, deleted or renamed by another window after this save began, so this save wrote nothing; saving again writes this text under that name, over the other window's change \(a deleted or renamed entry comes back\)$/);
  });

  it('says that another window saved the entry after this window opened it — not "while this save ran" — when the file already held that save, and what saving again does, in English and German', async () => {
    const fs = fixtureJournal();
    const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
    assert.equal(outcome.status, 'done', outcome.reason);
    const windowOn = async (): Promise<DecryptingJournalFs> => {
      const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
      assert.ok(unlock.ok);
      return new DecryptingJournalFs(fs, unlock.journal);
    };
    const here = await windowOn();
    const other = await windowOn();
    const opened = await here.readVersion(TODAY);
    assert.ok(opened?.version !== undefined);
    await other.write(TODAY, utf8('Written in the other window.\n'));
    const refused = await here.writeEntry(TODAY, utf8('Written here.\n'), [opened.version]).then(() => undefined, (error: unknown) => error);
    assert.ok(refused instanceof SavedSinceRead, `refused as saved by another window (${String(refused)})`);
    assert.deepEqual(saveRefusal(translator('en'), refused), {
      kind: 'Unavailable',
      message: 'Not saved: another window saved this entry after this window opened or last saved it, so nothing was written. Your text stays in the editor. Saving again (or choosing Overwrite, if VS Code offers Compare and Overwrite) puts it over the other window\'s version. To keep the other window\'s version instead, close this editor without saving.',
    });
    assert.equal(
      saveRefusal(translator('de'), refused)?.message,
      'Nicht gespeichert: Ein anderes Fenster hat diesen Eintrag gespeichert, nachdem dieses Fenster ihn geöffnet oder zuletzt gespeichert hatte, darum wurde nichts geschrieben. Ihr Text bleibt im Editor. Erneutes Speichern (oder „Überschreiben“, wenn VS Code „Vergleichen“ und „Überschreiben“ anbietet) schreibt ihn über die Fassung des anderen Fensters. Um stattdessen die Fassung des anderen Fensters zu behalten, schließen Sie diesen Editor, ohne zu speichern.',
    );
    assert.equal(refused.message, `${TODAY} was saved by another window after this window opened or last saved it, so this save wrote nothing; saving again writes this text over the other window's version`);
    assert.doesNotMatch(`${refused.message} ${saveRefusal(translator('en'), refused)?.message ?? ''}`, /while this save ran|after this save began/);
  });

  for (const names of ['readable', 'opaque'] as const) {
    it(`says the journal's key changed — not that another window saved the entry — at this window's first save after another window changed the passphrase, and writes nothing, in English and German (${names} names)`, async () => {
      const fs = fixtureJournal();
      const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, ...(names === 'opaque' ? { names } : {}) });
      assert.equal(outcome.status, 'done', outcome.reason);
      const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
      assert.ok(unlock.ok);
      const view = new DecryptingJournalFs(fs, unlock.journal);
      const opened = await view.readVersion(TODAY); // The version this window's editor opened.
      assert.ok(opened?.version !== undefined);
      const changed = await changePassphrase(testHost(fs, 2), { passphrase: PASSPHRASE, newPassphrase: 'neu und anders' }); // The other window: every entry resealed.
      assert.equal(changed.status, 'done', changed.reason);
      const before = new Map([...fs.files].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
      const refused = await view.writeEntry(TODAY, utf8('Written here.\n'), [opened.version]).then(() => undefined, (error: unknown) => error);
      assert.ok(refused instanceof JournalKeyChanged, `refused as a changed key at the first save, not ${String(refused)}`);
      assert.deepEqual(saveRefusal(translator('en'), refused), {
        kind: 'NoPermissions',
        message: 'The journal\'s key was changed in another window or by the command line; reload the window to unlock again. Your text stays in the editor.',
      });
      assert.equal(
        saveRefusal(translator('de'), refused)?.message,
        'Der Schlüssel des Journals wurde in einem anderen Fenster oder über die Befehlszeile geändert; laden Sie das Fenster neu, um es wieder zu entsperren. Ihr Text bleibt im Editor.',
      );
      assert.deepEqual(new Map([...fs.files].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')])), before, 'nothing was written');
    });
  }

  it('says that another window is saving the journal when its names lock stayed held through every try, that nothing was lost, and that a lock left behind is taken over after about a minute, in English and German', () => {
    const busy = new NamesLockBusy('2026/11/2026-11-23.md', undefined);
    assert.deepEqual(saveRefusal(translator('en'), busy), {
      kind: 'Unavailable',
      message: 'Nothing was written: another window is saving this journal at this moment (or renaming or deleting one of its entries). Nothing was lost: what was saved before is unchanged on disk, and your text stays in the editor. Save again (or rename or delete again) in a moment. If this keeps happening, a window left its lock, .leadership-journal/names.lock, behind (it closed in the middle of a save, or could not remove it): the lock is taken over at once where that window is known to be gone, else about a minute after it was last written.',
    });
    assert.match(saveRefusal(translator('de'), busy)?.message ?? '', /^Nichts wurde geschrieben: Ein anderes Fenster speichert gerade in diesem Journal .* \.leadership-journal\/names\.lock hinterlassen .* etwa eine Minute nachdem sie zuletzt geschrieben wurde\.$/);
  });

  it('tells an opaque journal\'s first save of an entry another window saved first with that cause, and keeps the other window\'s text; saving again puts it over that entry', async () => {
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
    assert.equal(saveRefusal(translator('en'), refused)?.message ?? String(refused), `Not saved: another window saved a new entry under the name ${NEW_DAY} first, so nothing was written. Your text stays in the editor. Saving again puts it over the entry now under this name. To keep that entry instead, close this editor without saving.`);
    assert.equal(saveRefusal(translator('de'), refused)?.message, `Nicht gespeichert: ein anderes Fenster hat zuerst einen neuen Eintrag unter dem Namen ${NEW_DAY} gespeichert, darum wurde nichts geschrieben. Ihr Text bleibt im Editor. Erneutes Speichern schreibt ihn über den Eintrag, der jetzt diesen Namen trägt. Um stattdessen diesen Eintrag zu behalten, schließen Sie diesen Editor, ohne zu speichern.`);
    assert.deepEqual(await (await window()).read(NEW_DAY), utf8('The other window\'s new entry.\n'), 'the other window\'s text stays');
    await view.write(NEW_DAY, utf8('This window\'s new entry.\n'));
    assert.deepEqual(await (await window()).read(NEW_DAY), utf8('This window\'s new entry.\n'));
  });

  it('tells an opaque journal\'s save, rename or delete refused because another window renamed or deleted the entry with that cause, for what was refused, in English and German', () => {
    const path = '2026/11/2026-11-23.md';
    const renamed = (operation: 'save' | 'rename' | 'delete'): NamesChanged => new NamesChanged(path, operation, reason('renamed-elsewhere', path, '2026/11/2026-11-24.md'));
    assert.deepEqual(saveRefusal(translator('en'), renamed('save')), {
      kind: 'Unavailable',
      message: `Not saved: another window renamed ${path} to 2026/11/2026-11-24.md, so nothing was written. Your text stays in the editor. Saving again writes it under this name as a new entry. To keep only the other window's entry, close this editor without saving.`,
    });
    assert.equal(saveRefusal(translator('de'), renamed('save'))?.message, `Nicht gespeichert: ein anderes Fenster hat ${path} in 2026/11/2026-11-24.md umbenannt, darum wurde nichts geschrieben. Ihr Text bleibt im Editor. Erneutes Speichern schreibt ihn unter diesem Namen als neuen Eintrag. Um nur den Eintrag des anderen Fensters zu behalten, schließen Sie diesen Editor, ohne zu speichern.`);
    assert.equal(saveRefusal(translator('en'), renamed('rename'))?.message, `Not renamed: another window renamed ${path} to 2026/11/2026-11-24.md, so nothing was changed. Nothing was lost.`);
    assert.equal(saveRefusal(translator('de'), renamed('delete'))?.message, `Nicht gelöscht: ein anderes Fenster hat ${path} in 2026/11/2026-11-24.md umbenannt, darum wurde nichts geändert.`);
    const deleted = new NamesChanged(path, 'save', reason('deleted-elsewhere', path));
    assert.equal(saveRefusal(translator('en'), deleted)?.message, `Not saved: another window deleted ${path}, so nothing was written. Your text stays in the editor. Saving again writes it under this name as a new entry. To leave the entry deleted, close this editor without saving.`);
    assert.equal(saveRefusal(translator('de'), deleted)?.message, `Nicht gespeichert: ein anderes Fenster hat ${path} gelöscht, darum wurde nichts geschrieben. Ihr Text bleibt im Editor. Erneutes Speichern schreibt ihn unter diesem Namen als neuen Eintrag. Damit der Eintrag gelöscht bleibt, schließen Sie diesen Editor, ohne zu speichern.`);
  });

  it('says that another window is unlocking the journal, not that the key changed, when a save meets that unlock\'s lock; saving again once it is done lands, in English and German', async () => {
    const fs = fixtureJournal();
    const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, names: 'opaque' });
    assert.equal(outcome.status, 'done', outcome.reason);
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const view = new DecryptingJournalFs(fs, unlock.journal);
    // Another window's unlock puts back cut-off saves under the journal's lock (orphanedPartials.ts).
    await fs.write(LOCK_PATH, holderBytes({ pid: 7, host: 'another-host', startedAt: new Date().toISOString(), operation: 'unlock' }));
    const refused = await view.write(NEW_DAY, utf8('Written during the other window\'s unlock.\n')).then(() => undefined, (error: unknown) => error);
    assert.deepEqual(saveRefusal(translator('en'), refused), {
      kind: 'Unavailable',
      message: 'Nothing was written: another window is unlocking this journal at this moment and tidying it (putting back saves a closed window cut off). The journal\'s key is unchanged. Nothing was lost: what was saved before is unchanged on disk, and your text stays in the editor. Save again (or rename or delete again) in a moment. If this keeps happening for minutes, a window closed while it was unlocking the journal left its lock, .leadership-journal/lock, behind: it no longer holds anything once that window is known to be gone (on this computer, at once), else 10 minutes after it was taken; wait up to 10 minutes, then save again.',
    });
    assert.match(saveRefusal(translator('de'), refused)?.message ?? '', /^Nichts wurde geschrieben: Ein anderes Fenster entsperrt dieses Journal gerade .* Der Schlüssel des Journals ist unverändert\. .* Speichern Sie gleich erneut.* Wenn das minutenlang so bleibt, .* warten Sie bis zu 10 Minuten und speichern Sie dann erneut\.$/);
    await fs.remove(LOCK_PATH); // That unlock is done.
    await view.write(NEW_DAY, utf8('Written during the other window\'s unlock.\n'));
    const again = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(again.ok);
    assert.deepEqual(await new DecryptingJournalFs(fs, again.journal).read(NEW_DAY), utf8('Written during the other window\'s unlock.\n'));
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
