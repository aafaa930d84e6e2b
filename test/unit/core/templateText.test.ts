import * as assert from 'node:assert/strict';
import { parseIsoDate } from '../../../src/core/calendar/localDate';
import {
  calendarTemplateVars, renderTemplate, type TemplateProblem, type TemplateVars,
} from '../../../src/core/entries/templateText';

const VARS: TemplateVars = {
  date: '2026-11-23', weekday: 'Monday', week: '2026-W48', person: 'Ana', prompt: 'What went well?', kind: '1on1',
};

function rendered(text: string, vars: TemplateVars = VARS): string {
  const result = renderTemplate(text, vars);
  assert.ok(result.ok, `refused: ${result.ok ? '' : JSON.stringify(result.problems)}`);
  return result.text;
}

function problems(text: string, vars: TemplateVars = VARS): readonly TemplateProblem[] {
  const result = renderTemplate(text, vars);
  assert.ok(!result.ok, 'should report problems');
  return result.problems;
}

describe('renderTemplate', () => {
  it('substitutes every variable, with or without spaces inside the braces', () => {
    const template = '# {{weekday}}, {{date}} ({{ week }})\nkind: {{kind}}\n## 1:1 with {{  person  }}\n{{prompt}}\n';
    assert.equal(rendered(template), '# Monday, 2026-11-23 (2026-W48)\nkind: 1on1\n## 1:1 with Ana\nWhat went well?\n');
  });

  it('leaves text without placeholders as it is, single braces included', () => {
    const text = 'Plain {date} and { } and {x}\n\n  indented\n';
    assert.equal(rendered(text), text);
  });

  it('inserts values literally, never expanding them again', () => {
    const vars = { ...VARS, person: '{{date}}', prompt: "$& $' $1 {{ prompt }}" };
    assert.equal(rendered('{{person}} / {{prompt}}', vars), "{{date}} / $& $' $1 {{ prompt }}");
  });

  it('normalises CRLF to LF and drops a leading byte-order mark without complaint', () => {
    assert.equal(rendered('\uFEFF# {{date}}\r\nline two\r\n'), '# 2026-11-23\nline two\n');
    assert.equal(rendered('a\rb'), 'a\nb');
  });

  it('reports an unknown variable with its line', () => {
    assert.deepEqual(problems('# {{date}}\n\n{{mood}}\n').map((p) => p.line), [3]);
    assert.match(problems('{{mood}}')[0].message, /Unknown variable \{\{mood\}\}.*\{\{date\}\}, \{\{weekday\}\}/);
    assert.match(problems('{{Date}}')[0].message, /Did you mean \{\{date\}\}\?/);
  });

  it('reports malformed braces with their lines', () => {
    const found = problems('ok {{date}}\n{{date\nfine\n{{ }}\nx }} y\n{{{date}}}\n{{ da te }}');
    assert.deepEqual(found.map((p) => p.line), [2, 4, 5, 6, 7]);
    assert.match(found[0].message, /"\{\{" is not closed/);
    assert.match(found[1].message, /holds no variable name/);
    assert.match(found[2].message, /"\}\}" has no "\{\{"/);
    assert.match(found[3].message, /is not a variable/);
    assert.match(found[4].message, /is not a variable/);
  });

  it('counts lines the same with CRLF endings and a byte-order mark', () => {
    assert.deepEqual(problems('\uFEFFa\r\nb\r\n{{nope}}\r\n').map((p) => p.line), [3]);
  });

  it('reports every problem, several on one line included', () => {
    assert.deepEqual(problems('{{a}} {{b}}\n{{c}}').map((p) => p.line), [1, 1, 2]);
  });

  it('reports a variable the entry has no value for, and renders an empty value', () => {
    const daily: TemplateVars = { date: '2026-11-23', weekday: 'Monday', week: '2026-W48', prompt: 'Why?' };
    const [missing] = problems('# {{date}}\nwith {{person}}', daily);
    assert.deepEqual(missing, { line: 2, message: '{{person}} has no value for this entry.' });
    assert.equal(rendered('with {{person}}.', { ...daily, person: '' }), 'with .');
  });

  it('derives date, weekday and week from a day', () => {
    const date = parseIsoDate('2021-01-03');
    assert.ok(date);
    assert.deepEqual(calendarTemplateVars(date), { date: '2021-01-03', weekday: 'Sunday', week: '2020-W53' });
  });
});
