// Word classes, for what phrase lists cannot enumerate: a sentence that pairs a kind of act with a
// kind of object ("cancelled" + "debrief", "rewrote" + someone's work, "said" + "no" after an idea).
// Each class is one bit; a stem may be in several classes. The tagger computes a sentence's class
// mask once (one array read per token, by stem id) and the entry-level readers (traps.ts, functions.ts,
// style.ts) test bits. The data is written as plain words and stemmed with the tokeniser's stemmer
// at build time (CLASS_STEMS, see encodeClassStems).
import { CLASS_STEMS } from './lexiconTable.generated';
import { MAX_STEM_ID, NUM, stemId, type Token } from './tokens';
import { FIRST_PERSON } from './wordFlags';

/** Redoing verbs: work that was done, done again by the writer. */
export const REDO = 1 << 0;
/** Acts of control over a piece of work or a decision. */
export const CONTROL = 1 << 1;
/** Scope words that turn a check into a habit of control. */
export const SCOPE = 1 << 2;
/** Pronouns that point at another person (the work is theirs). */
export const OTHER_PERSON = 1 << 3;
/** People's needs: body, mind, rest, grief. */
export const NEED = 1 << 4;
/** Words in a reply that care for the need (these make a reply not a dismissal). */
export const CARE_REPLY = 1 << 5;
/** Words that make the writer's reply a no. */
export const REFUSAL = 1 << 6;
/** Speech acts. */
export const SPEECH = 1 << 7;
/** Replies that are refusals without a speech act. */
export const SILENT_REFUSAL = 1 << 8;
/** Cutting verbs and the team rituals that look after people or explain the work. */
export const CUT = 1 << 9;
export const RITUAL = 1 << 10;
/** Proposals and change put to the writer by someone else. */
export const PROPOSAL = 1 << 11;
/** Habit as a reason: "we've always", "for years", "the same", "the way it is". */
export const HABIT = 1 << 12;
/** Big talk and the crowd's reaction. */
export const BIG_TALK = 1 << 13;
export const ENTHUSIASM = 1 << 14;
/** Unfinished: still, yet, never, forgot, waiting (not "again" or "too": too common to mean a dropped commitment). */
export const UNFINISHED = 1 << 15;
/** What a commitment is called. */
export const COMMITMENT = 1 << 16;
/** Output pushed: wanting, expecting, needing more. */
export const PUSH_VERB = 1 << 17;
export const PUSH_OBJECT = 1 << 18;
/** Consequences aimed at people. */
export const WHOEVER = 1 << 19;
export const CONSEQUENCE = 1 << 20;
/** Someone asks about the details of an idea: who, when, what budget, what plan. */
export const DETAIL_QUESTION = 1 << 21;
export const ASK = 1 << 22;
/** Waving details away: later, not now, don't worry, let's not. */
export const DEFLECT = 1 << 23;
/** Words that say a thing was left undone (functions.ts counts such sentences at a quarter). */
export const UNDONE = 1 << 24;
/** Words that say someone is new to the task (style.ts: close supervision of a novice is directing). */
export const NOVICE = 1 << 25;

/** Repetition: a commitment made again (with an announcement word, see traps.ts). */
export const REPEATED = 1 << 26;
/** What an announced commitment is called (narrower than COMMITMENT: no "idea"). */
export const ANNOUNCEMENT = 1 << 27;

/**
 * All class bits in one object, for consumers in hot loops: `const { REDO } = CLASS_BITS` at module
 * level binds a local once (an imported binding is a getter call on every read under CommonJS).
 */
export const CLASS_BITS = {
  REPEATED, ANNOUNCEMENT, REDO, CONTROL, SCOPE, OTHER_PERSON, NEED, CARE_REPLY, REFUSAL, SPEECH, SILENT_REFUSAL, CUT,
  RITUAL, PROPOSAL, HABIT, BIG_TALK, ENTHUSIASM, UNFINISHED, COMMITMENT, PUSH_VERB, PUSH_OBJECT, WHOEVER,
  CONSEQUENCE, DETAIL_QUESTION, ASK, DEFLECT, UNDONE, NOVICE,
} as const;

