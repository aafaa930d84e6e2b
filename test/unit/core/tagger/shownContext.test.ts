import * as assert from 'node:assert/strict';
import { createClassifier } from '../../../../src/core/tagger/classify';
import type { TaggerLanguage } from '../../../../src/core/tagger/lemmaTable';
import { hasShownWord } from '../../../../src/core/tagger/sentenceCues';
import { tokenize } from '../../../../src/core/tagger/tokens';

// Issue #12 item 3, the third blind cue audit: a word that may be shown is no reason where it names
// someone else's act, an occasion, a span of time, a course shown as a managing act, or stands in an
// idiom (shownContext.ts). Sentences are written for these tests or taken from the cue audits
// (corpus/labels/cues/audit*.sample.tsv, dev data); the word is looked up where it stands.

/** Whether `word` (its first occurrence) is shown as a reason, alone, in `text`, for the side `label`. */
function shownIn(text: string, word: string, label?: 'why' | 'how', language: TaggerLanguage = 'en'): boolean {
  const tokens = tokenize(text, language);
  const at = tokens.findIndex((token) => token.word === word);
  assert.ok(at >= 0, `"${word}" in: ${text}`);
  return hasShownWord(tokens, at, at, label);
}

/** Whether the span from `from` to `to` (words as read) is shown for the side `label`. */
function phraseShown(text: string, from: string, to: string, label: 'why' | 'how', language: TaggerLanguage = 'en'): boolean {
  const tokens = tokenize(text, language);
  const first = tokens.findIndex((token) => token.word === from);
  const last = tokens.findIndex((token, at) => at > first && token.word === to);
  assert.ok(first >= 0 && last > first, `"${from} … ${to}" in: ${text}`);
  return hasShownWord(tokens, first, last, label);
}

