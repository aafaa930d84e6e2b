// The tagger's result model, shared by the core, the CLI (whose JSON contract it mirrors), the
// extension and the trends view. Ids are stable: they are written into users' front matter.

/** A sentence is about leading (why), managing (how), or shows neither (unclear). */
export type SentenceLabel = 'why' | 'how' | 'unclear';
/**
 * An entry leans to why or how, is balanced (real evidence on both sides), or is unclear: nothing
 * in it shows either (no labelled sentence, or a language the tagger does not read).
 */
export type EntryLabel = 'why' | 'how' | 'balanced' | 'unclear';
export const ENTRY_LABELS: readonly EntryLabel[] = ['why', 'how', 'balanced', 'unclear'];

/** Kotter's pairs: leading sets direction, aligns people, motivates; managing plans, organises, controls. */
export type FunctionId = 'direction' | 'alignment' | 'motivation' | 'planning' | 'organising' | 'controlling';
export const LEADING_FUNCTIONS: readonly FunctionId[] = ['direction', 'alignment', 'motivation'];
export const MANAGING_FUNCTIONS: readonly FunctionId[] = ['planning', 'organising', 'controlling'];
export const FUNCTION_IDS: readonly FunctionId[] = [...LEADING_FUNCTIONS, ...MANAGING_FUNCTIONS];

/** Situational Leadership styles S1–S4. */
export type StyleId = 'directing' | 'coaching' | 'supporting' | 'delegating';
export const STYLE_IDS: readonly StyleId[] = ['directing', 'coaching', 'supporting', 'delegating'];

export type TrapId = 'micromanaging-leader' | 'visionless-manager' | 'nice-leader-no-follow-through' | 'taskmaster-manager';
export const TRAP_IDS: readonly TrapId[] = [
  'micromanaging-leader', 'visionless-manager', 'nice-leader-no-follow-through', 'taskmaster-manager',
];

/** A sentence the user wrote, as the tagger read it. */
export interface SentenceResult {
  readonly text: string;
  readonly label: SentenceLabel;
  /** Human-readable cues that decided the label, e.g. `"explained why" (+why)`, `negated: "did not"`. */
  readonly cues: readonly string[];
  /** Zero-based line in the source Markdown where the sentence starts (for hovers and links). */
  readonly line: number;
}

export interface TrapResult {
  readonly id: TrapId;
  /** The sentences that show the trap, as written. */
  readonly evidence: readonly string[];
}

/**
 * What the tagger reads in a whole entry besides its label and traps: the two sides' shares,
 * Kotter's functions and the situational style. The tagger's result, its explanation, the index
 * record and an Export Metrics row all carry it.
 */
export interface EntryReading {
  /** Shares of why and how sentences, each in [0, 1] (both 0 when unclear). */
  readonly why: number;
  readonly how: number;
  /** Kotter functions the entry shows, each once. */
  readonly functions: readonly FunctionId[];
  readonly style: StyleId | null;
}

/**
 * What an entry record takes from the tagger (records/readRecord.ts): the label, shares, functions
 * and style, the traps' ids and the worded sentences' text (their words are counted). A
 * {@link TagResult} has all of it; `Tagger.readRecord` makes only this, for a reader that keeps
 * records and shows no sentence, cue or trap evidence (the CLI report).
 */
export interface RecordReading extends EntryReading {
  readonly label: EntryLabel;
  readonly traps: readonly { readonly id: TrapId }[];
  readonly sentences: readonly { readonly text: string }[];
}

/** One entry as the tagger read it; its shares are over the labelled sentences and sum to 1 (both 0 when unclear). */
export interface TagResult extends EntryReading {
  readonly label: EntryLabel;
  /**
   * The language the entry was read in; `other` for a language the tagger does not read, null when
   * nothing was written in words at all (both labelled unclear).
   */
  readonly language: 'en' | 'de' | 'other' | null;
  readonly traps: readonly TrapResult[];
  readonly sentences: readonly SentenceResult[];
}

/** User lexicon additions from settings: single words or short phrases, matched case-insensitively. */
export interface TaggerOptions {
  readonly whyTerms?: readonly string[];
  readonly howTerms?: readonly string[];
  /**
   * false leaves every sentence's `cues` empty: for the journal index, which never shows them and
   * reads thousands of entries (building the cue strings is a tenth of tagging). Labels, shares,
   * functions, style and traps are the same either way.
   */
  readonly evidence?: boolean;
}
