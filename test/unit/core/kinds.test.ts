import * as assert from 'node:assert/strict';
import {
  BODY_VARIABLES, ENTRY_KIND_IDS, ENTRY_KINDS, PROMPT_OF_THE_DAY_HEADING, entryKind, isEntryKindId, type EntryKind,
} from '../../../src/core/entries/kinds';
import {
  createScaffoldMatcher, firstAnswerLocation, isScaffoldedLine, isScaffoldedPrompt, isScaffoldedTitle,
  normalisePromptText,
} from '../../../src/core/entries/scaffoldLines';
import { ALL_PROMPTS } from '../../../src/core/prompts/packs';

/** Every way `body` breaks the body-format contract documented in kinds.ts; empty when it obeys. */
function contractProblems(body: string): string[] {
  const problems: string[] = [];
  if (!body.endsWith('\n') || body.endsWith('\n\n')) {
    problems.push('does not end with exactly one newline');
  }
  if (body.includes('\r')) {
    problems.push('has a carriage return');
  }
  const lines = body.replace(/\n$/, '').split('\n');
  if (!/^# \S/.test(lines[0] ?? '')) {
    problems.push('does not start with a "# " title');
  }
  if (lines[1] !== '') {
    problems.push('no empty line after the title');
  }
  let i = 2;
  let sections = 0;
  while (i < lines.length) {
    if (!/^## \S/.test(lines[i] ?? '')) {
      problems.push(`line ${i}: expected a "## " heading, got ${JSON.stringify(lines[i])}`);
      break;
    }
    sections++;
    if (lines[i + 1] !== '') {
      problems.push(`line ${i + 1}: expected the empty line after a heading`);
    }
    i += 2;
    if (lines[i] === '') {
      i++; // the empty answer line
    } else {
      const first = i;
      while (i < lines.length && /^- [^:{}]+: $/.test(lines[i] ?? '')) {
        i++;
      }
      if (i === first) {
        problems.push(`line ${i}: expected an empty answer line or "- Label: " items`);
        break;
      }
    }
    if (i < lines.length) {
      if (lines[i] !== '' || !(lines[i + 1] ?? '').startsWith('## ')) {
        problems.push(`line ${i}: expected one empty line, then the next heading`);
        break;
      }
      i++;
    }
  }
  if (sections === 0) {
    problems.push('has no prompt');
  }
  return problems;
}

function variablesOf(text: string): string[] {
  return Array.from(text.matchAll(/\{\{(.*?)\}\}/g), (match) => match[1] ?? '');
}

/** The body with variables filled the way the product fills them. */
function filled(kind: EntryKind): string {
  return kind.body
    .replaceAll('{{date}}', '2026-11-23').replaceAll('{{weekday}}', 'Monday').replaceAll('{{week}}', '2026-W48')
    .replaceAll('{{person}}', 'Ana').replaceAll('{{prompt}}', ALL_PROMPTS[7]?.text ?? '');
}

