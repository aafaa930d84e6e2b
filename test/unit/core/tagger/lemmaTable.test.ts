import * as assert from 'node:assert/strict';
import { decodeLemmaTable, encodeLemmaTable, type LemmaEntry } from '../../../../src/core/tagger/lemmaTable';
import { DE_LEMMAS, EN_LEMMAS } from '../../../../src/core/tagger/lemmaTable.generated';

/** The table's reading as the format states it (lemmaTable.ts), written the plain way: split lines, split codes. */
function referenceForms(encoded: string): Map<string, LemmaEntry> {
  const forms = new Map<string, LemmaEntry>();
  for (const line of encoded.split('|')) {
    if (line === '') {
      continue;
    }
    const codes = line.split(' ');
    const headCode = codes[0] as string;
    const headEvidence = !headCode.startsWith('!');
    const head = headEvidence ? headCode : headCode.slice(1);
    forms.set(head, { family: head, evidence: headEvidence });
    for (const raw of codes.slice(1)) {
      const evidence = !raw.startsWith('!');
      const code = evidence ? raw : raw.slice(1);
      const form = code.startsWith('=') ? code.slice(1) : head.slice(0, head.length - (code.charCodeAt(0) - 48)) + code.slice(1);
      forms.set(form, { family: head, evidence });
    }
  }
  return forms;
}

function assertSameReading(encoded: string, language: 'en' | 'de' = 'en'): void {
  const table = decodeLemmaTable(language, encoded);
  const reference = referenceForms(encoded);
  for (const [form, entry] of reference) {
    assert.deepEqual(table.lookup(form), entry, `form "${form}"`);
  }
  assert.deepEqual(table.families, encoded.split('|').filter((line) => line !== '').map((line) => line.split(' ')[0]?.replace(/^!/, '')));
}

describe('lemma tables', () => {
  it('decode every form of the shipped tables to its family and evidence flag, as the format says', () => {
    assertSameReading(EN_LEMMAS, 'en');
    assertSameReading(DE_LEMMAS, 'de');
    const en = decodeLemmaTable('en', EN_LEMMAS);
    assert.equal(en.lookup('delegated')?.family, 'delegate');
    assert.equal(en.lookup('zzzz'), undefined);
  });

  it('read odd lines the same way: blank lines, a bare head, "=" forms, a trailing space, no final newline', () => {
    for (const encoded of ['||plan 0s 0ned =planning|', '!team 0s !0ed|staff', 'go =went =gone 0es ', 'a||!b 1c|']) {
      assertSameReading(encoded);
    }
  });

  it('round-trips what the encoder writes', () => {
    const families = new Map([['delegate', new Map([['delegate', true], ['delegated', true], ['delegation', true]])], ['team', new Map([['team', false], ['teams', false]])]]);
    const table = decodeLemmaTable('en', encodeLemmaTable(families));
    assert.deepEqual(table.lookup('delegation'), { family: 'delegate', evidence: true });
    assert.deepEqual(table.lookup('teams'), { family: 'team', evidence: false });
  });
});
