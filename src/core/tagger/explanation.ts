// The explanation of an entry's tags as data, for the Explain Tags panel: the label and shares, why
// an unclear entry has no side, each sentence with its side, its line and its cues read into parts,
// and the traps with the lines of their evidence. The panel words and lays it out in the display
// language; this module only says what is to be shown. Text from the entry stays plain text here:
// whoever shows it must set it as text, never as markup.
import { labelledByTrap } from './entryLabel';
import { SHAPES, type ShapeId } from './shapeNames';
import type { EntryLabel, EntryReading, SentenceLabel, TagResult, TrapId } from './types';

/**
 * A cue of a sentence, read from the tagger's wording (sentenceCues.ts):
 *   evidence   `"delegated" +how`                                   words, side
 *   term       `"rota" +how (your term)`                            words, side (one of the user's own terms)
 *   shape      `"4 % down from 6 %" +how (a figure set against another)`  words, side, shape (shapeNames.ts)
 *   contrast   `contrast: the part after "instead of" counted for little`   words = the marker
 *   negation   `negated: "did not" (the topic still counts)`        words = the negation
 *   other      anything else, shown as the tagger wrote it           words = the whole cue
 */
export interface ExplainedCue {
  readonly kind: 'evidence' | 'term' | 'shape' | 'contrast' | 'negation' | 'other';
  readonly words: string;
  /** The side the words count for (evidence, term, shape); null for the others. */
  readonly side: 'why' | 'how' | null;
  /** The managing shape the words show (kind `shape` only). */
  readonly shape?: ShapeId;
}

export interface ExplainedSentence {
  readonly text: string;
  /** Zero-based line of the entry (front matter included) where the sentence starts. */
  readonly line: number;
  readonly label: SentenceLabel;
  readonly cues: readonly ExplainedCue[];
}

export interface ExplainedTrap {
  readonly id: TrapId;
  /** The sentences that show it, with their lines (null if the sentence is not among the entry's). */
  readonly evidence: readonly { readonly text: string; readonly line: number | null }[];
}

/**
 * Why an entry is unclear: nothing written in words (`empty`), a language the tagger does not read
 * (`language`), no sentence that leans to a side (`no-signal`), or a few that lean, too weakly to
 * give the entry a side (`weak`).
 */
export type UnclearReason = 'empty' | 'language' | 'no-signal' | 'weak';

export interface TagExplanation extends EntryReading {
  readonly label: EntryLabel;
  readonly language: TagResult['language'];
  /** How many sentences read as each side, and how many as neither. */
  readonly counts: { readonly why: number; readonly how: number; readonly unclear: number };
  /** A managing-side trap made the label `how` where the shares alone say balanced (entryLabel.ts). */
  readonly byTrap: boolean;
  /** Null unless the label is `unclear`. */
  readonly unclear: UnclearReason | null;
  readonly traps: readonly ExplainedTrap[];
  /** Every sentence the tagger read, in the entry's order. */
  readonly sentences: readonly ExplainedSentence[];
}

const TERM = /^"(.+)" \+(why|how) \(your term\)$/;
const EVIDENCE = /^"(.+)" \+(why|how)$/;
const SHAPE = /^"(.+)" \+(why|how) \((.+)\)$/;
/** The shapes by the English name a cue gives them. */
const SHAPE_BY_NAME: ReadonlyMap<string, ShapeId> = new Map([...SHAPES.values()].map((shape) => [shape.name, shape.id]));
const CONTRAST = /^contrast: the part after "(.+)" counted for little$/;
const NEGATION = /^negated: "(.+)" \(the topic still counts\)$/;

/** One cue as the tagger wrote it, read into its parts; a wording this does not know is `other`. */
export function readCue(cue: string): ExplainedCue {
  const term = TERM.exec(cue);
  if (term) {
    return { kind: 'term', words: term[1] ?? '', side: term[2] === 'why' ? 'why' : 'how' };
  }
  const shape = SHAPE.exec(cue);
  const shapeId = shape === null ? undefined : SHAPE_BY_NAME.get(shape[3] ?? '');
  if (shape && shapeId !== undefined) {
    return { kind: 'shape', words: shape[1] ?? '', side: shape[2] === 'why' ? 'why' : 'how', shape: shapeId };
  }
  const evidence = EVIDENCE.exec(cue);
  if (evidence) {
    return { kind: 'evidence', words: evidence[1] ?? '', side: evidence[2] === 'why' ? 'why' : 'how' };
  }
  const contrast = CONTRAST.exec(cue);
  if (contrast) {
    return { kind: 'contrast', words: contrast[1] ?? '', side: null };
  }
  const negation = NEGATION.exec(cue);
  if (negation) {
    return { kind: 'negation', words: negation[1] ?? '', side: null };
  }
  return { kind: 'other', words: cue, side: null };
}

/** The cues of a sentence; words that are both model evidence and the user's term are shown once, as theirs. */
function explainedCues(cues: readonly string[]): ExplainedCue[] {
  const read = cues.map(readCue);
  const terms = new Set(read.filter((cue) => cue.kind === 'term').map((cue) => `${cue.side ?? ''} ${cue.words}`));
  return read.filter((cue) => cue.kind !== 'evidence' || !terms.has(`${cue.side ?? ''} ${cue.words}`));
}

function unclearReason(result: TagResult, leaning: number): UnclearReason | null {
  if (result.label !== 'unclear') {
    return null;
  }
  if (result.language === 'other') {
    return 'language';
  }
  if (result.language === null || result.sentences.length === 0) {
    return 'empty';
  }
  return leaning === 0 ? 'no-signal' : 'weak';
}

/** Each trap's evidence with the line of its sentence; a sentence written twice gets its lines in order. */
function explainedTraps(result: TagResult): ExplainedTrap[] {
  return result.traps.map((trap) => {
    const used = new Set<number>();
    return {
      id: trap.id,
      evidence: trap.evidence.map((text) => {
        const at = result.sentences.findIndex((sentence, index) => sentence.text === text && !used.has(index));
        if (at < 0) {
          return { text, line: null };
        }
        used.add(at);
        return { text, line: result.sentences[at]?.line ?? null };
      }),
    };
  });
}

export function explainTags(result: TagResult): TagExplanation {
  const counts = { why: 0, how: 0, unclear: 0 };
  for (const sentence of result.sentences) {
    counts[sentence.label] += 1;
  }
  return {
    label: result.label,
    language: result.language,
    why: result.why,
    how: result.how,
    counts,
    byTrap: result.label === 'how' && labelledByTrap(result.why, result.how, result.traps),
    unclear: unclearReason(result, counts.why + counts.how),
    functions: result.functions,
    style: result.style,
    traps: explainedTraps(result),
    sentences: result.sentences.map((sentence) => ({
      text: sentence.text, line: sentence.line, label: sentence.label, cues: explainedCues(sentence.cues),
    })),
  };
}
