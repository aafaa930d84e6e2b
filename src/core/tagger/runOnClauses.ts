// Entries dictated by voice, or typed in one breath, often have no full stop from start to end: a
// whole day in one "sentence" joined by commas ("…moved a dozen pickups around, and then I grabbed
// the phone off Kwame, he just looked at me, I've told the drivers to ring me…"). Read as one sentence,
// such an entry gets one label for everything in it, and the traps — which weigh what the writer does
// sentence by sentence — are not read at all. A run-on is therefore read as its clauses.
//
// Contract: `runOnClauses(text)` returns the text unchanged (one piece) unless it has more than
// RUN_ON_WORDS words; then it is cut after each comma (or semicolon) whose next word starts a new
// clause in English or German — a subject pronoun ("I", "she", "wir") or a word that joins main
// clauses ("and", "but", "so", "then", "anyway", "aber", "dann") — as long as every piece keeps at
// least MIN_CLAUSE_WORDS words (a shorter piece stays with the one before it). Commas before
// subordinate clauses ("weil", "dass", "because") do not cut: those clauses belong to their sentence.
// The pieces are the text's own characters, in order, trimmed; linear in the text.

/** Words in a run before it is read as clauses: well above an ordinary long sentence. */
export const RUN_ON_WORDS = 40;
/** Fewest words in a piece. */
export const MIN_CLAUSE_WORDS = 6;

/** Lower-case words that start a main clause after a comma. */
const CLAUSE_STARTS: ReadonlySet<string> = new Set([
  // English: joining words and subject pronouns (with their contractions).
  'and', 'but', 'so', 'then', 'anyway', 'also', 'plus', 'i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'll",
  'he', "he's", 'she', "she's", 'they', "they're", "they've", "there's", "that's", "it's",
  // German: joining words and subject pronouns.
  'und', 'aber', 'dann', 'also', 'jedenfalls', 'danach', 'ich', 'wir', 'er', 'sie', 'es', 'das',
]);

/** Counts the words (runs of non-spaces) of `text`. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) {
      count++;
    }
    inWord = !space;
  }
  return count;
}

/**
 * The clauses of a run-on sentence (see the file comment). `text` is a sentence as splitSentences
 * gives it: whitespace collapsed to single spaces.
 */
export function runOnClauses(text: string): readonly string[] {
  const total = wordCount(text);
  if (total <= RUN_ON_WORDS) {
    return [text];
  }
  const pieces: string[] = [];
  let start = 0;
  let wordsSinceStart = 0;
  let wordsSeen = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      wordsSinceStart++;
      wordsSeen++;
      inWord = true;
    }
    // A cut candidate: ", " or "; " then a clause start, with enough words on the left.
    if ((code === 44 || code === 59) && text.charCodeAt(i + 1) === 32 && wordsSinceStart >= MIN_CLAUSE_WORDS) {
      let end = i + 2;
      while (end < text.length && text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 44) {
        end++;
      }
      const next = text.slice(i + 2, end).toLowerCase().replace(/[\u2018\u2019]/g, "'");
      if (CLAUSE_STARTS.has(next) && total - wordsSeen >= MIN_CLAUSE_WORDS) {
        pieces.push(text.slice(start, i + 1));
        start = i + 2;
        wordsSinceStart = 0;
        inWord = false;
        i++; // The space after the comma.
      }
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}
