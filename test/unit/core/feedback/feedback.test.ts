import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { GERMAN_ENTRY_KINDS } from '../../../../src/core/entries/germanKinds';
import { entryKind } from '../../../../src/core/entries/kinds';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { isScaffoldedPrompt } from '../../../../src/core/entries/scaffoldLines';
import { feedbackBalances, readFeedback, type FeedbackNote } from '../../../../src/core/feedback/feedbackLog';
import { checkFeedback } from '../../../../src/core/feedback/sbiCheck';
import { findParts } from '../../../../src/core/feedback/sbiParts';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';

function note(person: string | undefined, answers: Partial<Record<'situation' | 'behaviour' | 'impact' | 'recognition' | 'request', string>>, locale?: string): string {
  const kind = locale === 'de' ? GERMAN_ENTRY_KINDS.find((candidate) => candidate.id === 'feedback') : entryKind('feedback');
  assert.ok(kind);
  const plan = planEntry({ kind: { ...kind, needsPerson: person !== undefined }, date: { year: 2026, month: 3, day: 2 }, ...(person ? { person } : {}), weekStart: 1, prompt: '', locale: locale ?? 'en' });
  assert.ok(plan.ok, plan.ok ? '' : plan.message);
  let text = plan.text.replace('kind: feedback\n', 'kind: feedback\n');
  const headings = kind.sections.slice(0, 3).map((section) => section.heading);
  (['situation', 'behaviour', 'impact'] as const).forEach((part, index) => {
    const answer = answers[part];
    if (answer) {
      text = text.replace(`## ${headings[index] ?? ''}\n\n`, `## ${headings[index] ?? ''}\n\n${answer}`);
    }
  });
  const labels = kind.sections[3]?.items?.map((item) => item.label) ?? [];
  if (answers.recognition) {
    text = text.replace(`- ${labels[0] ?? ''}: `, `- ${labels[0] ?? ''}: ${answers.recognition}`);
  }
  if (answers.request) {
    text = text.replace(`- ${labels[1] ?? ''}: `, `- ${labels[1] ?? ''}: ${answers.request}`);
  }
  return text;
}

const lineOf = (text: string, start: string): number => text.split('\n').findIndex((line) => line.startsWith(start));

describe('feedback: the kind and the snippet', () => {
  it('has an SBI template in English and German whose scaffolding the tagger skips', () => {
    const english = entryKind('feedback');
    assert.deepEqual([english.fileSuffix, english.period, english.needsPerson], ['feedback', 'day', true]);
    assert.deepEqual(english.sections.map((section) => section.heading.split(':')[0]), ['Situation', 'Behaviour', 'Impact', 'What I will say']);
    const german = GERMAN_ENTRY_KINDS.find((kind) => kind.id === 'feedback');
    assert.deepEqual(german?.sections.map((section) => section.heading.split(':')[0]), ['Situation', 'Verhalten', 'Wirkung', 'Was ich sagen werde']);
    for (const line of [...english.body.split('\n'), ...(german?.body.split('\n') ?? [])].filter((text) => text.startsWith('## ') || text.startsWith('- '))) {
      assert.ok(isScaffoldedPrompt(line), line);
    }
  });
});

