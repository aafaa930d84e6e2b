import * as assert from 'node:assert/strict';
import {
  ALL_PROMPTS, PACK_IDS, PROMPT_PACKS, findPrompt, isPackId, promptPack, promptsOfPacks,
} from '../../../src/core/prompts/packs';
import { normalisePromptText } from '../../../src/core/entries/scaffoldLines';

// Ids that have shipped. Translations and settings refer to them, so each must keep existing;
// adding prompts is fine, renaming or removing one breaks this list on purpose.
const SHIPPED_PROMPT_IDS = [
  'leading.why-today', 'leading.future-picture', 'leading.spark', 'leading.trust-extended', 'leading.listened',
  'leading.courage', 'leading.question-habit', 'leading.change-story', 'leading.growth', 'leading.hidden-strength',
  'leading.motivations', 'leading.values', 'leading.awaited-direction', 'leading.recognition',
  'managing.how-today', 'managing.next-step', 'managing.roadblock', 'managing.deadline-risk', 'managing.capacity',
  'managing.early-signal', 'managing.process-friction', 'managing.handover-gap', 'managing.check-in-rhythm',
  'managing.top-three', 'managing.missing-resource', 'managing.meeting-cost', 'managing.unowned-action',
  'managing.dependency',
  'balance.split-today', 'balance.why-before-how', 'balance.pace-and-care', 'balance.ready-to-own',
  'balance.make-room', 'balance.bold-option', 'balance.sustainable', 'balance.aim-to-steps', 'balance.line-of-sight',
  'balance.missing-side', 'balance.switch-moment', 'balance.talent-not-tasks', 'balance.reason-and-plan',
  'situational.competence', 'situational.commitment', 'situational.style-used', 'situational.direction-fit',
  'situational.over-directing', 'situational.confidence-dip', 'situational.new-starter', 'situational.ready-to-run',
  'situational.unspoken-expectation', 'situational.shortfall', 'situational.accountability',
  'situational.closing-gap', 'situational.varies-by-task', 'situational.slipping',
  'traps.redid-handed-work', 'traps.kept-decisions', 'traps.over-checking', 'traps.purpose-unknown',
  'traps.resisted-idea', 'traps.heading-talk', 'traps.open-promise', 'traps.excitement-no-plan',
  'traps.avoided-conversation', 'traps.how-are-you', 'traps.unseen-strain', 'traps.bare-request',
  'reflection.went-well', 'reflection.learned', 'reflection.replay', 'reflection.surprise', 'reflection.quiet-pride',
  'reflection.energy-gain', 'reflection.energy-cost', 'reflection.feedback', 'reflection.thanks',
  'reflection.let-go', 'reflection.wrong-assumption', 'reflection.first-thing',
];

describe('prompt packs', () => {
  it('has exactly the six packs, in order', () => {
    assert.deepEqual(PACK_IDS, ['leading', 'managing', 'balance', 'situational', 'traps', 'reflection']);
  });

  it('gives every pack a label, a description and at least 10 prompts', () => {
    for (const pack of PROMPT_PACKS) {
      assert.ok(pack.label.trim().length > 0, pack.id);
      assert.ok(pack.description.trim().length > 0, pack.id);
      assert.ok(pack.prompts.length >= 10, `${pack.id} has ${pack.prompts.length} prompts`);
    }
  });

  it('uses stable-looking ids: <pack id>.<kebab-case slug>', () => {
    for (const pack of PROMPT_PACKS) {
      for (const prompt of pack.prompts) {
        assert.match(prompt.id, /^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, prompt.id);
        assert.equal(prompt.id.split('.')[0], pack.id, prompt.id);
      }
    }
  });

  it('never repeats a prompt id or text, even ignoring case and whitespace', () => {
    const ids = ALL_PROMPTS.map((prompt) => prompt.id);
    assert.equal(new Set(ids).size, ids.length);
    const texts = ALL_PROMPTS.map((prompt) => normalisePromptText(prompt.text));
    const duplicates = texts.filter((text, index) => texts.indexOf(text) !== index);
    assert.deepEqual(duplicates, []);
  });

  it('keeps every shipped id', () => {
    const missing = SHIPPED_PROMPT_IDS.filter((id) => findPrompt(id) === undefined);
    assert.deepEqual(missing, []);
  });

  it('writes each prompt as one first-person question on one line', () => {
    for (const { id, text } of ALL_PROMPTS) {
      assert.equal(text, text.trim(), id);
      assert.ok(!/[\r\n\t]|\s{2}/.test(text), `${id}: one line, single spaces`);
      assert.ok(text.endsWith('?') && text.indexOf('?') === text.length - 1, `${id}: exactly one question`);
      assert.match(text, /\b(?:I|me|my|we|our|us)\b/, `${id}: first person`);
      assert.ok(text.length <= 120, `${id}: short enough to answer in a few lines`);
      assert.ok(!/[{}#|`*_]/.test(text), `${id}: no Markdown or template syntax`);
    }
  });

  it('looks packs up by id and narrows settings values', () => {
    assert.equal(promptPack('traps').id, 'traps');
    assert.throws(() => promptPack('nope' as never), RangeError);
    assert.equal(isPackId('balance'), true);
    assert.equal(isPackId('Balance'), false);
    assert.equal(isPackId(3), false);
  });

  it('selects prompts of chosen packs in pack order', () => {
    const selected = promptsOfPacks(['reflection', 'leading']);
    assert.equal(selected.length, promptPack('leading').prompts.length + promptPack('reflection').prompts.length);
    assert.equal(selected[0]?.id.split('.')[0], 'leading');
    assert.deepEqual(promptsOfPacks([]), []);
    assert.equal(findPrompt('leading.why-today')?.id, 'leading.why-today');
    assert.equal(findPrompt('leading.nope'), undefined);
  });
});
