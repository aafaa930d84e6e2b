import * as assert from 'node:assert/strict';
import { calendarDialog, copyName, explainTarget, importQuestions } from '../../../../src/extension/calendar/calendarPlan';

const planning = { uid: 'planning@work', title: 'Sprint planning' };
const oneOnOne = { uid: '1on1@work', title: '1:1 Ana' };

describe('calendar command decisions (calendarPlan.ts)', () => {
  it('offers Import Calendar… with no calendar imported, and says so when the last four weeks have no event', () => {
    assert.deepEqual(explainTarget(undefined, planning.uid), { kind: 'none-imported' });
    assert.deepEqual(explainTarget([], undefined), { kind: 'no-events' });
  });

  it('explains the event asked about by uid, asks which one without a uid, and explains nothing for an unknown uid', () => {
    assert.deepEqual(explainTarget([planning, oneOnOne], '1on1@work'), { kind: 'event', event: oneOnOne });
    assert.deepEqual(explainTarget([planning, oneOnOne], undefined), { kind: 'pick', events: [planning, oneOnOne] });
    assert.deepEqual(explainTarget([planning], 'gone@work'), { kind: 'unknown-uid', uid: 'gone@work' });
  });

  it('asks Import Calendar…\'s questions only where the arguments do not answer them', () => {
    assert.deepEqual(importQuestions(undefined), { calendars: true, how: true });
    assert.deepEqual(importQuestions({ uris: ['/home/me/work.ics'] }), { calendars: false, how: true });
    assert.deepEqual(importQuestions({ uris: ['/home/me/work.ics'], copy: false }), { calendars: false, how: false });
    assert.deepEqual(importQuestions({ copy: true }), { calendars: true, how: false });
  });

  it('lets Import Calendar…\'s dialog select any number of .ics files, or one folder of any files, as the first answer says', () => {
    assert.deepEqual(calendarDialog('files'), { canSelectFiles: true, canSelectFolders: false, canSelectMany: true, icsOnly: true });
    assert.deepEqual(calendarDialog('folder'), { canSelectFiles: false, canSelectFolders: true, canSelectMany: false, icsOnly: false });
  });

  it('copies under the name it has, then -2, -3 before the extension, whatever its case', () => {
    assert.equal(copyName('work.ics', 1), 'work.ics');
    assert.equal(copyName('work.ics', 2), 'work-2.ics');
    assert.equal(copyName('Work.ICS', 3), 'Work-3.ICS');
    assert.equal(copyName('calendar', 2), 'calendar-2', 'a name without .ics gets its number at the end');
  });
});