describe('cues held back where they stand (issue 12 item 3, third cue audit)', () => {
  it('does not show someone else\'s thanks, listening or explaining as the writer\'s act, and still shows the writer\'s and a named person\'s', () => {
    for (const [text, word] of [
      ['Gareth did his bit about the software, and then they listened.', 'listened'],
      ['Nobody thanked us, which is fine.', 'thanked'],
      ['She thanked me for asking.', 'thanked'],
      ['A mother found me at interval tonight to say thank you for the quiet seats.', 'thank'],
      ['He said thank you and then talked about rugby.', 'thank'],
      ['Plant was quiet, thank God.', 'thank'],
      ['That explains a lot.', 'explains'],
    ] as const) {
      assert.equal(shownIn(text, word, 'why'), false, text);
    }
    for (const [text, word] of [
      ['Thanked Sunita by name in huddle.', 'thanked'],
      ['I said thank you to the crew.', 'thank'],
      ['Said thank you to Ah Seng for staying back.', 'thank'],
      ['Dwayne stopped the briefing and then he just listened.', 'listened'],
      ['I will listen to her next five calls.', 'listen'],
      ['People speak up only if the last person who did was thanked.', 'thanked'],
      ['Nobody explained why the line moved.', 'explained'],
    ] as const) {
      assert.equal(shownIn(text, word, 'why'), true, text);
    }
    for (const [text, word] of [
      ['Er hat zugehört, aber nichts zugesagt.', 'zugehört'],
      ['Die Eltern waren gefasster als ich, sie haben sich sogar bedankt.', 'bedankt'],
      ['Das erklärt vieles.', 'erklärt'],
      ['Er hat sich nicht getraut, es zu sagen.', 'getraut'],
    ] as const) {
      assert.equal(shownIn(text, word, 'why', 'de'), false, text);
    }
    for (const [text, word] of [
      ['Ich hab einfach zugehört.', 'zugehört'],
      ['Katharina hat nach dem Unfall zuerst den Kollegen zugehört.', 'zugehört'],
      ['Dann hab ich ihr erklärt, wie der Plan aussieht.', 'erklärt'],
    ] as const) {
      assert.equal(shownIn(text, word, 'why', 'de'), true, text);
    }
  });

  it('does not show a meeting as the occasion, a count of shifts as a span, or a course as a managing act', () => {
    assert.equal(shownIn('Told them so, properly, at the 18:00 handover.', 'handover', 'how'), false);
    assert.equal(shownIn('Harder was telling the team at 6:30 handover.', 'handover', 'how'), false);
    assert.equal(shownIn('Priya asked if she could run the 6:45 handover to day shift.', 'handover', 'how'), true);
    assert.equal(shownIn('That means 2 shifts overlapping from 8pm to 1am.', 'shifts', 'how'), false);
    assert.equal(shownIn('I swapped two shifts with Jess so Hemi can get up to Gisborne.', 'shifts', 'how'), true, 'a managing act takes them');
    assert.equal(shownIn('Tui and Ngaio doing it in shifts.', 'shifts', 'how'), true);
    assert.equal(shownIn('Budget line for training is thin but not empty.', 'training', 'how'), false);
    assert.equal(shownIn('Budget line for training is thin but not empty.', 'training', 'why'), true);
    assert.equal(shownIn('training matrix for new starters', 'training', 'how'), true, 'a course word qualifying a tool');
    assert.equal(shownIn('Schulung neues System, Tag 1, beim Hersteller.', 'schulung', 'how', 'de'), false);
    assert.equal(shownIn('Elektrikschulung Vroni und Lukas: 3.100 €', 'elektrikschulung', 'how', 'de'), false);
    assert.equal(shownIn('Neue Technik heißt Schulungen für unsere Leute.', 'schulungen', 'why', 'de'), true);
  });

  it('does not show a word in an idiom or a title, and shows it in its own sense', () => {
    for (const [text, word] of [
      ['I stayed in the trailer doing invoices on purpose.', 'purpose'],
      ['Nothing to report, really.', 'report'],
      ['Not exactly what I signed up for.', 'signed'],
      ['I did not try to explain it away.', 'explain'],
      ['Farm visit to Pantglas with the quality officer.', 'quality'],
      ['I called the 2nd on call instead and got orders.', 'orders'],
      ['Fair enough.', 'fair'],
      ['Fair trade.', 'fair'],
      ['Flights were cancelled due to the storm.', 'due'],
    ] as const) {
      assert.equal(shownIn(text, word), false, text);
    }
    for (const [text, word] of [
      ['Purpose first, then the plan.', 'purpose'],
      ['Report to the director by Wednesday.', 'report'],
      ['I looked at the totals and signed it.', 'signed'],
      ['Moved the leather orders to Thursdays.', 'orders'],
      ['That is not fair on the crew.', 'fair'],
      ['Capex bid for next year due Friday.', 'due'],
    ] as const) {
      assert.equal(shownIn(text, word), true, text);
    }
    assert.equal(shownIn('Weihnachtsmarkt: macht nach meiner Rechnung 14 zusätzliche Dienste.', 'rechnung', 'how', 'de'), false);
    assert.equal(shownIn('Um 16 Uhr kam die Beschwerde wegen einer Rechnung vom Juni.', 'rechnung', 'how', 'de'), true);
  });

  it('shows "what" and "how" with a verb of asking or showing, not with one of saying, and "why" with either', () => {
    assert.equal(phraseShown('Before that I asked him what is happening.', 'asked', 'what', 'why'), true);
    assert.equal(phraseShown('I asked the crew what they need.', 'asked', 'what', 'why'), true);
    assert.equal(phraseShown('Dariusz showed him how it is done.', 'showed', 'how', 'why'), true);
    assert.equal(phraseShown('I told them why the rota changed.', 'told', 'why', 'why'), true);
    assert.equal(phraseShown('Asked Jo what she would change first.', 'asked', 'what', 'why'), true, 'the one asked, by name');
    assert.equal(phraseShown('Jess asked at smoko what the point is.', 'asked', 'what', 'why'), false);
    assert.equal(phraseShown('Before that I asked him what is happening.', 'asked', 'what', 'how'), false, 'asking is no managing act');
    assert.equal(phraseShown('Danach gefragt, was ihn wirklich interessiert.', 'gefragt', 'was', 'why', 'de'), true);
    assert.equal(phraseShown('Ich hab ihr gezeigt, wie es geht.', 'gezeigt', 'wie', 'why', 'de'), true);
    assert.equal(phraseShown('Ich hab gesagt, warum wir umstellen.', 'gesagt', 'warum', 'why', 'de'), true);
    assert.equal(phraseShown('Ich hab gesagt, was ich weiß.', 'gesagt', 'was', 'why', 'de'), false);
    assert.equal(phraseShown('Dann hab ich ihr erzählt, wie mich ein Gast angeschrien hat.', 'erzählt', 'wie', 'why', 'de'), false);
  });

  it('leaves these sentences of the third audit without the cues both judges rejected', () => {
    const en = createClassifier('en');
    const de = createClassifier('de');
    const cueWords = (cues: readonly string[]): string[] => cues.filter((cue) => cue.startsWith('"')).map((cue) => /^"([^"]+)"/.exec(cue)?.[1] ?? '');
    for (const [text, rejected] of [
      ['He said thank you and then talked about rugby for ten minutes because that was easier.', /thank/],
      ['Fair enough.', /fair/],
      ['It was better than any huddle I ran.', /huddle/],
      ['That means 2 shifts overlapping from 8pm to 1am and we have only 16 chairs.', /shifts/],
    ] as const) {
      const cues = cueWords(en.classify(text).cues);
      assert.ok(!cues.some((words) => rejected.test(words)), `${text}: ${cues.join(' | ')}`);
    }
    for (const [text, rejected] of [
      ['Muss öfter sagen, was die Leute tun, nicht nur, was fehlt.', /sagen was/],
      ['Der Ferdl hat übrigens sofort ja gesagt, was mich mehr gefreut hat als alles andere heute.', /gesagt was/],
      ['Er hat zugehört, aber nichts zugesagt.', /zugehört/],
    ] as const) {
      const cues = cueWords(de.classify(text).cues);
      assert.ok(!cues.some((words) => rejected.test(words)), `${text}: ${cues.join(' | ')}`);
    }
  });
});
