// Which words a person would accept as evidence that a sentence is about leading or managing, at
// build time. The tagger only learns from, and only ever shows, such words (issue 12: no numbers,
// pronouns, function words, time spans, bare nouns like "room" or "team", and role nouns such as
// "leader" or "management" are not evidence by themselves).
//
// English: function words and light verbs are listed here; a noun is not evidence when WordNet's
// most frequent sense of it names a thing, a time, a quantity, a place, a group or a person
// (its lexicographer file), unless it is one of the working nouns listed in WORKING_NOUNS ("rota",
// "deadline", "spreadsheet"). German has no WordNet here, so its lists are longer.
import { FUNCTION_WORD, wordFlags } from '../../../src/core/tagger/wordFlags';
import type { WordNet } from './wordnet';

/** English function words: pronouns, determiners, prepositions, conjunctions, auxiliaries, modals, quantifiers, numerals, fillers. */
export const EN_FUNCTION = new Set(`
a an the this that these those some any no every each either neither both all half such what which whose whoever whatever
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
it its itself they them their theirs themselves one ones someone somebody something anyone anybody anything everyone
everybody everything nobody nothing none other another else
and or but nor so yet if then than because since as while though although unless until till whether when where why how
to of in on at by for with about against between into through during before after above below from up down out off over
under again further once here there near onto upon within without toward towards across along among around behind beyond
via per like unlike
am is are was were be been being have has had having do does did doing done will would shall should can could may might
must ought
not never no yes ok okay
very really just also still even already yet too quite rather almost maybe perhaps probably actually basically literally
only much many more most less least few fewer little lot lots plenty enough several
first second third last next previous same own whole
zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million dozen
couple pair
today tomorrow yesterday tonight now later soon ago always often sometimes usually ever
mr mrs ms dr
`.split(/\s+/).filter(Boolean));

/**
 * English verbs too light to be evidence of anything ("get", "make", "go"). Verbs of talking to and
 * hearing people ("ask", "tell", "listen", "explain", "thank"), of handing over ("give", "let",
 * "send") and of keeping things going ("keep", "check", "wait") are not here: the corpus shows they
 * carry a sentence's side ("asked Priya what she wanted", "sent the rota"), and a reader accepts
 * them as the act that decided it.
 */
export const EN_LIGHT_VERBS = new Set(`
be have do get make go come take put say see look know think need seem feel use find begin end happen become mean stay
leave bring turn read write sit stand run walk play like love hate hope wish guess suppose realize forget pick grab hold
carry fall pass
`.split(/\s+/).filter(Boolean));

/** Adjectives and adverbs too general to be evidence of anything ("good", "new", "hard"). */
export const EN_GENERIC = new Set(`
good bad great nice fine big small large little new old long short whole real right wrong better best worse worst
happy sad glad sure able hard easy quick slow early late high low full empty same different usual normal whole main
okay ok lovely awful terrible amazing huge tiny strange weird proper general special certain clear simple
thing stuff way lot bit kind sort type part piece place time person people everyone everything something anything
`.split(/\s+/).filter(Boolean));

/** Role words: who someone is, not what they do (issue 12, guide rule 5). */
export const EN_ROLES = new Set(`
lead leader leadership manager management managerial boss supervisor director head chief executive exec ceo cto cfo coo
foreman forewoman owner principal captain sergeant officer commander chair chairman chairwoman chairperson president
vice deputy assistant coordinator administrator
`.split(/\s+/).filter(Boolean));

/** Nouns that only name a thing, but whose thing is the stuff of managing or leading. */
const WORKING_NOUNS = new Set(`
deadline timeline milestone schedule rota roster shift overtime headcount quota payroll spreadsheet checklist dashboard
invoice ledger tracker agenda calendar budget forecast kpi okr metric target backlog inventory stock procurement supplier
vendor contract timesheet rollout roadmap mission vision purpose morale handover cover
`.split(/\s+/).filter(Boolean));

/** Lexicographer files of nouns that only name a thing, a time, a quantity, a place, a group or a person. */
const THING_FILES = new Set([
  'noun.time', 'noun.quantity', 'noun.group', 'noun.person', 'noun.location', 'noun.body', 'noun.animal', 'noun.plant',
  'noun.food', 'noun.substance', 'noun.shape', 'noun.object', 'noun.artifact', 'noun.Tops',
]);

