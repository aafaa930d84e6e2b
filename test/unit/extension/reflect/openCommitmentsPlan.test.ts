// What Commitments: Show Open decides (reflect/openCommitmentsPlan.ts), worded with the shipped
// bundles as VS Code would: nothing open says how a commitment is written; otherwise a picker titled
// with the count (one and many, English and German), the commitments in the order given, each with
// its age and where it was first written (the entry's title, or its path without one), and a pick
// opening that entry at the commitment's line.
import * as assert from 'node:assert/strict';
import type { OpenCommitment } from '../../../../src/core/reflect/commitmentTracking';
import { ageText, openCommitmentsPlan } from '../../../../src/extension/reflect/openCommitmentsPlan';
import type { Translator } from '../../../../src/core/text/format';
import { bundleTranslator } from '../../../support/bundleTranslator';

const translator = (language: 'en' | 'de'): Translator => bundleTranslator(language) as Translator;

function commitment(text: string, ageDays: number, first: { path: string; date: string; line: number }, last = first): OpenCommitment {
  return { key: text.toLowerCase(), text, ageDays, firstSeen: first, lastSeen: last };
}

const OLD = commitment('Send Ana the hiring plan', 12, { path: '2026/11/2026-11-11.md', date: '2026-11-11', line: 7 }, { path: '2026/11/2026-11-20.md', date: '2026-11-20', line: 3 });
const TODAY = commitment('Book the offsite', 0, { path: '2026/11/2026-11-23-one-on-one.md', date: '2026-11-23', line: 14 });
const TITLES = new Map([['2026/11/2026-11-11.md', 'Daily reflection']]);

describe('extension: Commitments: Show Open decides (reflect/openCommitmentsPlan.ts)', () => {
  it('says how a commitment is written when none is open', () => {
    assert.deepEqual(openCommitmentsPlan(translator('en'), [], TITLES), {
      kind: 'none', message: 'No open commitments. A task such as "- [ ] …" under a Next heading, or any line with #commit, is followed up.',
    });
    const german = openCommitmentsPlan(translator('de'), [], TITLES);
    assert.ok(german.kind === 'none' && german.message.startsWith('Keine offenen Zusagen.'));
  });

  it('lists them in the order given, each with its age and where it was first written, and opens that line', () => {
    const plan = openCommitmentsPlan(translator('en'), [OLD, TODAY], TITLES);
    assert.deepEqual(plan, {
      kind: 'pick',
      title: '2 open commitments, oldest first',
      rows: [
        { label: 'Send Ana the hiring plan', description: '12 days', detail: '2026-11-11 · Daily reflection', opens: { path: '2026/11/2026-11-11.md', line: 7 } },
        // No title in the index: the path says where.
        { label: 'Book the offsite', description: 'today', detail: '2026-11-23 · 2026/11/2026-11-23-one-on-one.md', opens: { path: '2026/11/2026-11-23-one-on-one.md', line: 14 } },
      ],
    });
  });

  it('counts one as one, in English and German', () => {
    const one = [commitment('Call Ben', 1, { path: 'a.md', date: '2026-11-22', line: 0 })];
    const english = openCommitmentsPlan(translator('en'), one, TITLES);
    const german = openCommitmentsPlan(translator('de'), one, TITLES);
    assert.deepEqual([english.kind === 'pick' && english.title, english.kind === 'pick' && english.rows[0]?.description], ['1 open commitment, oldest first', '1 day']);
    assert.deepEqual([german.kind === 'pick' && german.title, german.kind === 'pick' && german.rows[0]?.description], ['1 offene Zusage, älteste zuerst', '1 Tag']);
    const many = openCommitmentsPlan(translator('de'), [OLD, TODAY], TITLES);
    assert.deepEqual(many.kind === 'pick' && [many.title, ...many.rows.map((row) => row.description)], ['2 offene Zusagen, älteste zuerst', '12 Tage', 'heute']);
  });

  it('says an age as the view does: today, 1 day, n days', () => {
    assert.deepEqual([0, 1, 30].map((days) => ageText(translator('en'), days)), ['today', '1 day', '30 days']);
  });
});
