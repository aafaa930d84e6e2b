import * as assert from 'node:assert/strict';
import { trainingEntries } from '../../../support/corpusEntries';
import { assertEachTrapFound, assertFewFalseAlarms } from '../../../support/trapChecks';
import { createClassifier } from '../../../../src/core/tagger/classify';
import { extractUserText } from '../../../../src/core/tagger/markdownText';
import { splitSentences } from '../../../../src/core/tagger/sentences';
import { classifiedSentence, createTagger, readTraps } from '../../../../src/core/tagger/tagger';
import type { TrapId } from '../../../../src/core/tagger/types';

// Entries here are written for these tests (not taken from the fixtures). A false alarm is worse
// than a miss, so the ordinary days matter as much as the traps.

const tagger = createTagger();

function traps(markdown: string): TrapId[] {
  return tagger.tag(markdown).traps.map((trap) => trap.id);
}

const MICROMANAGING = `# Wednesday

Priti ran the supplier negotiation this morning. I listened in on the call and, halfway through, unmuted and took over because she was conceding too much on delivery terms. She's been doing this for six years.

Afterwards I went through her notes and corrected the summary before it went to procurement. I've told the team that no purchase order goes out without my initials on it, including the stationery.

Spent the evening reworking Dan's rota proposal. It was perfectly workable, but I prefer my layout.
`;

const VISIONLESS = `## Shift notes

All audits passed. Lab paperwork up to date, sample logs signed.

One of the postdocs proposed switching to the automated pipetting system the Cambridge lab uses. I said our manual method is validated and I'm not putting us through a revalidation for the sake of it.

The technicians raised the idea of a shared booking system for the centrifuges again. Told them the paper sign-up sheet has worked for ten years and we're not changing it.

Nothing else to report. Kept everything running as normal.
`;

const NICE_LEADER = `# Friday reflections

Gave the kick-off talk for the new financial year. I told the team we'd become the most loved insurance broker in the county, start a community fund, and run quarterly innovation days. You could feel the energy in the room.

Then Tomasz asked me about the community fund I announced last spring: who's in charge and when it starts. I said we'd sort the details once we've got everyone fired up. Honestly, I'd forgotten about it.

I also still haven't sent Mia the development plan I promised her in January. And the innovation day I mentioned at Christmas never got a date.
`;

const TASKMASTER = `## What did I plan, organise or unblock today?

Production target 1,800 units, we did 1,640. Told the line supervisors I expect 1,900 tomorrow and nobody goes home until we hit it.

Gary said two of the packers have been complaining of back pain since the new pallets arrived. I told him they can see their GP on their own time.

Stopped the morning stretch session; it's ten minutes of lost output.

Posted everyone's unit counts on the wall by name. Lowest five will be on weekend overtime.
`;

/** Plain busy days of managing, and near misses the guide says are not traps. */
const ORDINARY: readonly (readonly [string, string])[] = [
  ['a retail admin day', `# Monday

- Supplier invoices: 14 processed, 2 queried for wrong VAT.
- Rota for the next fortnight published; Sian and Ade swapped Saturdays.
- Boiler service booked for Thursday 8am; warned the kitchen.
- Stock count on the chilled aisle: £230 variance. Asked the night team to recount.
- Interviewed two candidates for the weekend supervisor role.
`],
  ['a site diary', `# Site diary, Thursday

Steel frame on plot 4 finished a day early. Crane booked off-hire from Monday.

Concrete pour for plot 6 moved to Tuesday because of the rain forecast. Rang the batching plant and the pump operator.

Scaffold inspection on plot 2: two missing toe boards, fixed before 10. Checked every subbie's method statements for next week and chased the roofer for his.
`],
  ['a ward shift', `# Tuesday, ward 9

Two nurses short on nights; booked one bank nurse and moved Lisa from days for Wednesday.

Went through the drug chart audit with the pharmacist. Three missed signatures, all from the same weekend.

Checked the resus trolley myself because the check sheet had a gap on Sunday.
`],
  ['close supervision of a novice (directing, not micromanaging)', `# Monday

New apprentice Kyle started in the workshop. He's never used a lathe, so I showed him each step of the setup, watched him do it twice and checked every part he turned against the drawing.

I'll keep checking his work closely this week and step back once he's getting it right consistently.
`],
  ['a hard push that explains why and looks after people', `## Release week

The compliance deadline is Friday and it can't move. This morning I explained why it matters: if we miss it, the regulator can suspend our licence.

Dropped everything non-essential. Paired people up, daily check-in at 2pm.

Lena's dad is in hospital, so I told her to go and not think about work; we'll cover her part. Told everyone that if they're exhausted they need to say so.
`],
  ['a no to change rooted in people', `# Thinking about the new scheduling tool

Head office wants every branch on the new scheduling tool by June. I said no to being a pilot branch this quarter, because two of my three supervisors are on maternity leave and the team is stretched thin already.

I told the team why, and asked them what they'd need from the tool. Booked the training for September.
`],
  ['a big idea with an owner, a date and a first step', `## Weekly review

Big idea this week: a Saturday repair café at the library. I pitched it at the volunteer meeting and people loved it.

Straight after, we agreed the details: Nadia owns it, the first session is on 12 April, and the first step is finding two volunteers with electrical skills by the end of the month.
`],
];

