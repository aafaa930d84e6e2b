// The word classes' bits (wordClasses.ts): one per class, so a sentence's classes are one mask.
// Apart from wordClasses.ts, which reads the generated stems at load, so that the generator and the
// trainer can name the classes (wordClassWords.ts) without that table.
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
