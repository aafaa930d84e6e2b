// Linear time of every reader of user-written YAML: front matter (read and written) and people.yml.
// Above the bounds of src/core/text/boundedYaml.ts the text is refused before parsing, so 256k and
// 2M characters measure the refusal; the second block measures the library itself inside the bounds.
// See test/support/linearTime.ts for the method.
import * as assert from 'node:assert/strict';
import { readFrontMatter, updateFrontMatter } from '../../src/core/entries/frontMatter';
import { parsePeopleFile } from '../../src/core/reflect/peopleFile';
import { FRONT_MATTER_LIMITS, PEOPLE_FILE_LIMITS } from '../../src/core/text/boundedYaml';
import { assertLinear, ownTime, repeatTo } from '../support/linearTime';

/** Inputs that were quadratic or worse in the library (issue #18) or could make a scan restart. */
const UNITS: Record<string, string> = {
  'closing braces': '}}',
  'double quotes': '"',
  'task boxes': '- [ ] ',
  'open braces': '{',
  'open brackets': '[',
  'sequence indicators': '- ',
  'explicit keys': '? ',
  'anchors and aliases': 'x: &a\n  y: *a\n',
  'plain pairs': 'a: b\n',
  'comments': '# c\n',
  'tabs': '\t',
  'backslashes in quotes': '"\\',
  'colons': ':',
};

const frontMatter = (yaml: string): string => `---\n${yaml}\n---\nbody\n`;

describe('YAML readers above the bounds: refused in linear time', function () {
  this.timeout(120_000);
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`front matter, read and written, on ${name}`, async () => {
      await assertLinear((size) => frontMatter(repeatTo(unit, size)), (text) => {
        readFrontMatter(text);
        updateFrontMatter(text, { tags: ['why'] });
      });
    });
    it(`people.yml on ${name}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), parsePeopleFile);
    });
  }
});

describe('YAML readers inside the bounds: the library itself', function () {
  this.timeout(120_000);
  // At the bounds the library does parse. Growth below 256k characters is not steady enough to
  // compare two sizes (see linearTime.ts), so this holds the largest text read to a budget instead:
  // the stalls this replaces took seconds to minutes; the worst measured here is about 0.3 s for
  // front matter (read and written) and 1 s for people.yml, so a busy machine has room.
  const budget = async (ms: number, work: () => void): Promise<void> => {
    const elapsed = await ownTime(work);
    assert.ok(elapsed < ms, `${elapsed.toFixed(0)} ms, budget ${ms} ms`);
  };
  const largestFront = FRONT_MATTER_LIMITS.maxChars - 1; // The line break before the closing fence is part of it.
  const largestPeople = PEOPLE_FILE_LIMITS.maxChars;
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`front matter of ${largestFront.toLocaleString('en')} characters of ${name}, read and written, in under 2 s`, async () => {
      const text = frontMatter(repeatTo(unit, largestFront));
      await budget(2000, () => {
        readFrontMatter(text);
        updateFrontMatter(text, { tags: ['why'] });
      });
    });
    it(`people.yml of ${largestPeople.toLocaleString('en')} characters of ${name} in under 5 s`, async () => {
      const text = repeatTo(unit, largestPeople);
      await budget(5000, () => parsePeopleFile(text));
    });
  }
});
