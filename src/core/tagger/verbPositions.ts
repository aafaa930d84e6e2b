// Person nouns and role words that are also verbs, read by where they stand (English). "The coach"
// and "our team lead" name a person, which is not evidence (issue 12: role nouns are not evidence by
// themselves); "she coaches the new starters", "I mentor two juniors", "who leads the huddle" and
// "Coach her through it" name the act, which is. The lemma table marks such forms (lemmaTable.ts
// `verbReading`, flag VERB_READING); this pass gives the token the EVIDENCE flag where its
// neighbours make it a verb:
//
// 1. after an article, a determiner or a possessive it is a noun ("the coach", "her mentor");
// 2. after a subject pronoun, "to", a modal or auxiliary, or an adverb it is a verb ("we lead",
//    "to coach", "will mentor", "quietly guides");
// 3. a third-person -s form, or any form opening its clause, followed by an object pronoun or a
//    determiner is a verb ("Zubeida coaches each new trimmer", "Coach her through the first week");
// 4. otherwise it stays a noun.
//
// Contract: pure; returns `tokens` itself when no token needs a change, else a new array whose changed
// tokens are copies. Training and tagging both read tokens through here (tokens.ts `tokenize`), so
// the model learns the verb reading exactly as it is made at run time.
import type { Token } from './tokens';
import { EVIDENCE, VERB_READING } from './wordFlags';

const NOUN_BEFORE = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'each', 'every',
  'some', 'any', 'no', 'another', 'which', 'whose', 'team', 'new', 'head', 'assistant', 'deputy', 'senior', 'junior',
]);
const VERB_AFTER = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'who', 'to', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'may',
  'shall', 'do', 'does', 'did', 'not', 'never', 'always', 'often', 'also', 'just', 'still', 'usually', 'sometimes',
  'rarely', 'seldom', 'actually', 'then', 'now', 'even', 'gonna', 'wanna', 'let', 'help', 'please',
]);
const OBJECT_NEXT = new Set([
  'me', 'him', 'her', 'us', 'them', 'you', 'it', 'each', 'every', 'the', 'a', 'an', 'his', 'their', 'our', 'my', 'your',
  'this', 'that', 'these', 'those', 'everyone', 'everybody', 'someone', 'somebody', 'people', 'new', 'two', 'three',
]);

function isVerbPosition(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const previous = at > 0 && tokens[at - 1]?.clause === token.clause ? tokens[at - 1] : undefined;
  if (previous !== undefined && NOUN_BEFORE.has(previous.word)) {
    return false;
  }
  if (previous !== undefined && (VERB_AFTER.has(previous.word) || (previous.word.length > 4 && previous.word.endsWith('ly')))) {
    return true;
  }
  const next = tokens[at + 1];
  return next !== undefined && next.clause === token.clause && OBJECT_NEXT.has(next.word)
    && (token.word.endsWith('s') || previous === undefined);
}

export function readVerbPositions(tokens: Token[]): Token[] {
  let read = tokens;
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if ((token.flags & VERB_READING) !== 0 && isVerbPosition(tokens, at)) {
      if (read === tokens) {
        read = tokens.slice();
      }
      read[at] = { ...token, flags: token.flags | EVIDENCE };
    }
  }
  return read;
}
