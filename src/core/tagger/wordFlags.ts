// Per-word flags, computed once per distinct word by the tokeniser's word cache, so that the
// classifier and the entry-level readers test a bit instead of looking words up sentence by sentence.
import { ENGLISH_WORD, functionWordLanguage, OTHER_LANGUAGE_WORD } from './language';
import type { TaggerLanguage } from './lemmaTable';

export { ENGLISH_WORD, OTHER_LANGUAGE_WORD };
/** not, never, no, nobody, nothing, without, none, neither, nor (German: nicht, nie, kein, …). */
export const NEGATION = 4;
/** A word that can open a contrast: instead, rather, not, no (German: statt, anstatt, sondern, nicht). */
export const CONTRAST_WORD = 8;
/** i, me, my, myself (German: ich, mich, mir, mein…): the writer. */
export const FIRST_PERSON = 16;
/**
 * A word that may be shown as evidence: its lemma table marks it so (lemmaTable.ts). Function
 * words, numbers, role nouns and words that only name a thing, time, group or person never are.
 */
export const EVIDENCE = 32;
/**
 * A particle or question word that can complete a two-word cue with an evidence word next to it:
 * "follow up", "step back", "explained why", "asked what".
 */
export const PARTICLE = 64;
/**
 * An article, of either language: skipped between the two words of a two-word cue ("set a
 * deadline"). One set for both languages, whatever the word's language (sentenceModel.ts).
 */
export const ARTICLE = 128;
/**
 * A function word — pronoun, determiner, auxiliary, preposition, conjunction — or a word of time
 * (a weekday, a month, "week", "morning") of the sentence's language: it may weigh in the model,
 * but it is never part of a reason shown (sentenceModel.ts).
 */
export const FUNCTION_WORD = 256;
/**
 * A person noun or role word that is also a present-tense verb ("coaches", "mentors", "lead"): not
 * evidence as read, but evidence where it stands as a verb (verbPositions.ts sets EVIDENCE there).
 */
export const VERB_READING = 512;
/**
 * An EVIDENCE word that may decide a side but is not shown as a reason on its own ("told", "idea",
 * "gesagt"; lemmaTable.ts `quiet`): a cue shows it only beside a word that may be shown, or before
 * a question word ("asked why", sentenceCues.ts).
 */
export const QUIET = 1024;
/** why, what, how (German: warum, wieso, weshalb, wozu, wofür, was, wie): a quiet word before one is shown with it ("asked what"). */
export const QUESTION_WORD = 2048;
/**
 * A word, as written, that a managing shape starts from (shapeWords.ts isShapeWord): a number word,
 * "per", an amount word. Set by the tokeniser's word cache, not by {@link wordFlags}, which reads a
 * dialect word as its standard one; managingShapes.ts reads a sentence for shapes only when it holds one.
 */
export const SHAPE_WORD = 4096;

/** The function words of each language, as text; a language's set is made the first time one of its words is read (a German one only for German). */
const FUNCTION_WORD_TEXT: Record<TaggerLanguage, string> = {
  en: `
a an the this that these those some any each every either neither both all such what which whose who whom
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
it its itself they them their theirs themselves one someone somebody something anyone anybody anything everyone everybody
everything nobody nothing none other another else
and or but nor so yet if then than because since as while though although unless until whether when where why how
to of in on at by for with about against between into through during before after above below from up down out off over
under onto upon within without toward towards across along among around behind beyond via per
am is are was were be been being have has had having do does did doing will would shall should can could may might must
not no just also still even already too very really only instead once twice thrice
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun january february march
april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
day days week weeks weekend weekends month months year years quarter quarters hour hours minute minutes morning
mornings afternoon afternoons evening evenings night nights today tomorrow yesterday tonight now later soon ago
`,
  de: `
der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem jeder jede jedes jeden jedem
welcher welche welches alle alles allen
ich mich mir mein meine meinen meinem meiner meines du dich dir dein deine er ihn ihm sein seine seinen seinem seiner sie
ihr ihre ihren ihrem ihrer es wir uns unser unsere unseren unserem unserer euch euer eure man jemand niemand etwas nichts
sich selbst
und oder aber sondern denn doch jedoch als wie wenn weil dass ob obwohl während bevor nachdem damit bis seit
zu zum zur von vom mit bei beim aus nach vor für gegen ohne um über unter auf an am im in ins durch
bin bist ist sind seid war waren wäre gewesen habe hast hat haben habt hatte hatten hätte werde wirst wird werden wurde
wurden würde kann können konnte könnte muss müssen musste soll sollen sollte will wollen wollte darf dürfen mag möchte
nicht nie auch sehr so dann da hier dort jetzt schon noch nur
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september
oktober november dezember tag tage tagen woche wochen wochenende monat monate jahr jahre quartal stunde stunden minute
minuten morgen vormittag mittag nachmittag abend nacht heute gestern übermorgen bald später
`,
};
const functionWordSets: Partial<Record<TaggerLanguage, ReadonlySet<string>>> = {};

function functionWords(language: TaggerLanguage): ReadonlySet<string> {
  return (functionWordSets[language] ??= new Set(FUNCTION_WORD_TEXT[language].split(/\s+/).filter(Boolean)));
}

const NEGATIONS: Record<TaggerLanguage, ReadonlySet<string>> = {
  en: new Set(['not', 'never', 'no', 'nobody', 'nothing', 'without', 'none', 'neither', 'nor']),
  de: new Set(['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'niemand', 'nichts', 'ohne', 'weder', 'noch']),
};
const CONTRAST_WORDS: Record<TaggerLanguage, ReadonlySet<string>> = {
  en: new Set(['instead', 'rather', 'not', 'no']),
  de: new Set(['statt', 'anstatt', 'sondern', 'nicht', 'kein', 'keine']),
};
const FIRST_PERSON_WORDS: Record<TaggerLanguage, ReadonlySet<string>> = {
  en: new Set(['i', 'me', 'my', 'myself']),
  de: new Set(['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines']),
};
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer']);
const QUESTION_WORDS: Record<TaggerLanguage, ReadonlySet<string>> = {
  en: new Set(['why', 'what', 'how']),
  de: new Set(['warum', 'wieso', 'weshalb', 'wozu', 'wofür', 'was', 'wie']),
};
const PARTICLES: Record<TaggerLanguage, ReadonlySet<string>> = {
  en: new Set(['up', 'off', 'back', 'out', 'in', 'over', 'through', 'down', 'on', 'why', 'what', 'how', 'forward', 'ahead', 'away', 'together']),
  de: new Set(['warum', 'wieso', 'weshalb', 'wozu', 'was', 'wie']),
};

export function wordFlags(word: string, language: TaggerLanguage = 'en'): number {
  return (language === 'en' ? functionWordLanguage(word) : 0)
    | (NEGATIONS[language].has(word) ? NEGATION : 0)
    | (CONTRAST_WORDS[language].has(word) ? CONTRAST_WORD : 0)
    | (FIRST_PERSON_WORDS[language].has(word) ? FIRST_PERSON : 0)
    | (PARTICLES[language].has(word) ? PARTICLE : 0)
    | (QUESTION_WORDS[language].has(word) ? QUESTION_WORD : 0)
    | (ARTICLES.has(word) ? ARTICLE : 0)
    | (functionWords(language).has(word) ? FUNCTION_WORD : 0);
}
