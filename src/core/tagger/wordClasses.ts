// Word classes, for what phrase lists cannot enumerate: a sentence that pairs a kind of act with a
// kind of object ("cancelled" + "debrief", "rewrote" + someone's work, "said" + "no" after an idea).
// Each class is one bit; a stem may be in several classes. The tagger computes a sentence's class
// mask once (one array read per token, by stem id) and the entry-level readers (traps.ts, functions.ts,
// style.ts) test bits. The bits are in wordClassBits.ts; the words, written as plain words, are in
// wordClassWords.ts and stemmed with the tokeniser's stemmer at build time (CLASS_STEMS).
import { CLASS_STEMS } from './lexiconTable.generated';
import type { TaggerLanguage } from './lemmaTable';
import { readBase64 } from './base64Numbers';
import { NUM, stemWord, type Token } from './tokens';
import { FIRST_PERSON } from './wordFlags';
import {
  ANNOUNCEMENT, ASK, BIG_TALK, CARE_REPLY, COMMITMENT, CONSEQUENCE, CONTROL, CUT, DEFLECT, DETAIL_QUESTION, ENTHUSIASM,
  HABIT, NEED, OTHER_PERSON, PROPOSAL, PUSH_OBJECT, PUSH_VERB, REDO, REFUSAL, REPEATED, RITUAL, SCOPE,
  SILENT_REFUSAL, SPEECH, UNFINISHED, WHOEVER,
} from './wordClassBits';

export * from './wordClassBits';

/**
 * The same classes for German (traps.ts reads a German sentence's mask from these), written as lemmas
 * and stemmed with the German table ("umgeschrieben" → "umschreiben"; compounds by their tail:
 * "Teamrunde" → "runde"). Function words are in no table, so their forms are listed. Only the
 * classes the traps read; NOVICE and UNDONE (functions, style) stay English.
 */
export const GERMAN_CLASS_WORDS: readonly (readonly [number, string])[] = [
  [REDO, 'umschreiben umbauen umstellen korrigieren übernehmen auswerten'],
  [CONTROL, 'prüfen gegenlesen freigeben genehmigen abzeichnen durchgehen anschauen lesen'],
  [SCOPE, 'jede jeder jedes jeden jedem alle allen sämtliche einzeln selbst selber nochmal komplett'],
  [OTHER_PERSON, 'er sie ihm ihn ihr ihre ihren ihrem ihrer seine seinen seinem seiner'],
  [NEED, 'müde erschöpft schwindelig rücken weinen'],
  [CARE_REPLY, 'helfen unterstützen zuhören frei'],
  [REFUSAL, 'nicht nein nie kein keine nichts ablehnen später egal warten'],
  [SPEECH, 'sagen'],
  [SILENT_REFUSAL, 'ablehnen'],
  [CUT, 'streichen kürzen'],
  [RITUAL, 'runde teamtag'],
  [PROPOSAL, 'vorschlag vorschlagen idee anregung testen'],
  [HABIT, 'immer jahr gleich nie'],
  [BIG_TALK, 'versprechen verkünden ankündigen vision idee plan starten zusagen'],
  [ENTHUSIASM, 'begeistert begeisterung klatschen applaus energie großartig motiviert'],
  [UNFINISHED, 'nie verschieben irgendwann untergehen'],
  [COMMITMENT, 'versprechen zusagen ankündigen idee programm workshop'],
  [PUSH_VERB, 'wollen brauchen verlangen'],
  [PUSH_OBJECT, 'mehr schneller ziel zahl quote'],
  [WHOEVER, 'wer jeder niemand keiner'],
  [CONSEQUENCE, 'bekommen kriegen'],
  [DETAIL_QUESTION, 'wer wann budget termin datum plan detail kosten'],
  [ASK, 'fragen nachfragen wissen'],
  [DEFLECT, 'später irgendwann egal ergeben klären organisch detail'],
  [REPEATED, 'wieder nochmal zweimal'],
  [ANNOUNCEMENT, 'versprechen ankündigen verkünden zusagen programm'],
];

/**
 * The classes' stems as CLASS_STEMS writes them (wordClassWords.ts `encodeClassStems`): per class,
 * in the order of their bits, its stems' places in the built-in stem table (stemTable.ts).
 */
export function classStemPlaces(encoded: string = CLASS_STEMS): number[][] {
  const width = encoded.charCodeAt(0) - 48;
  return encoded.slice(1).split('|').map((row) => {
    const places: number[] = [];
    for (let at = 0; at + width <= row.length; at += width) {
      places.push(readBase64(row, at, width));
    }
    return places;
  });
}

