import * as assert from 'node:assert/strict';
import type { CalendarTrends } from '../../../src/core/trends/calendarTrends';
import { isCalendarTrends, isHostMessage } from '../../../src/webview/protocol';
import { emptyState } from '../../webview/fixtures';

const CALENDAR: CalendarTrends = {
  categories: [{ id: 'planning', name: 'Planning, review and status', side: 'how' }, { id: 'one-on-one', name: '1:1', side: 'why' }],
  weeks: [{
    key: '2026-W48', start: '2026-11-23', end: '2026-11-29', hours: [3, 0.5], meetingHours: 3.5, meetings: 2,
    freeMinutes: 420, workingDays: 5, calendarWhy: 0.5 / 3.5, writingWhy: null,
  }],
  compared: 0, calendarWhy: null, writingWhy: null, sentence: 'Nothing to compare yet.',
};

describe('the trends protocol: the calendar\'s part', () => {
  it('accepts a state with or without a calendar', () => {
    assert.ok(isHostMessage(emptyState()));
    assert.ok(isHostMessage({ ...emptyState(), calendar: CALENDAR }));
  });

  it('refuses a calendar whose weeks do not match its categories, or carry what is not a number', () => {
    const week = CALENDAR.weeks[0]!;
    for (const broken of [
      { ...CALENDAR, weeks: [{ ...week, hours: [3] }] },
      { ...CALENDAR, weeks: [{ ...week, meetings: '2' }] },
      { ...CALENDAR, weeks: [{ ...week, freeMinutes: Number.NaN }] },
      { ...CALENDAR, categories: [{ id: 'planning', name: 'Planning', side: 'both' }, CALENDAR.categories[1]] },
      { ...CALENDAR, sentence: undefined },
    ]) {
      assert.equal(isCalendarTrends(broken), false, JSON.stringify(broken));
      assert.equal(isHostMessage({ ...emptyState(), calendar: broken }), false);
    }
  });
});