export const CLASS_WORDS: readonly (readonly [number, string])[] = [
  [REDO, 'rewrite rewrote rewritten redo redid redone rework reworked reformat reformatted restructure restructured redraft redrafted reword reworded overrode overrule overruled'],
  [CONTROL, 'reopen reopened rearrange rearranged recheck rechecked check checked review reviewed vet vetted approve approved edit edited correct corrected change changed switch switched swap swapped move moved proofread read look go went join joined sit sat lead led take took ring rang call called send sent'],
  [SCOPE, 'every any all each whole everything anything myself personally again own'],
  [OTHER_PERSON, 'his her their him them he she they'],
  [NEED, 'tired shattered exhausted knackered burnt burnout stress stressed sick ill unwell faint dizzy headache headaches pain hurt injured injury breather upset crying cried bereavement grief overwhelmed drained rest water'],
  [CARE_REPLY, 'home rest off support help cover sorry listened listen care okay ok recover doctor gp swap leave early'],
  [REFUSAL, 'not no never nothing wait later stop fine full everyone all job ignored declined'],
  [SPEECH, 'say said tell told reply replied answer answered respond responded'],
  [SILENT_REFUSAL, 'ignored declined dismissed binned shelved'],
  [CUT, 'cancel cancelled stop stopped scrap scrapped skip skipped drop dropped axe axed remove removed ditch ditched'],
  [RITUAL, 'session debrief huddle talk lunch briefing practice training coaching toolbox stretch supervision wellbeing social retro one-to-one check-in'],
  [PROPOSAL, 'suggest suggested suggestion propose proposed proposal offered idea ideas pilot trial try consider nominate invite invited inviting improve improvement redesign'],
  [HABIT, 'always years same traditional usual routine current way fine never'],
  [BIG_TALK, 'promise promised announce announced speech talk pitched dream vision idea ideas plan plans launch'],
  [ENTHUSIASM, 'ovation cheer cheering cheered clapped buzzing buzz excited excitement energy thrilled loved love inspired'],
  [UNFINISHED, 'still yet never forgot forgotten waiting'],
  [COMMITMENT, 'promise promised announced idea scheme framework launch circle club programme initiative speech'],
  [PUSH_VERB, 'want expect need push demand'],
  [PUSH_OBJECT, 'better more faster higher target targets output rate rates'],
  [WHOEVER, 'anyone whoever bottom lowest worst slowest'],
  [CONSEQUENCE, 'will gets get goes go face lose'],
  [DETAIL_QUESTION, 'who when budget owner timeline date dates deadline plan details cost'],
  [ASK, 'ask asked asking wonder wondered'],
  [DEFLECT, 'later not worry vibe admin details dampen spoil kill'],
  [UNDONE, 'never not forgot forgotten still'],
  [NOVICE, 'new first never novice trainee apprentice starter'],
  [REPEATED, 'again too twice'],
  [ANNOUNCEMENT, 'promise promised announce announced launch launched scheme framework initiative programme circle club speech'],
];

/**
 * The stems of {@link CLASS_WORDS}, as scripts/generateLexicon.ts writes them with the shipped lemma
 * tables (lexiconTable.generated.ts `CLASS_STEMS`: per class, in the order of their bits, its words'
 * stems, each once, in the words' order, so stems are registered in the order stemming the words at load did), so
 * loading stems no word and decodes no lemma table. A unit test checks it matches.
 */
export function encodeClassStems(stem: (word: string) => string): string {
  return CLASS_WORDS.map(([bit, words], place) => {
    if (bit !== 1 << place) {
      throw new Error(`word classes: CLASS_WORDS must list the classes in the order of their bits (row ${place})`);
    }
    return [...new Set(words.split(/\s+/).map((word) => {
      const stemmed = stem(word);
      if (/[ |]/.test(stemmed)) {
        throw new Error(`word classes: the stem "${stemmed}" of "${word}" holds a space or a bar`);
      }
      return stemmed;
    }))].join(' ');
  }).join('|');
}

/** Stem id → class bits (0 for none): a typed array, since the ids are scattered. Stems registered in the words' order. */
const CLASS_OF: Int32Array = (() => {
  const bits = new Int32Array(MAX_STEM_ID);
  const rows = CLASS_STEMS.split('|');
  for (let place = 0; place < rows.length; place += 1) {
    const stems = (rows[place] as string).split(' ');
    const bit = 1 << place;
    for (let at = 0; at < stems.length; at += 1) {
      const id = stemId(stems[at] as string);
      bits[id] = (bits[id] as number) | bit;
    }
  }
  return bits;
})();

function classOf(token: Token): number {
  return CLASS_OF[token.id] as number;
}

/** The class bits of a whole sentence: the union over its tokens. */
export function sentenceClasses(tokens: readonly Token[]): number {
  let mask = 0;
  for (const token of tokens) {
    mask |= classOf(token);
  }
  return mask;
}

/** True when the mask has any of the bits. */
export function has(mask: number, bits: number): boolean {
  return (mask & bits) !== 0;
}

/** The writer acts or speaks: "I", "me", "my", or a subject-less report ("Told him…", "Rewrote…"). */
export function isByWriter(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined) {
    return false;
  }
  for (const token of tokens) {
    if ((token.flags & FIRST_PERSON) !== 0) {
      return true;
    }
  }
  return first.word.endsWith('ed') || has(classOf(first), SPEECH | CONTROL | REDO);
}

const POSSESSIVE_NAME = /(?:^|\s)[A-Z][a-z]+['’]s\b/;

/** The sentence points at someone else: a pronoun, or a possessive name ("Femi's"). */
export function mentionsOther(mask: number, text: string): boolean {
  return has(mask, OTHER_PERSON) || POSSESSIVE_NAME.test(text);
}

/** "have not", "has not", "had not": an undone thing. */
export function hasPerfectNegation(tokens: readonly Token[]): boolean {
  for (let at = 1; at < tokens.length; at += 1) {
    if ((tokens[at] as Token).word === 'not') {
      const before = (tokens[at - 1] as Token).word;
      if (before === 'have' || before === 'has' || before === 'had') {
        return true;
      }
    }
  }
  return false;
}

/** A number anywhere in the sentence. */
export function hasNumber(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.stem === NUM);
}
