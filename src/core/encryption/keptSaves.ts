// Where an interrupted save is kept beside its entry, by the one rule the save
// (decryptingJournalFs.ts) and the migrations (entrySteps.ts settlePartials) share: the first free
// of KEPT_MAX slots, `NAME (interrupted save).md`, then `NAME (interrupted save 2).md`, … A bound, so
// a save cut off again and again can neither fill a folder unseen nor loop: when every slot is held,
// nothing is kept and the caller keeps what it has and says why — the save is refused with
// KeptSavesFull (its text stays in the editor), the migration leaves the partial as it is and lists
// it. Either way nothing is lost, and deleting copies the user does not need frees slots.
//
// The words in the name are the host's, in the user's language (`(unterbrochene Speicherung)` in a
// German VS Code; English, the CLI's, when none are given), checked to be a safe part of a file name.
// A slot is held by a file under the host's words or under those of any language the product speaks
// (KNOWN_KEPT_WORDS), so copies kept before a switch of language — English to German or German to
// English, and the CLI's among them — keep their numbers and count towards the bound: a new copy never
// takes a number a copy in another language has, and no copy is ever written over (the callers'
// claims check that the name is free). Pure.
import { englishReason, reason, type Reason } from './reasons';

/** How many interrupted saves of one entry may be kept beside it before a save or a migration stops to ask the user. */
export const KEPT_MAX = 100;

/** The words of a kept copy's name when the host gives none, or none that can be part of a file name. */
export const ENGLISH_KEPT_WORDS = 'interrupted save';

/**
 * The words of every language the product speaks, as l10n/bundle.l10n*.json translate
 * `interrupted save` (a unit test holds them equal): a slot held under any of them is held.
 */
export const KNOWN_KEPT_WORDS: readonly string[] = [ENGLISH_KEPT_WORDS, 'unterbrochene Speicherung'];

/**
 * The host's words as they go into a name: trimmed, or the English ones when they are empty, longer
 * than 60 characters, or hold what a file name or the name's own pattern cannot (a slash, a colon,
 * brackets, a control character, any of `*?"<>|`).
 */
export function keptWords(words: string | undefined): string {
  const trimmed = words?.trim() ?? '';
  return trimmed === '' || trimmed.length > 60 || /[\\/:*?"<>|()[\]\p{Cc}]/u.test(trimmed) ? ENGLISH_KEPT_WORDS : trimmed;
}

/**
 * `2026/11/2026-11-23.md` → `2026/11/2026-11-23 (interrupted save).md`, then `… (interrupted save 2).md`,
 * …; `.md.age` alike; in the host's words when given (keptWords).
 */
export function interruptedSaveName(path: string, n: number, words?: string): string {
  return path.replace(/(\.md(?:\.age)?)$/i, ` (${keptWords(words)}${n === 1 ? '' : ` ${n}`})$1`);
}

/** How a caller keeps a copy: whether a name holds a file already, and putting the copy at a free name. */
export interface KeptSlots {
  /** The host's words (keptWords); English when absent. */
  readonly words?: string;
  /** Whether a file (in either form, for an entry) is at `name`. */
  readonly held: (name: string) => Promise<boolean>;
  /** Puts the copy at `name` and resolves true, or resolves false when another writer took it first. */
  readonly claim: (name: string) => Promise<boolean>;
}

/** Whether a file is at slot n's name in any of `words`, asked in order (the host's first). */
async function slotHeld(path: string, n: number, words: readonly string[], slots: KeptSlots): Promise<boolean> {
  for (const word of words) {
    if (await slots.held(interruptedSaveName(path, n, word))) {
      return true;
    }
  }
  return false;
}

/**
 * Keeps a copy in the first free slot beside the entry `path`: slot n is free when no file is at its
 * name in the host's words nor in any known language's (KNOWN_KEPT_WORDS); its name in the host's
 * words is claimed, and when the claim loses a race the next slot is tried. Resolves to the name the
 * copy took; undefined when all KEPT_MAX slots are held, and nothing was kept.
 */
export async function keepInFreeSlot(path: string, slots: KeptSlots): Promise<string | undefined> {
  const own = keptWords(slots.words);
  const words = [own, ...KNOWN_KEPT_WORDS.filter((known) => known !== own)];
  for (let n = 1; n <= KEPT_MAX; n++) {
    const name = interruptedSaveName(path, n, own);
    if (await slotHeld(path, n, words, slots)) {
      continue;
    }
    if (await slots.claim(name)) {
      return name;
    }
  }
  return undefined;
}

/** A save refused because KEPT_MAX interrupted saves of its entry are kept already, and the unfinished one would be lost; nothing was written. */
export class KeptSavesFull extends Error {
  readonly why: Reason;

  /** `path` is the entry (plain), `partial` its unfinished save's partial. */
  constructor(readonly path: string, partial: string) {
    const why = reason('kept-full-save', path, KEPT_MAX, partial);
    super(englishReason(why));
    this.why = why;
    this.name = 'KeptSavesFull';
  }
}
