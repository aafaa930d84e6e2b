// The cues of a labelled sentence: the human-readable reasons for its label, strongest first.
//   "delegated" +how                             an evidence word (or two) of the model, as written
//   "rota" +how (your term)                      one of the user's own terms (settings)
//   "4.2 down from 5" +how (a figure set against another)   a managing shape (managingShapes.ts): its words and its rule
//   contrast: the part after "instead of" …      a part set aside by a contrast (contrast.ts)
//   negated: "did not" (the topic still counts)  a negation, which never flips the topic
// Words are shown lower-cased and with contractions expanded, as the tokeniser reads them. A cue is
// shown only when it holds an evidence word (wordFlags.ts EVIDENCE): never a number, a pronoun, a
// time span or a role noun on its own.
import type { CueMatch } from './lexicon';
import { hasEvidenceWord, type WeightedMatch } from './classify';
import { SHAPES } from './shapeNames';
import { LEXICON_WHY, type FeatureList } from './sentenceModel';
import type { Token } from './tokens';
import { NEGATION } from './wordFlags';
import { strongest } from './strongest';

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
      // A shape is named with its rule: its words alone (figures, a day) are no reason.
      cues.push(`"${words(tokens, first, features.lasts[slot] as number)}" +${label} (${shape})`);
      for (let at = first; at <= (features.lasts[slot] as number); at += 1) {
        shown.push(at);
      }
    } else if (first >= 0) {
      show(cues, shown, tokens, first, features.lasts[slot] as number, label);
    } else if ((features.keys[slot] === LEXICON_WHY) === (label === 'why')) {
      const strongestOnSide = strongestMatches(matches, label);
      for (let index = 0; index < strongestOnSide.length; index += 1) {
        const match = strongestOnSide[index] as WeightedMatch;
        show(cues, shown, tokens, match.start, match.end, label);
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
      // "didn't" was read as "did not": show the pair.
      cues.push(token.word === 'not' && at > 0 ? remembered(NOT_CUES, (tokens[at - 1] as Token).word, notText) : remembered(NEGATED_CUES, token.word, negatedText));
      break;
    }
  }
  return cues;
}

/**
 * Adds `"words" +label` for the tokens `first..last` to `cues` when one of them is not shown yet, the
 * list has room and the span holds an evidence word; marks the span shown.
 */
function show(cues: string[], shown: number[], tokens: readonly Token[], from: number, to: number, label: 'why' | 'how'): void {
  // A number at either end of a matched span is context, not a reason: "lane 5 staffing" shows "staffing".
  let first = from;
  let last = to;
  while (first < last && isNumber(tokens[first] as Token)) {
    first += 1;
  }
  while (last > first && isNumber(tokens[last] as Token)) {
    last -= 1;
  }
  let fresh = false;
  for (let at = first; at <= last && !fresh; at += 1) {
    fresh = !holds(shown, at);
  }
  if (fresh && cues.length < MAX_MODEL_CUES && hasEvidenceWord(tokens, first, last)) {
    for (let at = first; at <= last; at += 1) {
      if (!holds(shown, at)) {
        shown.push(at);
      }
    }
    cues.push(first === last ? wordCue((tokens[first] as Token).word, label) : `"${words(tokens, first, last)}" +${label}`);
  }
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
