import * as assert from 'node:assert/strict';
import { decodeLemmaTable, encodeLemmaIndex, encodeLemmaTable, type LemmaEntry } from '../../../../src/core/tagger/lemmaTable';
import { DE_LEMMA_INDEX, DE_LEMMAS, EN_LEMMA_INDEX, EN_LEMMAS } from '../../../../src/core/tagger/lemmaTable.generated';

/** The table's reading as the format states it (lemmaTable.ts), written the plain way: split lines, split codes. */
function referenceForms(encoded: string): Map<string, LemmaEntry> {
  const forms = new Map<string, LemmaEntry>();
  const lines = encoded.split('|');
  const shared = new Map<string, string>();
  if (lines[0]?.startsWith(';') === true) {
    for (const entry of (lines.shift() as string).slice(1).split(' ')) {
      shared.set(entry.slice(0, 1), entry.slice(1));
    }
  }
  for (const line of lines) {
    if (line === '') {
      continue;
    }
    // A run of shared codes' names stands for those codes.
    const codes = line.split(' ').flatMap((code, at) => (at > 0 && shared.has(code.slice(0, 1)) ? [...code].map((name) => shared.get(name) as string) : [code]));
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

function assertSameReading(encoded: string, language: 'en' | 'de' = 'en', index?: string): void {
  const table = decodeLemmaTable(language, encoded, index);
  const reference = referenceForms(encoded);
  for (const [form, entry] of reference) {
    assert.deepEqual(table.lookup(form), entry, `form "${form}"`);
  }
  const lines = encoded.split('|');
  if (lines[0]?.startsWith(';') === true) {
    lines.shift(); // The dictionary; only a first line is one.
  }
  assert.deepEqual(table.families, lines.filter((line) => line !== '').map((line) => line.split(' ')[0]?.replace(/^!/, '')));
}

describe('lemma tables', () => {
  it('decode every form of the shipped tables to its family and evidence flag, as the format says', () => {
    assertSameReading(EN_LEMMAS, 'en');
    assertSameReading(DE_LEMMAS, 'de');
    // As the tagger reads them: through the index shipped beside them, which is the table's own.
    assertSameReading(EN_LEMMAS, 'en', EN_LEMMA_INDEX);
    assertSameReading(DE_LEMMAS, 'de', DE_LEMMA_INDEX);
    assert.equal(encodeLemmaIndex(EN_LEMMAS), EN_LEMMA_INDEX);
    assert.equal(encodeLemmaIndex(DE_LEMMAS), DE_LEMMA_INDEX);
    const en = decodeLemmaTable('en', EN_LEMMAS);
    assert.equal(en.lookup('delegated')?.family, 'delegate');
    assert.equal(en.lookup('zzzz'), undefined);
  });

  it('read odd lines the same way: blank lines, a bare head, "=" forms, a trailing space, no final newline', () => {
    for (const encoded of ['||plan 0s 0ned =planning|', '!team 0s !0ed|staff', 'go =went =gone 0es ', 'a||!b 1c|']) {
      assertSameReading(encoded);
    }
  });

  it('share the commonest codes through the dictionary line, and read a table without one as before', () => {
    assert.match(EN_LEMMAS, /^;[^|]*\|/);
    assert.match(DE_LEMMAS, /^;[^|]*\|/);
    // Shared names in a run, plain codes after; a shared code that drops the whole head (another first letter).
    for (const encoded of [';A0s B!0ing C4went|plan AB 0ned|walk C', ';A0s|plan A|', ';A0s', 'plan 0s|;A0s']) {
      assertSameReading(encoded);
    }
    const table = decodeLemmaTable('en', ';A0s B!0ing C4went|plan AB 0ned|walk C');
    assert.deepEqual(table.lookup('plans'), { family: 'plan', evidence: true });
    assert.deepEqual(table.lookup('planing'), { family: 'plan', evidence: false });
    assert.deepEqual(table.lookup('went'), { family: 'walk', evidence: true });
    assert.deepEqual(table.families, ['plan', 'walk']);
  });

  it('round-trip a table with many families through the dictionary: every form, flag and family as given', () => {
    const suffixes = ['s', 'ed', 'ing', 'er', 'est', 'ment', 'ness', 'ly', 'ful', 'less', 'able', 'ity', 'ise', 'ism', 'ist', 'ward', 'wise', 'ship', 'hood', 'dom',
      'ish', 'ous', 'ive', 'al', 'ic', 'ian', 'ery', 'ette', 'let', 'ling', 'ee', 'eer', 'ess', 'ant', 'ent', 'ance', 'ence', 'ure', 'age', 'ery', 'ory', 'ary',
      'ile', 'ine', 'ite', 'oid', 'ose', 'some', 'teen', 'th', 'y', 'en', 'fy', 'ize', 'ate', 'ify', 'ion', 'ation', 'ition', 'sion'];
    const families = new Map<string, Map<string, boolean>>();
    for (let index = 0; index < 300; index++) {
      const head = `${String.fromCharCode(97 + (index % 26))}${'bcdfg'[index % 5] as string}${'aeiou'[index % 4] as string}${String.fromCharCode(97 + Math.floor(index / 26))}k`;
      const forms = new Map<string, boolean>([[head, index % 7 !== 0]]);
      for (let at = 0; at < 1 + (index % 9); at++) {
        forms.set(`${head.slice(0, head.length - (at % 3))}${suffixes[(index * 7 + at * 3) % suffixes.length] as string}`, (index + at) % 5 !== 0);
      }
      if (index % 50 === 0) {
        forms.set(`zz${head}`, true); // Another first letter: written whole.
        forms.set('ä-ß', false); // Characters of the table are never a shared code's name.
      }
      families.set(head, forms);
    }
    const encoded = encodeLemmaTable(families);
    const dictionary = encoded.slice(0, encoded.indexOf('|'));
    assert.ok(dictionary.split(' ').length > 40, 'more shared codes than letters');
    assert.ok(!dictionary.split(' ').some((entry) => entry.startsWith('-')), 'a character a form holds names no code');
    const table = decodeLemmaTable('en', encoded);
    for (const [head, forms] of families) {
      for (const form of forms.keys()) {
        const last = [...families].reverse().find(([, other]) => other.has(form)) as [string, Map<string, boolean>];
        assert.deepEqual(table.lookup(form), { family: last[0], evidence: last[1].get(form) }, `${form} of ${head}`);
      }
    }
    assertSameReading(encoded);
  });

  it('round-trips what the encoder writes', () => {
    const families = new Map([['delegate', new Map([['delegate', true], ['delegated', true], ['delegation', true]])], ['team', new Map([['team', false], ['teams', false]])]]);
    const table = decodeLemmaTable('en', encodeLemmaTable(families));
    assert.deepEqual(table.lookup('delegation'), { family: 'delegate', evidence: true });
    assert.deepEqual(table.lookup('teams'), { family: 'team', evidence: false });
  });
});
