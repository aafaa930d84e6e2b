import * as assert from 'node:assert/strict';
import { addDays, localDateOf, toEpochDay, type LocalDate } from '../../../src/core/calendar/localDate';
import { ALL_PROMPTS, PROMPT_PACKS, promptPack } from '../../../src/core/prompts/packs';
import {
  promptIndexOfDay, promptOfTheDay, promptOfTheDayFromPacks,
} from '../../../src/core/prompts/rotation';

const START: LocalDate = { year: 2024, month: 1, day: 1 };
const SIX_YEARS = 6 * 366;

function* days(from: LocalDate, count: number): Generator<LocalDate> {
  for (let i = 0; i < count; i++) {
    yield addDays(from, i);
  }
}

describe('promptOfTheDay', () => {
  it('gives the same prompt for the same date, every time', () => {
    for (const date of days(START, 400)) {
      const again: LocalDate = { year: date.year, month: date.month, day: date.day };
      assert.equal(promptOfTheDay(date, ALL_PROMPTS).id, promptOfTheDay(again, ALL_PROMPTS).id);
    }
  });

  it('keeps the rotation arithmetic fixed (the same on every machine and engine)', () => {
    // Pinned output: if this changes, every user's prompt of the day changes with it.
    const cycleStart = toEpochDay({ year: 2026, month: 11, day: 23 });
    assert.equal(cycleStart % 10, 0);
    assert.deepEqual(
      Array.from({ length: 10 }, (_, i) => promptIndexOfDay(cycleStart + i, 10)),
      [5, 8, 4, 1, 0, 9, 7, 6, 2, 3],
    );
    assert.deepEqual(Array.from({ length: 5 }, (_, i) => promptIndexOfDay(-1 - i, 7)), [6, 4, 1, 5, 3]);
  });

  it('never shows the same prompt on two consecutive days over six years, whatever the list', () => {
    const lists = [ALL_PROMPTS, ...PROMPT_PACKS.map((pack) => pack.prompts), ALL_PROMPTS.slice(0, 3), ALL_PROMPTS.slice(0, 2)];
    for (const prompts of lists) {
      let previous: string | undefined;
      for (const date of days(START, SIX_YEARS)) {
        const id = promptOfTheDay(date, prompts).id;
        assert.notEqual(id, previous, `${prompts.length} prompts, repeated on ${JSON.stringify(date)}`);
        previous = id;
      }
    }
  });

  it('never repeats across a cycle boundary, over thousands of cycles and before 1970 too', () => {
    for (const count of [3, 4, 10, ALL_PROMPTS.length]) {
      for (let cycle = -2000; cycle < 2000; cycle++) {
        const firstDay = cycle * count;
        assert.notEqual(promptIndexOfDay(firstDay - 1, count), promptIndexOfDay(firstDay, count), `count ${count}, cycle ${cycle}`);
      }
    }
  });

  it('shows every prompt once per cycle before any repeats', () => {
    const count = ALL_PROMPTS.length;
    const firstCycle = Math.ceil(toEpochDay(START) / count);
    for (let cycle = firstCycle; cycle < firstCycle + 30; cycle++) {
      const seen = new Set<string>();
      for (let day = cycle * count; day < (cycle + 1) * count; day++) {
        seen.add(ALL_PROMPTS[promptIndexOfDay(day, count)].id);
      }
      assert.equal(seen.size, count, `cycle ${cycle}`);
    }
  });

  it('depends on the calendar day only, not on the time zone', () => {
    const savedTz = process.env.TZ;
    const byZone: string[][] = [];
    let sawUtcOnAnotherDay = false;
    try {
      for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Asia/Kolkata', 'Europe/Berlin']) {
        process.env.TZ = zone;
        // 23:30 local time on each day: already tomorrow in UTC for zones east of it, still today here.
        byZone.push(Array.from({ length: 120 }, (_, i) => {
          const instant = new Date(2026, 2, 1 + i, 23, 30);
          sawUtcOnAnotherDay ||= instant.getUTCDate() !== instant.getDate();
          return promptOfTheDay(localDateOf(instant), ALL_PROMPTS).id;
        }));
      }
    } finally {
      if (savedTz === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = savedTz;
      }
    }
    assert.ok(sawUtcOnAnotherDay, 'the zone switch took effect: some local day differed from its UTC day');
    for (const ids of byZone.slice(1)) {
      assert.deepEqual(ids, byZone[0]);
    }
    const expected = Array.from(days({ year: 2026, month: 3, day: 1 }, 120), (date) => promptOfTheDay(date, ALL_PROMPTS).id);
    assert.deepEqual(byZone[0], expected);
  });

  it('returns the only prompt of a one-prompt list and refuses an empty list', () => {
    const one = ALL_PROMPTS.slice(0, 1);
    assert.equal(promptOfTheDay(START, one), one[0]);
    assert.throws(() => promptOfTheDay(START, []), RangeError);
    assert.throws(() => promptIndexOfDay(0, 1.5), RangeError);
  });

  it('draws from all packs, or only from the chosen ones', () => {
    assert.equal(promptOfTheDayFromPacks(START).id, promptOfTheDay(START, ALL_PROMPTS).id);
    const ids = new Set(promptPack('traps').prompts.map((prompt) => prompt.id));
    for (const date of days(START, 60)) {
      assert.ok(ids.has(promptOfTheDayFromPacks(date, ['traps']).id));
    }
  });
});
