// The cues of a labelled sentence: the human-readable reasons for its label, strongest first.
//   "delegated" +how                             an evidence word (or two) of the model, as written
//   "rota" +how (your term)                      one of the user's own terms (settings)
//   "4.2 down from 5" +how (a figure set against another)   a managing shape (managingShapes.ts): its words and its rule
//   contrast: the part after "instead of" …      a part set aside by a contrast (contrast.ts)
//   negated: "did not" (the topic still counts)  a negation, which never flips the topic
// Words are shown lower-cased and with contractions expanded, as the tokeniser reads them. A cue —
// a word, a phrase or a shape's words — is shown only when it holds a word a person would accept as a
// reason: an evidence word (wordFlags.ts EVIDENCE) that is not quiet (QUIET: every word not on the
// build-time allowlist of a side's acts, practices, tools and qualities, shownEvidence.ts: "told",
// "fix", "vendor", "gesagt" may decide a side but are no reason on their own) and is a reason where it
// stands (shownContext.ts: not someone else's act, "then they listened"; not an occasion, "at the
// handover"; not a count of shifts, a course shown +how or an idiom, "on purpose"), or a quiet verb of
// asking or showing before "what" or "how" ("asked him what", "gezeigt, wie") or any quiet word before
// "why" ("told them why"), shown +why only; and not when its words belong to the other side's lexicon
// only ("review" shown +why). Never a number, a pronoun, a time span or a role noun on its
// own. A labelled sentence with no such word among its deciding features shows no word cue: the panel
// says the sentence was read as a whole.
import type { CueMatch } from './lexicon';
import type { WeightedMatch } from './classify';
import { SHAPES } from './shapeNames';
import { LEXICON_WHY, type FeatureList } from './sentenceModel';
import type { Token } from './tokens';
import { EVIDENCE, FUNCTION_WORD, NEGATION, PARTICLE, QUESTION_WORD, QUIET } from './wordFlags';
import { questionMakesAct, quietHere } from './shownContext';
import { strongest } from './strongest';

/** How far after a quiet word a question word may stand to be shown with it ("told the drivers why"). */
const QUESTION_REACH = 3;

/** Model cues listed per sentence: the few that decided it. */
export const MAX_MODEL_CUES = 3;

function words(tokens: readonly Token[], first: number, last: number): string {
  let text = (tokens[first] as Token).word;
  for (let at = first + 1; at <= last; at += 1) {
    text += ` ${(tokens[at] as Token).word}`;
  }
  return text;
}

/**
 * The cue list of a labelled sentence (see SentenceClassification.cues): the decisive features (their
 * slots in `features`, strongest first), each shown by the words it covers; a decisive lexicon sum is
 * shown as its strongest matches.
 */
export function buildCues(tokens: readonly Token[], features: FeatureList, decisive: readonly number[], matches: readonly WeightedMatch[],
  userMatches: readonly CueMatch[], markers: readonly string[], label: 'why' | 'how'): string[] {
  const cues: string[] = [];
  const shown: number[] = []; // Token indices already shown: a word is not shown twice (a few at most).
  for (let at = 0; at < decisive.length && cues.length < MAX_MODEL_CUES; at += 1) { // A full list takes no more model cues.
    const slot = decisive[at] as number;
    const first = features.firsts[slot] as number;
    const shape = SHAPES.get(features.keys[slot] as number)?.name;
    if (shape !== undefined) {
      // A shape is named with its rule, and shown only when its words hold a word that may be shown
      // ("against a target of 20"): figures set against each other alone ("1540 instead of 1100", often
      // times or counts) named no managing act in the cue audits, so such a shape shows nothing.
      if (!hasShownWord(tokens, first, features.lasts[slot] as number, label)) {
        continue;
      }
      cues.push(`"${words(tokens, first, features.lasts[slot] as number)}" +${label} (${shape})`);
      for (let at = first; at <= (features.lasts[slot] as number); at += 1) {
        shown.push(at);
      }
    } else if (first >= 0) {
      show(cues, shown, tokens, first, features.lasts[slot] as number, label, matches);
    } else if ((features.keys[slot] === LEXICON_WHY) === (label === 'why')) {
      const strongestOnSide = strongestMatches(matches, label);
      for (let index = 0; index < strongestOnSide.length; index += 1) {
        const match = strongestOnSide[index] as WeightedMatch;
        show(cues, shown, tokens, match.start, match.end, label, matches);
      }
    }
  }
  for (let at = 0; at < userMatches.length; at += 1) {
    const match = userMatches[at] as CueMatch;
    cues.push(`"${words(tokens, match.start, match.end)}" +${label} (your term)`);
  }
  for (let at = 0; at < markers.length; at += 1) {
    const marker = markers[at] as string;
    cues.push(`contrast: the part after "${marker}" counted for little`);
  }
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if ((token.flags & NEGATION) !== 0) {
      // "didn't" was read as "did not": show the pair, when the word before "not" is such a helper ("trust her, not …" shows "not").
      const before = at > 0 ? tokens[at - 1] as Token : undefined;
      cues.push(token.word === 'not' && before !== undefined && (before.flags & FUNCTION_WORD) !== 0
        ? remembered(NOT_CUES, before.word, notText) : remembered(NEGATED_CUES, token.word, negatedText));
      break;
    }
  }
  return cues;
}

