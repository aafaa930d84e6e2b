// Linear time of the tagger's text path (extraction and sentence splitting) on inputs that broke
// earlier regular expressions or could make a scan restart. See test/support/linearTime.ts.
import { extractUserText } from '../../src/core/tagger/markdownText';
import { splitSentences } from '../../src/core/tagger/sentences';
import { assertLinear, repeatTo } from '../support/linearTime';

describe('text extraction and sentence splitting (linear time)', function () {
  this.timeout(60_000);


  const PATHOLOGICAL: Record<string, string> = {
    'brackets': '[[',
    'emphasis': '*a',
    'tag openers': '<a ',
    'one long word': 'a',
    'task boxes on one line': '- [ ] ',
    'link tails': '](',
    'link titles': '](x (',
    'reference labels': '][',
    'backtick runs': '`a``b```c',
    'comments': '<!--',
    'escapes': '\\',
    'tags': '<a>',
    'periods': 'a. ',
    'question marks': '?',
    'label items': '\n- They will:',
    'bold lines': '**a\n',
    'bold labels': '**a**\n',
    'spaced item': '- a          ',
    'quotes': '> ',
    'pipes': '|',
    'line breaks': '\r\n',
  };

  for (const [name, unit] of Object.entries(PATHOLOGICAL)) {
    it(`grows linearly on ${name} (${JSON.stringify(unit)})`, async () => {
      await assertLinear((size) => repeatTo(unit, size), (text) => splitSentences(extractUserText(text)));
    });
  }
});