/**
 * A word the tagger treats as a function word or a word of time at run time (wordFlags.ts
 * FUNCTION_WORD: "weekend", "wed", "instead"): never shown as a reason, whatever WordNet says of it
 * as a verb ("to weekend", "to wed"). Without this a lexicon cue of time was shown as a reason.
 */
export function isRuntimeFunctionWord(word: string, language: 'en' | 'de'): boolean {
  return (wordFlags(word, language) & FUNCTION_WORD) !== 0;
}

export interface EvidenceRules {
  /** False for words that are never features (function words, roles): they get no table entry as evidence. */
  isFeatureWord(word: string, family: string): boolean;
  /** False for forms that may share a family with evidence but only name a thing ("staff" the noun). */
  isEvidence(word: string, family: string): boolean;
  /**
   * True for a form that is not evidence as a noun but is where it stands as a verb: a person noun
   * or role word that is also a present-tense verb ("coach", "coaches", "mentors", "guides", "lead",
   * "leads"). The tokeniser decides by its neighbours (tokens.ts `readVerbPositions`): "she coaches
   * the new hires" is the act of coaching, "the coach" is a person.
   */
  isVerbReading(word: string, family: string): boolean;
}

/** Reads a word's part of speech the way the English lemma table does (see english.ts). */
export function englishEvidence(
  wordnet: WordNet, isVerbForm: (word: string) => boolean, nounOf: (word: string) => string, verbOf: (word: string) => string,
): EvidenceRules {
  // A role word is never a feature ("leader", "lead" the noun); a form of a role family that can only
  // be its verb is ("led", "leading", "chaired": the act, not the person).
  const isFeatureWord = (word: string, family: string): boolean =>
    word.length > 1 && !EN_FUNCTION.has(word) && !EN_FUNCTION.has(family) && !EN_ROLES.has(word)
    && (!EN_ROLES.has(family) || isVerbForm(word)) && !EN_LIGHT_VERBS.has(family) && /^[a-z]+$/.test(word);
  const verbs = wordnet.lemmas.verb;
  /** A base form or third-person -s form of a verb WordNet knows ("coach", "coaches"). */
  const isPresentVerb = (word: string): boolean => {
    const verb = verbOf(word);
    return verb === word ? verbs.has(word)
      : verbs.has(verb) && (word === `${verb}s` || word === `${verb}es` || word === `${verb.slice(0, -1)}ies`);
  };
  const rules: EvidenceRules = {
    isFeatureWord,
    isVerbReading(word, family) {
      if (rules.isEvidence(word, family) || !isPresentVerb(word) || EN_FUNCTION.has(word) || EN_FUNCTION.has(family)
        || EN_LIGHT_VERBS.has(family) || EN_GENERIC.has(word) || EN_GENERIC.has(family) || isRuntimeFunctionWord(word, 'en')
        || !/^[a-z]+$/.test(word) || word.length < 3) {
        return false;
      }
      // Only nouns naming a person, and role words: a thing's name ("table", "book") read as a verb
      // is rarely an act of leading or managing, and each such form costs a line in the shipped table.
      const senses = wordnet.nounFiles.get(nounOf(word));
      return EN_ROLES.has(word) || EN_ROLES.has(family) || senses?.[0] === 'noun.person';
    },
    isEvidence(word, family) {
      if (!isFeatureWord(word, family) || EN_GENERIC.has(word) || EN_GENERIC.has(family) || isRuntimeFunctionWord(word, 'en')) {
        return false;
      }
      if (WORKING_NOUNS.has(word) || WORKING_NOUNS.has(nounOf(word))) {
        return true;
      }
      if (isVerbForm(word)) {
        return true;
      }
      // A word WordNet does not know in any part of speech is a name, a brand or a slip ("priya",
      // "teh"): it may weigh as context, but a person would not accept it as a reason.
      if (!Object.values(wordnet.lemmas).some((lemmas) => lemmas.has(family) || lemmas.has(word))) {
        return false;
      }
      const senses = wordnet.nounFiles.get(nounOf(word));
      const verbSenses = wordnet.verbFiles.get(word)?.length ?? 0;
      // A word that is mostly a noun naming a thing is not evidence ("room", "team", "week").
      if (senses !== undefined && senses.length >= verbSenses && THING_FILES.has(senses[0] as string)) {
        return false;
      }
      return true;
    },
  };
  return rules;
}

