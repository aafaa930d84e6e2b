import * as assert from 'node:assert/strict';
import { parseIsoDate, type LocalDate } from '../../../src/core/calendar/localDate';
import { planEntry, type EntryPlan } from '../../../src/core/entries/entryPlan';
import { GERMAN_ENTRY_KINDS } from '../../../src/core/entries/germanKinds';
import { ENTRY_KINDS, entryKind, translateKinds, type EntryKindId } from '../../../src/core/entries/kinds';
import { entryKindFor, entryKindsFor } from '../../../src/core/entries/localizedKinds';
import { normalisePromptText } from '../../../src/core/entries/scaffoldLines';
import { contentLanguage } from '../../../src/core/locale/contentLanguage';
import { GERMAN_PROMPT_PACKS } from '../../../src/core/prompts/germanPacks';
import { localizePrompt, promptOfTheDayFor, promptPacksFor } from '../../../src/core/prompts/localizedPacks';
import { ALL_PROMPTS, PROMPT_PACKS } from '../../../src/core/prompts/packs';
import { promptOfTheDayFromPacks } from '../../../src/core/prompts/rotation';
import { createTagger } from '../../../src/core/tagger/tagger';

function day(text: string): LocalDate {
  const date = parseIsoDate(text);
  assert.ok(date, text);
  return date;
}

/** `{{name}}` variables in order of appearance. */
function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '');
}

const GERMAN_PROMPTS = GERMAN_PROMPT_PACKS.flatMap((pack) => pack.prompts);

describe('content language', () => {
  it('is German for every German tag, English for everything else', () => {
    for (const tag of ['de', 'DE', 'de-DE', 'de-AT', 'de-CH', 'de_de', ' de ']) {
      assert.equal(contentLanguage(tag), 'de', tag);
    }
    for (const tag of ['', undefined, 'en', 'en-GB', 'es', 'fr', 'dea', 'nl-DE', 'x']) {
      assert.equal(contentLanguage(tag), 'en', String(tag));
    }
  });

  it('selects the packs and kinds by locale, English by default', () => {
    assert.equal(promptPacksFor('de-DE'), GERMAN_PROMPT_PACKS);
    assert.equal(promptPacksFor('en'), PROMPT_PACKS);
    assert.equal(promptPacksFor(undefined), PROMPT_PACKS);
    assert.equal(promptPacksFor('es'), PROMPT_PACKS);
    assert.equal(entryKindsFor('de'), GERMAN_ENTRY_KINDS);
    assert.equal(entryKindsFor(''), ENTRY_KINDS);
    assert.equal(entryKindFor('decision', 'de').label, 'Entscheidungsprotokoll');
    assert.equal(entryKindFor('decision', 'fr'), entryKind('decision'));
  });
});

