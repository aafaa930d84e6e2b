import * as assert from 'node:assert/strict';
import { mayNameStyle, statedStyle } from '../../../../src/core/tagger/statedStyle';

const said = (text: string) => statedStyle(text, [{ text }]);

describe('statedStyle', () => {
  it('reads a style the user names in prose, in English and German', () => {
    assert.equal(said('I used a coaching style with Sam.'), 'coaching');
    assert.equal(said('My STYLE WAS DELEGATING today.'), 'delegating');
    assert.equal(said('Ich habe einen unterstützenden Führungsstil gewählt.'), 'supporting');
    assert.equal(said('Stil: anleiten.'), 'directing');
    assert.equal(said('I coached Sam on the rota.'), null);
  });

  it('folds the long s as the case-insensitive match does ("ſtyle")', () => {
    assert.equal(said('a coaching ſtyle'), 'coaching');
  });

  it('passes every text the style pattern could match to it (the cheap check never hides a style)', () => {
    const texts = ['style', 'Style', 'STYLE', 'stil', 'Stil', 'STIL', 'ſtyle', 'ſtil', 'sTyLe', 'a coaching style', 'führungsstil'];
    for (const text of texts) {
      assert.equal(mayNameStyle(text), true, text);
    }
    for (const text of ['', 's', 't', 'st', 'sty', 'I planned the rota.', 'strong stand', 'Sturm', 'satisfy']) {
      assert.equal(mayNameStyle(text), /[sſ]t[yi]/i.test(text), text);
    }
  });
});