describe('traps', () => {
  it('finds each trap on a clear example, with evidence sentences from the entry', () => {
    assertEachTrapFound(tagger, [
      [MICROMANAGING, 'micromanaging-leader'], [VISIONLESS, 'visionless-manager'],
      [NICE_LEADER, 'nice-leader-no-follow-through'], [TASKMASTER, 'taskmaster-manager'],
    ]);
  });

  for (const [name, markdown] of ORDINARY) {
    it(`raises no trap on ${name}`, () => {
      assert.deepEqual(traps(markdown), []);
    });
  }

  it('needs more than one signal: a single redo, refusal or push is not a trap', () => {
    assert.deepEqual(traps('Rewrote the opening checklist after the new coffee machine arrived.\n'), []);
    assert.deepEqual(traps('Told the team I want 120 picks an hour by Friday.\n'), []);
    assert.deepEqual(traps("Kim suggested a new layout. I said not this month, we're mid-refit.\n"), []);
  });

  it('reads people called interchangeable ("a driver is a driver") as the taskmaster\'s, with the sentence as evidence', () => {
    const depot = [
      '# Saturday, depot', '',
      'Put all drivers on six days this week. Didn\'t say why, no reason given.', '',
      'Kofi asked if he could swap Sunday with Ben because his mother is in hospital. Told him a driver is a driver and the rota stays.', '',
      'Lena was grey and shaking after the night run. Told her to keep going, we can\'t spare her.', '',
      'Deliveries on time: 98 %. Best week this quarter.', '',
    ].join('\n');
    const found = tagger.tag(depot).traps.find((trap) => trap.id === 'taskmaster-manager');
    assert.ok(found, 'taskmaster-manager not found');
    assert.ok(found.evidence.includes('Told him a driver is a driver and the rota stays.'), found.evidence.join(' | '));
  });

  it('shows no trap of managing acts on an entry it reads as leading, though its refusals read as one', () => {
    const offsite = [
      '# Quarterly offsite', '',
      'I spent the morning painting the picture of where the clinic should be in three years: the place families trust first, where every nurse grows into the next role.', '',
      'I asked each person what would make the work feel worth getting up for, and we built our purpose statement together from their words.', '',
      'I told Amara I believe in her and want her to lead the family-support pilot; I will coach her through the first month.', '',
      'We talked honestly about trust after last year\'s restructure, and I owned my part in how badly it landed.', '',
      'Jon proposed moving the handover to a digital board. I said the paper handover sheet has worked for years and we are not changing it.', '',
      'Leila suggested rotating the triage lead. Told her that\'s not how we do things here.', '',
      'I shared the story of the patient who came back to thank the night team, because it is why we do this.', '',
      'I encouraged the new hires to challenge anything that does not serve families, including my own ideas.', '',
      'I want every person here to see how their work changes a family\'s worst week.', '',
      'We agreed our shared values: honesty, courage and care for each other.', '',
      'I thanked Priya in front of everyone for the way she mentored the students.', '',
      'I closed by asking everyone to name one change they want to champion this quarter.', '',
    ].join('\n');
    const classifier = createClassifier('en');
    const sentences = splitSentences(extractUserText(offsite)).map((sentence) => classifiedSentence(classifier, sentence.text, sentence.line));
    // The two refusals alone read as the visionless manager's…
    assert.ok(readTraps(sentences, 'en').traps.some((trap) => trap.id === 'visionless-manager'), 'the refusals no longer read as a trap');
    // …but the entry is about leading, and a trap of managing acts is not shown on it.
    const tagged = tagger.tag(offsite);
    assert.equal(tagged.label, 'why');
    assert.deepEqual(tagged.traps.map((trap) => trap.id), []);
  });

  it('keeps false alarms on the training entries with no trap at or under 1 per 24', () => {
    assertFewFalseAlarms(tagger, trainingEntries().filter((entry) => entry.gold !== undefined && entry.traps.length === 0));
  });
});