/**
 * Adds `"words" +label` for the tokens `first..last` to `cues` when one of them is not shown yet, the
 * list has room, the span holds a word that may be shown (hasShownWord) and its words are not the
 * other side's only (pointsOtherWay); marks the span shown.
 */
function show(cues: string[], shown: number[], tokens: readonly Token[], from: number, to: number, label: 'why' | 'how',
  matches: readonly WeightedMatch[]): void {
  // A number, or a short stray token such as an abbreviation ("Fr."), at either end of a matched span
  // is context, not a reason: "lane 5 staffing" shows "staffing", "Laborproben. Fr." "laborproben".
  let first = from;
  let last = to;
  while (first < last && isContext(tokens[first] as Token)) {
    first += 1;
  }
  while (last > first && isContext(tokens[last] as Token)) {
    last -= 1;
  }
  // A plain verb of speech shown alone says nothing; with the question word a few words on it is the
  // act of explaining or asking: "told" becomes "told the drivers why".
  if (first === last && ((tokens[first] as Token).flags & QUIET) !== 0) {
    for (let at = first + 1; at <= first + QUESTION_REACH && at < tokens.length; at += 1) {
      if (((tokens[at] as Token).flags & QUESTION_WORD) !== 0) {
        last = at;
        break;
      }
    }
  }
  let fresh = false;
  for (let at = first; at <= last && !fresh; at += 1) {
    fresh = !holds(shown, at);
  }
  if (fresh && cues.length < MAX_MODEL_CUES && hasShownWord(tokens, first, last, label) && !pointsOtherWay(tokens, first, last, matches, label)) {
    for (let at = first; at <= last; at += 1) {
      if (!holds(shown, at)) {
        shown.push(at);
      }
    }
    cues.push(first === last ? wordCue((tokens[first] as Token).word, label) : `"${words(tokens, first, last)}" +${label}`);
  }
}

/**
 * Whether the span holds a word a person would accept as a reason: evidence that is not quiet and is a
 * reason where it stands (shownContext.ts: not "they listened", not "at the handover"), or a quiet one
 * that a question word after it makes an act ("asked him what", "erklärt, warum"; shownContext.ts
 * questionMakesAct). `label`: the side the span would be shown for; without it the side's rules are
 * not applied.
 */
