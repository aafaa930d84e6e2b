import * as assert from 'node:assert/strict';
import { readCheckIn } from '../../../../src/core/people/checkIn';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { GERMAN_ENTRY_KINDS } from '../../../../src/core/entries/germanKinds';
import { entryKind } from '../../../../src/core/entries/kinds';

function checkIn(locale: 'en' | 'de'): string {
  const kind = locale === 'de' ? GERMAN_ENTRY_KINDS.find((candidate) => candidate.id === 'situational') : entryKind('situational');
  assert.ok(kind);
  const plan = planEntry({ kind, date: { year: 2026, month: 3, day: 10 }, person: 'Ana', weekStart: 1, prompt: '', locale });
  assert.ok(plan.ok);
  return plan.text;
}

describe('people: the last check-in on the person page', () => {
  it('reads the task, competence, commitment and styles as answered, in English and German', () => {
    const text = checkIn('en')
      .replace('## Which task or goal is this check-in about?\n\n', '## Which task or goal is this check-in about?\n\nThe hiring plan')
      .replace('- Competence on this task: ', '- Competence on this task: some')
      .replace('- Motivation and confidence for this task: ', '- Motivation and confidence for this task: high')
      .replace('- Style I actually used: ', '- Style I actually used: directing');
    assert.deepEqual(readCheckIn(text), { task: 'The hiring plan', competence: 'some', commitment: 'high', styleUsed: 'directing' });
    // A check-in written with the earlier template's label is read the same way.
    const earlier = text.replace('- Motivation and confidence for this task: high', '- Commitment to this task: low');
    assert.equal(readCheckIn(earlier).commitment, 'low');
    assert.deepEqual(readCheckIn(checkIn('en')), {});
    const german = checkIn('de');
    const label = GERMAN_ENTRY_KINDS.find((kind) => kind.id === 'situational')?.sections.find((section) => section.id === 'situational.readiness')?.items?.[0]?.label ?? '';
    assert.ok(german.includes(`- ${label}: `));
    assert.deepEqual(readCheckIn(german.replace(`- ${label}: `, `- ${label}: hoch`)), { competence: 'hoch' });
  });
});
