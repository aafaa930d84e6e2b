// Linear time of the whole tagger path (extraction, sentences, classification, traps) on inputs
// that have broken text readers before; taggerText.time.ts covers extraction and sentences alone.
// See test/support/linearTime.ts.
import { createTagger } from '../../src/core/tagger/tagger';
import { assertLinear, repeatTo } from '../support/linearTime';

describe('the tagger in linear time', function () {
  this.timeout(120_000);
  const tagger = createTagger();
  const UNITS: Record<string, string> = {
    'sentences': 'I explained why the change matters. ',
    'one long sentence': 'plan the budget and the vision ',
    'no punctuation': 'a ',
    'negations': 'not ',
    'contrasts': 'instead of ',
    'list items': '- plan\n',
    'front matter fences': '---\n',
  };
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`grows linearly on ${name}`, async () => {
      await assertLinear((size) => repeatTo(unit, size), (text) => tagger.tag(text));
    });
  }
});
