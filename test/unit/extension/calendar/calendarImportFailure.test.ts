// What Import Calendar… says when it fails, in English and German, formatted with the shipped bundles:
// a full or read-only journal folder in the words the other writers use (diskRefusal.ts's reading,
// from Node's codes and from VS Code's file service), and a calendar that cannot be read where it was
// picked — even with a permission code — as the system words it, never as the journal's disk.
import * as assert from 'node:assert/strict';
import { calendarImportFailure, CalendarUnreadable } from '../../../../src/extension/calendar/calendarImportFailure';
import type { Translator } from '../../../../src/core/text/format';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { systemError } from '../../../support/memoryJournalFs';

const en = bundleTranslator('en') as Translator;
const de = bundleTranslator('de') as Translator;

describe('calendar: what a failed import says', () => {
  it('says a full disk plainly, in English and German, from Node\'s code or VS Code\'s message', () => {
    const full = systemError('ENOSPC', 'no space left on device, write');
    assert.equal(calendarImportFailure(en, full), 'The calendar was not imported: the disk is full. What was imported before stays as it is. Free some space, then run Import Calendar again: a calendar copied already is not copied twice.');
    assert.equal(calendarImportFailure(de, new Error('ENOSPC: no space left on device, write')), 'Der Kalender wurde nicht importiert: Die Festplatte ist voll. Was vorher importiert wurde, bleibt, wie es ist. Geben Sie Speicherplatz frei und führen Sie dann „Kalender importieren“ erneut aus: Ein schon kopierter Kalender wird nicht zweimal kopiert.');
  });

  it('says a read-only journal folder plainly', () => {
    assert.equal(calendarImportFailure(en, systemError('EROFS', 'read-only file system, open')), 'The calendar was not imported: the journal\'s folder cannot be written to (the disk is read-only, or permission was denied). Run Import Calendar again once the folder can be written to.');
    assert.match(calendarImportFailure(de, Object.assign(new Error('permission'), { code: 'NoPermissions' })), /^Der Kalender wurde nicht importiert: In den Ordner des Journals kann nicht geschrieben werden/);
  });

  it('says a calendar that cannot be read where it was picked as the system does, not as the journal\'s disk', () => {
    const unreadable = new CalendarUnreadable(systemError('EACCES', 'permission denied, open \'/home/me/work.ics\''));
    assert.match(calendarImportFailure(en, unreadable), /^The calendar could not be imported: .*permission denied, open '\/home\/me\/work\.ics'/);
    assert.equal(calendarImportFailure(de, new Error('something else')), 'Der Kalender konnte nicht importiert werden: something else');
  });
});