export function hasShownWord(tokens: readonly Token[], first: number, last: number, label?: 'why' | 'how'): boolean {
  let quiet = -1;
  for (let at = first; at <= last; at += 1) {
    const flags = (tokens[at] as Token).flags;
    if ((flags & EVIDENCE) !== 0) {
      if ((flags & QUIET) === 0 && !quietHere(tokens, at, label)) {
        return true;
      }
      quiet = at;
    } else if (quiet >= 0 && (flags & QUESTION_WORD) !== 0 && questionMakesAct(tokens, quiet, at, label)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether every word of the span that may be shown is a word of the other side's lexicon and of none
 * on the label's side ("review", "pay" shown +why; "change" shown +how): the model leaned that way
 * from the context, but the word itself names the other side, and a person would not accept it.
 */
function pointsOtherWay(tokens: readonly Token[], first: number, last: number, matches: readonly WeightedMatch[], label: 'why' | 'how'): boolean {
  let other = false;
  for (let at = first; at <= last; at += 1) {
    if (((tokens[at] as Token).flags & (EVIDENCE | QUIET)) === EVIDENCE) {
      let ours = false;
      let theirs = false;
      for (let index = 0; index < matches.length; index += 1) {
        const match = matches[index] as WeightedMatch;
        if (match.start <= at && at <= match.end && match.cue.side !== 'stop') {
          ours ||= match.cue.side === label;
          theirs ||= match.cue.side !== label;
        }
      }
      if (ours || !theirs) {
        return false;
      }
      other = true;
    }
  }
  return other;
}

/** A number, or a token of one or two letters that is no word of the language (an abbreviation, a stray letter). */
function isContext(token: Token): boolean {
  return isNumber(token) || (token.word.length <= 2 && (token.flags & (EVIDENCE | FUNCTION_WORD | PARTICLE)) === 0);
}

/** Whether the short list holds `value` (a loop the compiler inlines: these lists hold a few token indices). */
function holds(list: readonly number[], value: number): boolean {
  for (let at = 0; at < list.length; at += 1) {
    if (list[at] === value) {
      return true;
    }
  }
  return false;
}

/** A token the tokeniser read as a number, a percentage or a clock time (`#num`, `#pct`, `#clock`): its stem starts with `#`. */
function isNumber(token: Token): boolean {
  return token.stem.charCodeAt(0) === 35;
}

/**
 * The lexicon matches on the label's side, strongest first (ties: the earlier first), at most
 * MAX_MODEL_CUES: strongest.ts's insertion over the matches on that side, without a filtered copy.
 */
function strongestMatches(matches: readonly WeightedMatch[], label: 'why' | 'how'): WeightedMatch[] {
  return strongest(matches, MAX_MODEL_CUES, matchValue, label === 'why' ? onWhySide : onHowSide);
}

const matchValue = (match: WeightedMatch): number => match.value;
const onWhySide = (match: WeightedMatch): boolean => match.cue.side === 'why';
const onHowSide = (match: WeightedMatch): boolean => match.cue.side === 'how';

/** Distinct words whose cue texts are kept before the memos below start again. */
const CUE_MEMO_LIMIT = 10_000;
/**
 * Cue texts made once each, since a journal repeats its words: `"word" +why` and `"word" +how` by
 * the word, `negated: "never"` by the negation, `negated: "did not"` by the word before "not".
 */
const WHY_CUES = new Map<string, string>();
const HOW_CUES = new Map<string, string>();
const NEGATED_CUES = new Map<string, string>();
const NOT_CUES = new Map<string, string>();

/** A remembered text of `memo`, or `make()`'s, remembered. */
function remembered(memo: Map<string, string>, key: string, make: (key: string) => string): string {
  let text = memo.get(key);
  if (text === undefined) {
    if (memo.size >= CUE_MEMO_LIMIT) {
      memo.clear();
    }
    text = make(key);
    memo.set(key, text);
  }
  return text;
}

/** The cue of one word, `"delegated" +how`. */
function wordCue(word: string, label: 'why' | 'how'): string {
  return label === 'why' ? remembered(WHY_CUES, word, whyCueText) : remembered(HOW_CUES, word, howCueText);
}

function whyCueText(word: string): string {
  return `"${word}" +why`;
}

function howCueText(word: string): string {
  return `"${word}" +how`;
}

function negatedText(word: string): string {
  return `negated: "${word}" (the topic still counts)`;
}

/** The negation "did not" by the word before "not" (a contraction was read as two words: "didn't" is "did not"). */
function notText(before: string): string {
  return `negated: "${before} not" (the topic still counts)`;
}
