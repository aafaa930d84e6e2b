import * as assert from 'node:assert/strict';
import { decodeLemmaTable, encodeLemmaTable } from '../../../../src/core/tagger/lemmaTable';
import { germanVariants } from '../../../../src/core/tagger/spellingVariants';

/** A small German table: family → its forms (all evidence). */
function germanTable(families: Record<string, readonly string[]>) {
  const encoded = encodeLemmaTable(new Map(Object.entries(families).map(([head, forms]) => [head, new Map([head, ...forms].map((form) => [form, true]))])));
  return decodeLemmaTable('de', encoded);
}

describe('German spoken and regional spellings', () => {
  const table = germanTable({
    sagen: ['gesagt', 'sagte'],
    fragen: ['gefragt'],
    leute: [],
    jahr: ['jahre'],
    schaffen: ['geschafft', 'schaffe'],
    ändern: ['geändert'],
    woche: ['wochen'],
    plan: ['pläne'],
    abnehmen: ['abgenommen'],
    umschreiben: ['umgeschrieben'],
    nachzählen: ['nachgezählt'],
    abkleben: ['abgeklebt'],
  });
  const family = (word: string): string | undefined => table.lookup(word)?.family;

  it('reads a dialect form as the standard word it stands for', () => {
    assert.equal(family('gsagt'), 'sagen'); // ge- said as g-
    assert.equal(family('jefragt'), 'fragen'); // g said as j
    assert.equal(family('leut'), 'leute'); // final -e dropped
    assert.equal(family('leud'), 'leute'); // and a final t written d
    assert.equal(family('johr'), 'jahr'); // long a said as o before h
    assert.equal(family('gschafft'), 'schaffen');
    assert.equal(family('woch'), 'woche');
    assert.equal(family('geaendert'), 'ändern'); // umlaut typed as ae
    assert.equal(family('abgnomme'), 'abnehmen'); // ge- said as g- after a separable prefix, final -n dropped
    assert.equal(family('umgschriebe'), 'umschreiben');
    assert.equal(family('nachzählt'), 'nachzählen'); // ge- dropped before z after a prefix
    assert.equal(family('abklebt'), 'abkleben');
  });

  it('leaves known words, function words, short words and unrelated words alone', () => {
    assert.equal(family('sagte'), 'sagen');
    assert.deepEqual(germanVariants('nicht'), []); // not "Nichte"
    assert.deepEqual(germanVariants('dann'), []); // not "Tanne"
    assert.deepEqual(germanVariants('jan'), []);
    assert.equal(family('lotte'), undefined); // a name, not "Latte": o for a only before h
    assert.equal(family('gestern'), undefined);
  });

  it('tries the fewest changes first', () => {
    const variants = germanVariants('gsagt');
    assert.ok(variants.indexOf('gesagt') < variants.indexOf('gesagte'));
    assert.equal(variants[0], 'gsagte'); // a restored ending is one change, as g- → ge- is
  });

  it('still reads a compound by its known tail', () => {
    assert.equal(family('dienstplän'), undefined); // neither a known tail nor a known spelling
    assert.equal(family('schichtpläne'), 'plan');
  });
});