/** German function words. */
export const DE_FUNCTION = new Set(`
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines dieser diese dieses diesen
diesem jener jene jenes jeder jede jedes jeden jedem welcher welche welches alle alles allem allen manche mancher viele
vielen wenige wenig mehr meisten beide beiden solche solcher
ich mich mir mein meine meinen meinem meiner meines du dich dir dein deine er ihn ihm sein seine seinen seinem seiner sie
ihr ihre ihren ihrem ihrer es wir uns unser unsere unseren unserem unserer euch euer eure man jemand niemand etwas nichts
sich selbst selber
und oder aber sondern denn doch jedoch sowie als wie wenn weil dass ob obwohl während bevor nachdem damit sodass bis seit
zu zum zur von vom mit bei beim aus nach vor für gegen ohne um über unter auf an am im in ins durch hinter neben zwischen
statt anstatt trotz wegen ab
bin bist ist sind seid war waren wäre wären gewesen habe hast hat haben habt hatte hatten hätte hätten gehabt werde wirst
wird werden werdet wurde wurden würde würden geworden kann kannst können könnt konnte konnten könnte müssen muss musst
musste mussten müsste soll sollst sollen sollte sollten will willst wollen wollte wollten darf dürfen durfte mag möchte
möchten
nicht nie niemals ja nein doch schon noch nur auch sehr so dann da hier dort jetzt heute morgen gestern immer oft manchmal
wieder gerade eben mal halt eigentlich wirklich vielleicht bestimmt natürlich einfach ganz gar etwa ziemlich
eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend halb hälfte paar dutzend
erste ersten zweite letzte letzten nächste nächsten gleiche andere anderen anderer eigene eigenen
warum wieso weshalb wozu was wer wen wem wo wohin woher wann welche
`.split(/\s+/).filter(Boolean));

/** German verbs too light to be evidence (talking, hearing and handing over are evidence, as in English). */
export const DE_LIGHT_VERBS = new Set(`
sein haben werden machen tun gehen kommen sehen wissen denken wollen müssen können sollen dürfen mögen bleiben stehen
liegen finden nehmen bringen halten heißen scheinen glauben meinen sitzen laufen schauen lesen schreiben brauchen fühlen
kriegen bekommen
`.split(/\s+/).filter(Boolean));

/** German role words, and compound tails that make one ("Stationsleitung", "Schichtleiter"). */
export const DE_ROLES = new Set(`
führen führung führungskraft führungskräfte chef chefin chefs leitung leiter leiterin leitende management manager managerin
vorgesetzte vorgesetzter vorgesetzten vorstand geschäftsführer geschäftsführerin geschäftsführung teamleiter teamleiterin
teamleitung abteilungsleiter abteilungsleiterin boss
`.split(/\s+/).filter(Boolean));
export const DE_ROLE_TAILS = /(?:leiter|leiterin|leitung|führer|führerin|führung|chef|chefin|vorgesetzte[rn]?)$/;

/** German nouns that only name a thing, a time, a group or a person. */
export const DE_THINGS = new Set(`
team teams leute menschen mitarbeiter mitarbeiterin mitarbeitende mitarbeitenden kollege kollegin kollegen kolleginnen
gruppe gruppen abteilung firma betrieb haus raum räume zimmer büro tisch tür auto wagen
tag tage tagen woche wochen monat monate jahr jahre stunde stunden minute minuten uhr zeit mal montag dienstag mittwoch
donnerstag freitag samstag sonntag wochenende morgen mittag abend nacht januar februar märz april mai juni juli august
september oktober november dezember prozent euro
ding dinge sache sachen punkt punkte teil art weise fall frage
`.split(/\s+/).filter(Boolean));

export function germanEvidence(): EvidenceRules {
  const isFeatureWord = (word: string, family: string): boolean =>
    word.length > 2 && !DE_FUNCTION.has(word) && !DE_ROLES.has(word) && !DE_ROLES.has(family) && !DE_ROLE_TAILS.test(word)
    && !DE_LIGHT_VERBS.has(family) && /^[a-zäöüß]+$/.test(word);
  return {
    isFeatureWord,
    isEvidence: (word, family) => isFeatureWord(word, family) && !DE_THINGS.has(word) && !DE_THINGS.has(family)
      && !isRuntimeFunctionWord(word, 'de'),
    // German verbs and their person nouns differ in form ("coachen", "Coach"): no reading by position.
    isVerbReading: () => false,
  };
}
