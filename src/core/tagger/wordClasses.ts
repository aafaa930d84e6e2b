// Word classes, for what phrase lists cannot enumerate: a sentence that pairs a kind of act with a
// kind of object ("cancelled" + "debrief", "rewrote" + someone's work, "said" + "no" after an idea).
// Each class is one bit; a stem may be in several classes. The tagger computes a sentence's class
// mask once (one array read per token, by stem id) and the entry-level readers (traps.ts, functions.ts,
// style.ts) test bits. The data is written as plain words and stemmed with the tokeniser's stemmer.
import type { TaggerLanguage } from './lemmaTable';
import { MAX_STEM_ID, NUM, stemId, stemWord, type Token } from './tokens';
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

/** Stem id → class bits (0 for none): a typed array, since the ids are scattered. */
const CLASS_OF: Int32Array = (() => {
  const bits = new Int32Array(MAX_STEM_ID);
  for (const [bit, words] of CLASS_WORDS) {
    for (const word of words.split(/\s+/)) {
      const id = stemId(stemWord(word));
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
  for (const token of tokens) {
    mask |= germanClassOf.get(token.stem) ?? 0;
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
  for (const token of tokens) {
    if ((token.flags & FIRST_PERSON) !== 0) {
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
