// Linear time of the readers added for people, feedback and decisions: the SBI parts and check, a
// kind's answers, a decision's revisit. See test/support/linearTime.ts.
//
// Lines here are a few hundred characters, not a few dozen. These checks do little per line, so
// with short lines the time is that of splitting the text into lines, and String.prototype.split
// itself leaves V8's cheap regime between 256k and 2M characters of short lines (measured on
// 2026-12-02: 1.8 ns per character at 256k, 8.6 at 2M, 38x for 8x the input, on a regex split alone).
// With longer lines the same patterns are exercised and the checks' own work is what is measured.
// The pathological single line of each pattern is measured separately below.
import { checkDecision } from '../../src/core/decisions/decisionRecord';
import { checkFeedback } from '../../src/core/feedback/sbiCheck';
import { assertLinear, repeatTo } from '../support/linearTime';

const WORDS = 'the client asked for a new meeting and ';

describe('feedback: the SBI check in linear time', function () {
  this.timeout(60_000);
  const UNITS: Record<string, string> = {
    'parts and answers': `## Situation: when and where was it?\n${WORDS.repeat(6)}\n- Behaviour: she interrupted ${WORDS.repeat(6)}\n**Impact:** ${WORDS.repeat(6)}\n\n`,
    'labels with brackets': '- Recognition (' + '('.repeat(200) + '): x\n',
    'one long heading': '## Situation ' + 'a ',
    'colons on one line': 'Impact:',
  };
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`grows linearly on ${name}`, async () => {
      await assertLinear((size) => `---\nkind: feedback\n---\n${repeatTo(unit, size)}`, (text) => checkFeedback(text));
    });
  }
});

describe('decisions: the decision check in linear time', function () {
  this.timeout(60_000);
  const UNITS: Record<string, string> = {
    'answered template items': `## What did I decide?\n${WORDS.repeat(8)}\n- Review on: in 6 weeks, ${WORDS.repeat(5)}\n`,
    'revisit lines': 'Revisit: in ' + 'a'.repeat(400) + '\n',
    'one long revisit line': 'Revisit: ',
    'spaces before a bullet': ' ',
  };
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`grows linearly on ${name}`, async () => {
      await assertLinear((size) => `---\ndate: 2026-11-23\nkind: decision\n---\n${repeatTo(unit, size)}`, (text) => checkDecision(text));
    });
  }
});
