// Linear time of the private-marker reader's own expressions (the line, code-span and drafted-block
// helpers it uses have their own time tests in reflect.time.ts). See test/support/linearTime.ts.
import { entryPrivacy } from '../../src/core/entries/privateEntry';
import { assertLinear, repeatTo } from '../support/linearTime';

describe('entries: the private marker in linear time', function () {
  this.timeout(60_000);
  const UNITS: Record<string, string> = {
    'tags that are not the tag': '#privat #privateer a#private ',
    'hashes': '#',
  };
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`grows linearly on ${name}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), (text) => entryPrivacy(text));
    });
  }
  it('grows linearly on malformed front matter full of near-miss private: lines', async () => {
    await assertLinear((size) => `---\n${repeatTo('private: tru [ # "yes\n', size)}\n---\nBody\n`, (text) => entryPrivacy(text));
  });
});
