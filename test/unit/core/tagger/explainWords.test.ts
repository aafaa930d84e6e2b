// The hover's tag explanation in the display language: with the German bundle every word the
// extension writes is German (the entry's own words stay as written), and with no bundle the hover
// reads as English, naming functions and styles by the vocabulary's names.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainMarkdown } from '../../../../src/core/tagger/explain';
import { createTagger } from '../../../../src/core/tagger/tagger';
import { explainWords } from '../../../../src/core/tagger/explainWords';

const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
/** As `vscode.l10n.t` does: the translation (or the message), `{n}` filled. */
function translator(messages: Readonly<Record<string, string>>) {
  return {
    t: (message: string, ...args: (string | number | boolean)[]): string =>
      (messages[message] ?? message).replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole)),
  };
}

const tagger = createTagger({ howTerms: ['rota'] });
const MANAGING = 'I set up the rota for December and moved the audit deadline to Friday.\nI delegated the invoice backlog to Sam and booked two extra hours of overtime for the night shift.\n';
const UNCLEAR = 'Hoy hablé con el equipo sobre el proyecto.\n';

describe('extension: the hover\'s tag explanation', () => {
  it('is German with the German bundle: label, shares, sides, cues, lines and functions', () => {
    const markdown = explainMarkdown(tagger.tag(MANAGING), 3, explainWords(translator(bundle)));
    assert.match(markdown, /^\*\*Wie\*\* — vor allem Managen \(Wie\): Warum \d+ %, Wie \d+ % über \d+ von \d+ Sätzen\./);
    assert.match(markdown, /\*\*Wie \(Managen\)\*\* — (1 Satz|\d+ Sätze):/);
    // Markdown-escaped, as everything in a cue: VS Code renders the parentheses.
    assert.match(markdown, /„rota“ zählt für Wie \\\(Ihr Begriff\\\)/);
    assert.match(markdown, /\*\(Zeile 1 — /);
    for (const english of ['sentence', 'Line', 'counts for', 'Managing (how)', 'mostly', 'Functions']) {
      assert.ok(!markdown.includes(english), `"${english}" in\n${markdown}`);
    }
  });

  it('names a managing shape with its rule, in German and in English', () => {
    const cue = '"three pallets left" +how (an amount on hand or needed)';
    assert.equal(explainWords(translator(bundle)).cue(cue), '„three pallets left“ zählt für Wie: eine vorhandene oder benötigte Menge');
    assert.equal(explainWords(translator({})).cue(cue), '“three pallets left” counts for how: an amount on hand or needed');
  });

  it('says why an entry in another language has no side, in German', () => {
    const markdown = explainMarkdown(tagger.tag(UNCLEAR), 3, explainWords(translator(bundle)));
    assert.match(markdown, /^\*\*Unklar\*\* — in einer Sprache geschrieben, die der Tagger nicht liest/);
  });

  it('reads as English with no bundle, naming functions by the vocabulary', () => {
    const markdown = explainMarkdown(tagger.tag(MANAGING), 3, explainWords(translator({})));
    assert.match(markdown, /^\*\*How\*\* — mostly managing \(how\): why \d+ %, how \d+ % over \d+ of \d+ sentences\./);
    assert.match(markdown, /“rota” counts for how \\\(your term\\\)/);
    assert.match(markdown, /\*\*Kotter functions: [A-Z]/);
  });
});