describe('German prompt packs', () => {
  it('have the same packs, ids and order as the English packs (79 prompts)', () => {
    assert.deepEqual(GERMAN_PROMPT_PACKS.map((pack) => pack.id), PROMPT_PACKS.map((pack) => pack.id));
    assert.deepEqual(GERMAN_PROMPTS.map((prompt) => prompt.id), ALL_PROMPTS.map((prompt) => prompt.id));
    assert.equal(GERMAN_PROMPTS.length, 79);
  });

  it('have no empty, untrimmed, multi-line or untranslated text', () => {
    const english = new Set(ALL_PROMPTS.map((prompt) => prompt.text));
    for (const pack of GERMAN_PROMPT_PACKS) {
      for (const text of [pack.label, pack.description, ...pack.prompts.map((prompt) => prompt.text)]) {
        assert.ok(text.trim() !== '' && text === text.trim(), `${pack.id}: ${JSON.stringify(text)}`);
        assert.doesNotMatch(text, /[\r\n]|\{\{|[#*`]/, text);
        assert.ok(!english.has(text), `untranslated: ${text}`);
      }
    }
    for (const prompt of GERMAN_PROMPTS) {
      assert.match(prompt.text, /\?$/, `${prompt.id} is a question`);
    }
  });

  it('never repeat a text, ignoring case and whitespace', () => {
    const texts = GERMAN_PROMPTS.map((prompt) => normalisePromptText(prompt.text));
    assert.deepEqual(texts.filter((text, index) => texts.indexOf(text) !== index), []);
  });

  it('give the same prompt of the day as English, in German', () => {
    for (let offset = 0; offset < 200; offset++) {
      const target = new Date(Date.UTC(2026, 0, 1 + offset));
      const local = { year: target.getUTCFullYear(), month: target.getUTCMonth() + 1, day: target.getUTCDate() };
      const english = promptOfTheDayFromPacks(local);
      const german = promptOfTheDayFor(local, 'de');
      assert.equal(german.id, english.id);
      assert.notEqual(german.text, english.text);
      assert.equal(promptOfTheDayFor(local, 'en'), english);
    }
  });

  it('translate a prompt by id, and leave one without a translation as it is', () => {
    const first = ALL_PROMPTS[0];
    assert.ok(first);
    assert.equal(localizePrompt(first, 'de').id, first.id);
    assert.equal(localizePrompt(first, 'de').text, GERMAN_PROMPTS[0]?.text);
    const unknown = { id: 'leading.not-shipped', text: 'Only in English?' };
    assert.equal(localizePrompt(unknown, 'de'), unknown);
  });
});

describe('German entry kinds', () => {
  it('keep every kind, section, item, file name and period of the English kinds', () => {
    assert.equal(GERMAN_ENTRY_KINDS.length, ENTRY_KINDS.length);
    ENTRY_KINDS.forEach((english, index) => {
      const german = GERMAN_ENTRY_KINDS[index];
      assert.ok(german);
      assert.equal(german.id, english.id);
      assert.equal(german.fileSuffix, english.fileSuffix);
      assert.equal(german.period, english.period);
      assert.equal(german.needsPerson, english.needsPerson);
      assert.deepEqual(german.sections.map((s) => [s.id, s.items?.map((i) => i.id)]), english.sections.map((s) => [s.id, s.items?.map((i) => i.id)]));
    });
  });

  it('have no empty or untranslated text', () => {
    ENTRY_KINDS.forEach((english, index) => {
      const german = GERMAN_ENTRY_KINDS[index];
      assert.ok(german);
      for (const [g, e] of [[german.label, english.label], [german.description, english.description], [german.title, english.title]] as const) {
        assert.ok(g.trim() !== '', english.id);
        assert.notEqual(g, e, `${english.id}: untranslated ${e}`);
      }
      german.sections.forEach((section, s) => {
        const englishSection = english.sections[s];
        assert.ok(section.heading.trim() !== '', section.id);
        if (section.heading !== '{{prompt}}') {
          assert.notEqual(section.heading, englishSection?.heading, section.id);
        }
        for (const item of section.items ?? []) {
          assert.ok(item.label.trim() !== '' && !/[:\r\n]|\{\{/.test(item.label), item.id);
        }
      });
    });
  });

  it('keep every template variable of the English kinds (a date may be written out)', () => {
    const asWritten = (names: string[]): string[] => names.map((name) => (name === 'date' ? 'longdate' : name));
    ENTRY_KINDS.forEach((english, index) => {
      const german = GERMAN_ENTRY_KINDS[index];
      assert.ok(german);
      assert.deepEqual(variables(german.body).map((name) => (name === 'date' ? 'longdate' : name)), asWritten(variables(english.body)), english.id);
      assert.deepEqual(asWritten(variables(german.title)).sort(), asWritten(variables(english.title)).sort(), english.id);
    });
  });

  it('render the same section structure as the English bodies', () => {
    const shape = (body: string): string => body.split('\n').map((line) => (line.startsWith('## ') ? '##' : line.startsWith('- ') ? '-' : line.startsWith('# ') ? '#' : line)).join('\n');
    ENTRY_KINDS.forEach((english, index) => {
      assert.equal(shape(GERMAN_ENTRY_KINDS[index]?.body ?? ''), shape(english.body), english.id);
    });
  });

  it('refuses a translation that misses a text', () => {
    const german = GERMAN_ENTRY_KINDS[0];
    assert.ok(german);
    assert.throws(() => translateKinds({ kinds: Object.fromEntries(ENTRY_KINDS.map((k) => [k.id, k])) as Record<EntryKindId, typeof german>, texts: {} }), /daily\.why/);
  });
});

describe('German entries', () => {
  const base = { date: day('2026-11-23'), weekStart: 1 as const, prompt: 'Was hat mich heute überrascht?' };
  const text = (plan: EntryPlan): string => {
    assert.ok(plan.ok, plan.ok ? '' : plan.message);
    return plan.text;
  };

  it('write the daily heading with the date written out in German, and keep the file name ISO', () => {
    const plan = planEntry({ ...base, kind: entryKindFor('daily', 'de'), locale: 'de' });
    assert.ok(plan.ok);
    assert.equal(plan.path, '2026/11/2026-11-23.md');
    assert.match(plan.text, /^---\ndate: 2026-11-23\nkind: daily\n---\n\n# Montag, 23\. November 2026\n\n## Was hat mich heute überrascht\?\n/);
    assert.match(plan.text, /\n## Wo habe ich heute am Warum gearbeitet/);
    assert.match(plan.text, /\n- \[ \] Ein Vorsatz für morgen: \n$/);
  });

  it('write German titles for people and weeks, with ISO front matter and file names', () => {
    const oneOnOne = planEntry({ ...base, kind: entryKindFor('one-on-one', 'de-AT'), locale: 'de-AT', person: 'Ana María' });
    assert.ok(oneOnOne.ok);
    assert.equal(oneOnOne.path, '2026/11/2026-11-23-1on1-ana-maria.md');
    assert.match(text(oneOnOne), /\n# 1:1 mit Ana María, 23\. November 2026\n/);
    const weekly = planEntry({ ...base, kind: entryKindFor('weekly-review', 'de'), locale: 'de' });
    assert.match(text(weekly), /\nweek: 2026-W48\n---\n\n# Wochenrückblick 2026-W48\n/);
  });

  it('put the cursor on the first answer line, as in English', () => {
    for (const kind of GERMAN_ENTRY_KINDS) {
      const plan = planEntry({ ...base, kind, locale: 'de', person: 'Ana' });
      assert.ok(plan.ok, kind.id);
      const english = planEntry({ ...base, kind: entryKind(kind.id), person: 'Ana' });
      assert.ok(english.ok);
      assert.deepEqual(plan.cursor, english.cursor, kind.id);
    }
  });

  it('leave the English entries exactly as before', () => {
    const plan = planEntry({ ...base, kind: entryKind('daily'), locale: 'en', prompt: 'What surprised me today?' });
    assert.match(text(plan), /\n# Monday, 2026-11-23\n\n## What surprised me today\?\n/);
  });
});

describe('German entries and the tagger', () => {
  it('reads no product text as the user\'s, and reads German answers in German, in every German kind and prompt of the day', function () {
    this.timeout(20000);
    const tagger = createTagger();
    const answers = 'Ich habe dem Team erklärt, warum die Umstellung wichtig ist, und wir haben über unsere Vision gesprochen.\n'
      + 'Dann habe ich den Plan für das Quartal überarbeitet, das Budget geprüft und die Fristen festgelegt.\n';
    for (const prompt of GERMAN_PROMPTS) {
      for (const kind of GERMAN_ENTRY_KINDS) {
        const plan = planEntry({ kind, date: day('2026-11-23'), weekStart: 1, locale: 'de', prompt: prompt.text, person: 'Ana' });
        assert.ok(plan.ok);
        const empty = tagger.tag(plan.text);
        assert.deepEqual([empty.label, empty.why, empty.how, empty.traps], ['unclear', 0, 0, []], `${kind.id} with ${prompt.id}, unanswered`);
        const answered = tagger.tag(plan.text.replace('\n\n\n', `\n\n${answers}\n`));
        assert.equal(answered.language, 'de', `${kind.id} with ${prompt.id}`);
        assert.notEqual(answered.label, 'unclear', `${kind.id} with ${prompt.id}: ${answered.sentences.map((s) => `${s.label} ${s.text}`).join(' | ')}`);
      }
    }
  });
});