describe('feedback: the SBI check', () => {
  it('gives no hint for a complete note', () => {
    assert.deepEqual(checkFeedback(note('Ana', { situation: 'Tuesday’s client call', behaviour: 'she summarised the risks', impact: 'the client signed', recognition: 'keep summarising' })), []);
  });

  it('names each missing part on its own heading, with its line, as a hint in the entry’s language', () => {
    const text = note('Ana', { situation: 'Tuesday’s call', behaviour: 'interrupted twice' });
    assert.deepEqual(checkFeedback(text), [{ line: lineOf(text, '## Impact'), missing: 'impact', message: 'No impact yet: what did it lead to, for the work, the team or me?' }]);
    const german = note('Ana', { situation: 'Dienstag', impact: 'der Kunde hat es gemerkt' }, 'de');
    assert.deepEqual(checkFeedback(german, 'de'), [{ line: lineOf(german, '## Verhalten'), missing: 'behaviour', message: 'Noch kein Verhalten: Was genau hat die Person getan oder gesagt, wie ich es gesehen oder gehört habe?' }]);
  });

  it('puts a part missing altogether on the title, and says a note with no person names no one', () => {
    const text = '---\ndate: 2026-03-02\nkind: feedback\n---\n\n# Feedback\n\n- Situation: the retro\n- Behaviour: she named the real problem\n';
    assert.deepEqual(checkFeedback(text), [
      { line: 0, missing: 'person', message: 'Whom is this feedback for? Add their name to people: in the front matter, or write @name.' },
      { line: 5, missing: 'impact', message: 'This feedback has no impact: add what it led to, for the work, the team or me (SBI: situation, behaviour, impact).' },
    ]);
    assert.equal(checkFeedback(text.replace('the retro', 'the retro with @ana')).some((hint) => hint.missing === 'person'), false);
    const empty = note(undefined, {});
    assert.deepEqual(checkFeedback(empty).map((hint) => hint.missing), ['person', 'situation', 'behaviour', 'impact']);
  });

  it('reads hand-written parts: labels, bold labels, other heading levels, an article, the American spelling', () => {
    const text = '# Notes\n\n**Feedback for @ana**\n\n### The situation\nstand-up\n\n**Behavior:** she cut the update short\n- Impact:\n  everyone left on time\n';
    assert.deepEqual(findParts(text).map((part) => [part.part, part.line, part.answer]), [
      ['situation', 4, 'stand-up'],
      ['behaviour', 7, 'she cut the update short'],
      ['impact', 8, 'everyone left on time'],
    ]);
    assert.deepEqual(checkFeedback(text), []);
  });

  it('checks a snippet note inside a daily entry, and leaves other entries alone', () => {
    const daily = '---\ndate: 2026-03-02\nkind: daily\n---\n# Monday\n\n**Feedback for @sam**\n\n## Situation: when and where was it?\n\nplanning\n\n## Behaviour: what exactly did they do or say?\n\n\n## Impact: what did it lead to, for the work, the team or me?\n\nwe finished early\n';
    assert.deepEqual(checkFeedback(daily).map((hint) => [hint.missing, hint.line]), [['behaviour', 12]]);
    assert.deepEqual(checkFeedback('---\nkind: daily\n---\nSituation: the team is tired.\n\n## What did I decide?\n'), [], 'one stray part is not a note');
    assert.deepEqual(checkFeedback(entryKind('decision').body), []);
  });

  it('does not count the template’s own unanswered labels or the drafted block as answers', () => {
    const text = note('Ana', { situation: 'x', behaviour: 'y' }).replace('## What I will say', '<!-- leadership-journal:drafted -->\nImpact: drafted text\n<!-- /leadership-journal:drafted -->\n\n## What I will say');
    assert.deepEqual(checkFeedback(text).map((hint) => hint.missing), ['impact']);
  });

  it('never throws, and puts every hint on a line of the text (property)', () => {
    const pieces = fc.constantFrom('---\nkind: feedback\n---\n', '## Situation', '## Impact:', '### Behaviour', '- Situation: ', '**Impact:** ', 'Verhalten: ', '\n', '\n\n', 'x', '@ana', '# T\n', ':', '(', ')', '<!-- leadership-journal:drafted -->\n', '```\n');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
      for (const hint of checkFeedback(text)) {
        assert.ok(hint.line >= 0 && hint.line < lines, JSON.stringify(hint));
        assert.ok(hint.message.length > 0);
      }
    }), { numRuns: 500 });
  });
});

describe('feedback: the log', () => {
  it('reads whom a note is for and whether it recognises, asks for growth, or both', () => {
    assert.deepEqual(readFeedback(note('Ana', { recognition: 'keep it up' })), { people: ['Ana'], types: ['recognition'] });
    assert.deepEqual(readFeedback(note('Ana', { request: 'send it a day earlier' })), { people: ['Ana'], types: ['growth'] });
    assert.deepEqual(readFeedback(note('Ana', { recognition: 'a', request: 'b' }))?.types, ['recognition', 'growth']);
    assert.deepEqual(readFeedback(note('Ana', {}))?.types, []);
    assert.deepEqual(readFeedback(note('Ana', {}).replace('kind: feedback\n', 'kind: feedback\nfeedback: growth\n'))?.types, ['growth']);
    assert.deepEqual(readFeedback(note('Ana', { recognition: 'danke' }, 'de')), { people: ['Ana'], types: ['recognition'] });
    assert.equal(readFeedback('---\nkind: daily\n---\n# Monday\n'), undefined);
    const daily = '---\nkind: daily\n---\n@bo was there.\n\n**Feedback for @sam**\n\n- Situation: planning\n- Behaviour: kept time\n- Request (what to do differently): share the agenda first\n';
    assert.deepEqual(readFeedback(daily), { people: ['sam'], types: ['growth'] });
  });

  it('counts recognition and growth per person and month, and the days since the last of each', () => {
    const people = parsePeopleFile('Ana María López: [ana]\n').people;
    const notes: FeedbackNote[] = [
      { date: '2026-01-20', path: 'a.md', people: ['Ana'], types: ['recognition'] },
      { date: '2026-02-03', path: 'b.md', people: ['Ana María López'], types: ['growth'] },
      { date: '2026-02-17', path: 'c.md', people: ['ana'], types: ['growth', 'recognition'] },
      { date: '2026-02-20', path: 'd.md', people: ['ana', 'Sam'], types: [] },
      { date: '2026-04-01', path: 'future.md', people: ['ana'], types: ['recognition'] },
      { date: 'not a date', path: 'e.md', people: ['ana'], types: ['growth'] },
    ];
    const balances = feedbackBalances(notes, createPeopleDirectory(people), { year: 2026, month: 3, day: 1 });
    assert.deepEqual(balances.get('ana maria lopez'), {
      key: 'ana maria lopez',
      months: [
        { month: '2026-01', recognition: 1, growth: 0, unclassified: 0 },
        { month: '2026-02', recognition: 1, growth: 2, unclassified: 1 },
      ],
      lastRecognition: { date: '2026-02-17', path: 'c.md', daysAgo: 12 },
      lastGrowth: { date: '2026-02-17', path: 'c.md', daysAgo: 12 },
    });
    assert.deepEqual(balances.get('sam'), { key: 'sam', months: [{ month: '2026-02', recognition: 0, growth: 0, unclassified: 1 }] });
  });
});