describe('entry kinds', () => {
  it('has the nine kinds in QuickPick order, each found by id', () => {
    assert.deepEqual(ENTRY_KIND_IDS, [
      'daily', 'weekly-review', 'one-on-one', 'decision', 'after-action', 'start-stop-continue', 'situational', 'trap-check', 'feedback',
    ]);
    for (const id of ENTRY_KIND_IDS) {
      assert.equal(entryKind(id).id, id);
      assert.equal(isEntryKindId(id), true);
    }
    assert.equal(isEntryKindId('weekly'), false);
    assert.throws(() => entryKind('nope' as never), RangeError);
  });

  it('gives each kind a label, a description, a period and the expected file naming', () => {
    const naming = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind.id, [kind.fileSuffix, kind.period, kind.needsPerson]]));
    assert.deepEqual(naming.daily, ['', 'day', false]);
    assert.deepEqual(naming['weekly-review'], ['review', 'week', false]);
    assert.deepEqual(naming['one-on-one'], ['1on1', 'day', true]);
    assert.deepEqual(naming.situational?.slice(1), ['day', true]);
    for (const kind of ENTRY_KINDS) {
      assert.ok(kind.label.trim() && kind.description.trim(), kind.id);
      assert.match(kind.fileSuffix, /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, `${kind.id}: a file-name-safe suffix`);
    }
  });

  it('has a contract check that catches broken bodies', () => {
    assert.deepEqual(contractProblems('# T\n\n## Q\n\n- A: \n'), []);
    assert.notDeepEqual(contractProblems('# T\n\n## Q\n\n\n'), [], 'ends in blank lines');
    assert.notDeepEqual(contractProblems('# T\n\n## Q\n\n\n## R\n\n- A: \n'), [], 'no blank before a heading');
    assert.notDeepEqual(contractProblems('# T\n\n## Q\n- A: \n'), [], 'no blank after a heading');
    assert.notDeepEqual(contractProblems('## Q\n\n- A: \n'), [], 'no title');
    assert.notDeepEqual(contractProblems('# T\n\n## Q\n\n- A: x\n'), [], 'a prefilled item');
  });

  it('uses unique file suffixes', () => {
    const suffixes = ENTRY_KINDS.map((kind) => kind.fileSuffix);
    assert.equal(new Set(suffixes).size, suffixes.length);
  });

  for (const kind of ENTRY_KINDS) {
    describe(`${kind.id} body`, () => {
      it('obeys the body-format contract', () => {
        assert.deepEqual(contractProblems(kind.body), []);
      });

      it('uses only the allowed variables, and only in the title or the prompt-of-the-day heading', () => {
        for (const name of variablesOf(kind.body)) {
          assert.ok((BODY_VARIABLES as readonly string[]).includes(name), `${kind.id}: {{${name}}}`);
        }
        for (const line of kind.body.split('\n').slice(1)) {
          if (line.includes('{{')) {
            assert.equal(line, `## ${PROMPT_OF_THE_DAY_HEADING}`, `${kind.id}: variable outside the title`);
          }
        }
      });

      it('uses {{person}} exactly when it needs a person, and {{week}} when it is weekly', () => {
        assert.equal(variablesOf(kind.body).includes('person'), kind.needsPerson);
        assert.equal(variablesOf(kind.title).includes('week'), kind.period === 'week');
        assert.equal(variablesOf(kind.body).includes('prompt'), kind.id === 'daily');
      });

      it('is rendered from its sections, whose ids are stable-looking and unique', () => {
        const headings = kind.body.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
        assert.deepEqual(headings, kind.sections.map((section) => section.heading));
        const ids = kind.sections.flatMap((section) => [section.id, ...(section.items ?? []).map((item) => item.id)]);
        assert.equal(new Set(ids).size, ids.length);
        for (const id of ids) {
          assert.match(id, new RegExp(`^${kind.id}\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)?$`));
        }
      });
    });
  }

  it('never reuses a pack prompt as a kind heading, so the prompt of the day cannot repeat one', () => {
    const packTexts = new Set(ALL_PROMPTS.map((prompt) => normalisePromptText(prompt.text)));
    for (const section of ENTRY_KINDS.flatMap((kind) => kind.sections)) {
      assert.ok(!packTexts.has(normalisePromptText(section.heading)), section.id);
    }
  });

  it('asks the situational check-in for competence, motivation, the fitting style and the style used', () => {
    const body = entryKind('situational').body;
    // "Commitment" is the product's word for a promise to act, so the check-in does not use it.
    assert.doesNotMatch(body, /commitment/i);
    for (const line of ['- Competence on this task: ', '- Motivation and confidence for this task: ', '- Style that fits: ', '- Style I actually used: ']) {
      assert.ok(body.split('\n').includes(line), line);
    }
    for (const style of ['directing', 'coaching', 'supporting', 'delegating']) {
      assert.ok(body.includes(style), style);
    }
  });

  it('keys the trap check by the four trap ids', () => {
    const ids = entryKind('trap-check').sections.map((section) => section.id);
    for (const trap of ['micromanaging-leader', 'visionless-manager', 'nice-leader-no-follow-through', 'taskmaster-manager']) {
      assert.ok(ids.includes(`trap-check.${trap}`), trap);
    }
  });
});

