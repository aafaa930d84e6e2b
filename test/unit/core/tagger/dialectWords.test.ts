import * as assert from 'node:assert/strict';
import { tokenize } from '../../../../src/core/tagger/tokens';
import { isByWriter } from '../../../../src/core/tagger/wordClasses';
import { FIRST_PERSON, NEGATION } from '../../../../src/core/tagger/wordFlags';
import { stemWord } from '../../../../src/core/tagger/tokens';

// Sentences written for this test.
describe('dialect forms read as the standard word', () => {
  it('reads Scots negatives as the auxiliary and "not", and Scots words as their standard word', () => {
    const tokens = tokenize("Naebody telt me, and I cannae sign it aff the now.", 'en');
    assert.deepEqual(tokens.slice(0, 3).map((token) => token.stem), ['nobody', stemWord('told', 'en'), stemWord('me', 'en')]);
    assert.ok((tokens[0]!.flags & NEGATION) !== 0, 'naebody is a negation');
    const cannot = tokens.findIndex((token) => token.stem === 'can');
    assert.ok(cannot > 0);
    assert.equal(tokens[cannot + 1]!.stem, 'not');
    assert.ok((tokens[cannot + 1]!.flags & NEGATION) !== 0);
  });

  it('reads a dropped g ("plannin\'") as the -ing word only where the table knows it', () => {
    const [planning] = tokenize("plannin' the week", 'en');
    assert.equal(planning!.stem, stemWord('planning', 'en'));
    const [name] = tokenize('Kevin said so', 'en');
    assert.equal(name!.stem, 'kevin');
  });

  it('reads spoken American forms ("\'em", "ain\'t", "gonna") as the standard words', () => {
    const tokens = tokenize("Who's bringin' 'em back? It ain't gonna fix itself.", 'en');
    assert.ok(tokens.some((token) => token.word === 'em' && token.stem === stemWord('them', 'en')));
    const ain = tokens.findIndex((token, at) => token.stem === stemWord('is', 'en') && tokens[at + 1]?.stem === 'not');
    assert.ok(ain > 0, "ain't is read as is not");
    assert.ok((tokens[ain + 1]!.flags & NEGATION) !== 0);
    assert.ok(tokens.some((token) => token.word === 'gonna' && token.stem === stemWord('going', 'en')));
  });

  it('reads Bavarian "i" and official German "der Unterzeichner" as the writer', () => {
    const bavarian = tokenize('Trotzdem hab i am Abend alle Fugen nochamoi nachgmessn.', 'de');
    assert.ok(bavarian.some((token) => token.word === 'i' && (token.flags & FIRST_PERSON) !== 0));
    assert.ok(isByWriter(bavarian, 'de'));
    const official = tokenize('Die Kalkulation wurde durch den Unterzeichner vollständig nachgerechnet.', 'de');
    assert.ok(isByWriter(official, 'de'));
    const someoneElse = tokenize('Die Kalkulation wurde durch Herrn Öztürk vollständig nachgerechnet.', 'de');
    assert.ok(!isByWriter(someoneElse, 'de'));
  });

  it('reads Bavarian negatives as negations', () => {
    const tokens = tokenize('Des passt ned, koa Kunde sieht des.', 'de');
    assert.ok(tokens.filter((token) => (token.flags & NEGATION) !== 0).length >= 2);
  });

  it('leaves English words alone that only look like dialect in German, and the reverse', () => {
    assert.equal(tokenize('I net a profit', 'en')[1]!.stem, stemWord('net', 'en'));
    assert.ok((tokenize('Ich bin i', 'de')[2]!.flags & FIRST_PERSON) !== 0);
    assert.equal(tokenize('ken the new ticket', 'en')[0]!.word, 'ken');
  });
});
