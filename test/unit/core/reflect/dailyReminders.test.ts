import * as assert from 'node:assert/strict';
import { parseIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { entryKind } from '../../../../src/core/entries/kinds';
import { entryKindFor } from '../../../../src/core/entries/localizedKinds';
import { extractCommitments } from '../../../../src/core/reflect/commitments';
import { trackCommitments } from '../../../../src/core/reflect/commitmentTracking';
import { dailyReminderText, withDailyReminders, type DailyReminders } from '../../../../src/core/reflect/dailyReminders';

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date);
  return date;
}

const TODAY = day('2026-03-23');
const PATH = '2026/03/2026-03-23.md';

function dailyText(locale = 'en'): string {
  const plan = planEntry({ kind: entryKindFor('daily', locale), date: TODAY, weekStart: 1, prompt: 'What mattered today?', locale });
  assert.ok(plan.ok);
  return plan.text;
}

const tracked = trackCommitments([
  { path: '2026/02/2026-02-23.md', date: '2026-02-23', commitments: extractCommitments('## Next\n\n- [ ] Share the offsite agenda with the team.\n- [ ] Ask finance for the Q2 forecast\n- [ ] Book the room') },
  { path: '2026/03/2026-03-10-1on1-ana.md', date: '2026-03-10', commitments: extractCommitments('## What we agreed\n\n- [ ] Give Ana the budget (owner) role') },
], TODAY);

const reminders: DailyReminders = {
  path: PATH,
  stillOpen: tracked.open,
  onThisDay: [
    { date: '2025-03-23', path: '2025/03/2025-03-23.md', monthsAgo: 12 },
    { date: '2026-02-23', path: '2026/02/2026-02-23.md', monthsAgo: 1 },
  ],
};

describe('reflect: what a new daily entry brings back', () => {
  it('lists the two oldest open commitments and links the entries of this day', () => {
    assert.equal(dailyReminderText(reminders), [
      'Still open:',
      '',
      '- [ ] Share the offsite agenda with the team.',
      '  - open 28 days: [2026-02-23](../02/2026-02-23.md)',
      '- [ ] Ask finance for the Q2 forecast',
      '  - open 28 days: [2026-02-23](../02/2026-02-23.md)',
      '',
      'On this day: [2025-03-23](../../2025/03/2025-03-23.md) (a year ago), [2026-02-23](../02/2026-02-23.md) (a month ago)',
    ].join('\n'));
  });

  it('adds them after the closing section, leaving the scaffold and the cursor where they were', () => {
    const text = dailyText();
    const added = withDailyReminders(text, reminders);
    assert.ok(added.startsWith(text), 'the entry as planned comes first, unchanged');
    assert.ok(added.endsWith(')\n<!-- /leadership-journal:drafted -->\n'), 'the reminders are a drafted block: not tagged as the user\'s writing');
    assert.match(added, /- \[ \] One commitment for tomorrow: \n\n<!-- leadership-journal:drafted -->\nStill open:\n\n- \[ \] Share/);
  });

  it('writes the commitments so that they keep their key, open, and the age line is not one', () => {
    const added = extractCommitments(withDailyReminders(dailyText(), reminders));
    assert.deepEqual(added.map((c) => [c.key, c.done]), tracked.open.slice(0, 2).map((c) => [c.key, false]));
  });

  it('changes nothing when there is nothing to bring back, and never links the entry to itself', () => {
    const text = dailyText();
    assert.equal(withDailyReminders(text, { path: PATH, stillOpen: [], onThisDay: [] }), text);
    assert.equal(withDailyReminders(text, { path: PATH, stillOpen: [], onThisDay: [{ date: '2026-03-23', path: PATH, monthsAgo: 12 }] }), text);
  });

  it('counts what it does not link, and says how long ago in years and months', () => {
    const many = [12, 24, 3, 2, 1].map((monthsAgo, i) => ({ date: `2025-0${i + 1}-23`, path: `x/${i}.md`, monthsAgo }));
    const line = dailyReminderText({ path: PATH, stillOpen: [], onThisDay: many });
    assert.match(line, /^On this day: .*\(a year ago\), .*\(2 years ago\), .*\(3 months ago\), and 2 more$/);
  });

  it('writes in the entry’s language, and keeps CRLF line endings', () => {
    const german = dailyReminderText({ ...reminders, locale: 'de-DE' });
    assert.match(german, /^Noch offen:\n\n- \[ \] Share the offsite agenda with the team\.\n {2}- seit 28 Tagen offen: /);
    assert.match(german, /An diesem Tag: .*\(vor einem Jahr\), .*\(vor einem Monat\)$/);
    const crlf = withDailyReminders(dailyText().replace(/\n/g, '\r\n'), reminders);
    assert.doesNotMatch(crlf, /[^\r]\n/);
  });

  it('leaves a German daily entry’s own text as it was', () => {
    const text = dailyText('de');
    assert.ok(withDailyReminders(text, { ...reminders, locale: 'de' }).startsWith(text));
    assert.ok(entryKind('daily').sections.some((section) => section.heading === 'Closing the day'));
  });
});