describe('scaffold lines', () => {
  it('recognises every heading and unanswered item of every kind, and nothing else in a fresh body', () => {
    for (const kind of ENTRY_KINDS) {
      const lines = filled(kind).split('\n');
      for (const line of lines) {
        const expected = line.startsWith('## ') || line.startsWith('- ');
        assert.equal(isScaffoldedPrompt(line), expected, `${kind.id}: ${JSON.stringify(line)}`);
      }
      assert.equal(isScaffoldedTitle(lines[0] ?? ''), true, `${kind.id} title`);
      assert.equal(isScaffoldedLine(lines[0] ?? ''), true, `${kind.id} title`);
    }
  });

  it('recognises every pack prompt as a heading', () => {
    for (const prompt of ALL_PROMPTS) {
      assert.equal(isScaffoldedPrompt(`## ${prompt.text}`), true, prompt.id);
      assert.equal(isScaffoldedPrompt(prompt.text), false, `${prompt.id} as plain text is the user's`);
    }
  });

  it('ignores case, spacing, a closing ## sequence, CR and curly apostrophes', () => {
    assert.equal(isScaffoldedPrompt('##   what DID i decide?  '), true);
    assert.equal(isScaffoldedPrompt('## What did I decide? ##'), true);
    assert.equal(isScaffoldedPrompt('## What did I decide?\r'), true);
    assert.equal(isScaffoldedPrompt('## Who deserves a thank-you from me for today?'), true);
    assert.equal(isScaffoldedPrompt("## What is standing in someone\u2019s way that I could clear this week?"), true);
    assert.equal(isScaffoldedPrompt('-   Competence on this task:'), true);
    assert.equal(isScaffoldedPrompt('* competence on this task :  '), true);
  });

  it('treats anything the user wrote as an answer', () => {
    for (const line of [
      '- Competence on this task: high',
      '- My own note:',
      '## What did I decide today about hiring?',
      '### What did I decide?',
      '# What did I decide?',
      'What did I decide?',
      '',
      '# My own title',
      '# Monday, yesterday',
    ]) {
      assert.equal(isScaffoldedLine(line), false, JSON.stringify(line));
    }
  });

  it('builds a matcher for other texts, such as a translation', () => {
    const matches = createScaffoldMatcher({ headings: ['Was habe ich entschieden?'], labels: ['Kompetenz für diese Aufgabe'] });
    assert.equal(matches('## Was habe ich entschieden?'), true);
    assert.equal(matches('- Kompetenz für diese Aufgabe: '), true);
    assert.equal(matches('## What did I decide?'), false);
  });

  it('finds the first answer line below the front matter', () => {
    const text = `---\ndate: 2026-11-23\nkind: daily\n---\n${filled(entryKind('daily'))}`;
    const lines = text.split('\n');
    const location = firstAnswerLocation(text);
    assert.ok(location);
    assert.equal(lines[location.line], '');
    assert.equal(lines[location.line - 2], `## ${ALL_PROMPTS[7]?.text}`);
    assert.equal(location.character, 0);
    assert.equal(firstAnswerLocation(text.replaceAll('\n', '\r\n'))?.line, location.line);
  });

  it('puts the cursor after the colon when the first section is structured', () => {
    const text = '# T\n\n## Their readiness (low, some or high)\n\n- Competence on this task: \n';
    assert.deepEqual(firstAnswerLocation(text), { line: 4, character: '- Competence on this task: '.length });
    assert.equal(firstAnswerLocation('# Only a title\n'), undefined);
  });
});