/**
 * Stem id → class bits (0 for none, and for ids past its end): a typed array, since the ids are
 * scattered. Read from CLASS_STEMS on the first sentence; a built-in stem's id is its place plus one.
 */
let classOfId: Int32Array | undefined;

function readClasses(): Int32Array {
  const rows = classStemPlaces();
  const bits = new Int32Array(Math.max(0, ...rows.flat()) + 2);
  rows.forEach((places, row) => {
    for (const place of places) {
      bits[place + 1] = (bits[place + 1] as number) | (1 << row);
    }
  });
  return bits;
}

/** The class bits of a word, by its stem id: a sentence's mask is the union over its tokens (tagger.ts classifiedSentence). */
export function classBits(id: number): number {
  const classes = classOfId ??= readClasses();
  return id < classes.length ? classes[id] as number : 0;
}

function classOf(token: Token): number {
  return classBits(token.id);
}

/**
 * German stem → class bits, built on first use (only German entries need it). Keyed by the stem, not
 * its id: the words are stemmed after the entry's first sentences were tokenised, so ids registered
 * here would be missing from those tokens.
 */
let germanClassOf: Map<string, number> | undefined;

/** The German class bits of a sentence (GERMAN_CLASS_WORDS), for the German traps. */
export function germanSentenceClasses(tokens: readonly Token[]): number {
  if (germanClassOf === undefined) {
    germanClassOf = new Map();
    for (const [bit, words] of GERMAN_CLASS_WORDS) {
      for (const word of words.split(' ')) {
        const stem = stemWord(word, 'de');
        germanClassOf.set(stem, (germanClassOf.get(stem) ?? 0) | bit);
      }
    }
  }
  let mask = 0;
  for (let at = 0; at < tokens.length; at += 1) {
    mask |= germanClassOf.get((tokens[at] as Token).stem) ?? 0;
  }
  return mask;
}

/** True when the mask has any of the bits. */
export function has(mask: number, bits: number): boolean {
  return (mask & bits) !== 0;
}

/** German verb forms that open a subject-less note by the writer ("Hab trotzdem …", "Bin mitgefahren"). */
const GERMAN_WRITER_OPENERS: ReadonlySet<string> = new Set(['hab', 'habe', 'hatte', 'bin', 'war', 'mach', 'muss', 'will', 'geh', 'schau']);

/**
 * The writer acts or speaks: "I", "me", "my", or a subject-less report ("Told him…", "Rewrote…");
 * in German "ich", "mir", "mein", or a note opening with the writer's verb ("Hab …").
 */
export function isByWriter(tokens: readonly Token[], language: TaggerLanguage = 'en'): boolean {
  const first = tokens[0];
  if (first === undefined) {
    return false;
  }
  for (let at = 0; at < tokens.length; at += 1) {
    if (((tokens[at] as Token).flags & FIRST_PERSON) !== 0) {
      return true;
    }
  }
  if (language === 'de') {
    return GERMAN_WRITER_OPENERS.has(first.word);
  }
  return first.word.endsWith('ed') || has(classOf(first), SPEECH | CONTROL | REDO);
}

const POSSESSIVE_NAME = /(?:^|\s)[A-Z][a-z]+['’]s\b/;
/** German: a name with its genitive s before a noun ("Pias Übergabe", "Kims Layouts"). */
const GERMAN_POSSESSIVE_NAME = /(?:^|\s)[A-ZÄÖÜ][a-zäöüß]+['’]?s\s+[A-ZÄÖÜ]/;

/** The sentence points at someone else: a pronoun, or a possessive name ("Femi's"). */
export function mentionsOther(mask: number, text: string, language: TaggerLanguage = 'en'): boolean {
  return has(mask, OTHER_PERSON) || (language === 'de' ? GERMAN_POSSESSIVE_NAME : POSSESSIVE_NAME).test(text);
}

/** "have not", "has not", "had not" (German "noch nicht", "noch kein", "nie"): an undone thing. */
export function hasPerfectNegation(tokens: readonly Token[], language: TaggerLanguage = 'en'): boolean {
  for (let at = 1; at < tokens.length; at += 1) {
    const word = (tokens[at] as Token).word;
    const before = (tokens[at - 1] as Token).word;
    if (language === 'de' ? before === 'noch' && (word === 'nicht' || word.startsWith('kein')) : word === 'not' && (before === 'have' || before === 'has' || before === 'had')) {
      return true;
    }
  }
  return false;
}

/** A number anywhere in the sentence. */
export function hasNumber(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.stem === NUM);
}
