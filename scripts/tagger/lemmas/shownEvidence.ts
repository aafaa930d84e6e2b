// Which forms may be SHOWN as a reason for a sentence's side, at build time (issue 12 item 3: every cue
// shown is one a person would accept as evidence: no numbers, pronouns, function words, time spans,
// bare nouns like "room" or "team", role nouns such as "leader", everyday verbs of speech such as
// "told" or "asked", feelings such as "scared", or general adjectives such as "better").
//
// Two rules, two jobs. evidence.ts says which forms may DECIDE a side (the model only labels a
// sentence that such a form moved); this stricter rule says which of those may be SHOWN. Deciding
// with this rule cost 15 to 26 points of why/how accuracy when it was measured (five folds by writer,
// 2026-12-06: English 86.9 % → 71.5 %, German 86.1 % → 60.0 %: a sentence whose only evidence it
// took was held back as unclear), so it names the reasons and leaves the decisions alone: a form that
// may decide but not be shown is listed beside the lemma table (lemmaTables.ts `quiet`), weighs as
// before, and is shown only inside a phrase with a word that may be ("asked why", sentenceCues.ts).
//
// Shown: an act or practice of a side ("delegated", "approved", "negotiated", "listened",
// "Planung"), a working noun ("budget", "rota", "deadline", "Dienstplan", "Frist"), or an adjective
// or adverb listed as a side's word ("honest", "overdue", "pünktlich"). English: a verb unless it is
// light, plain speech, plain motion or perception, or a feeling or a state of the body (its most
// frequent WordNet sense, its lexicographer file); a noun only when it is the act of such a verb
// (WordNet links it to the verb: "approval", "inspection") or listed; any other word only when listed.
// German has no WordNet here: verbs of the dictionaries less listed plain ones and separable verbs'
// particles standing alone, nouns of acts by their endings (-ung, -tion, -gabe, -nahme), listed
// working nouns and their compounds, and listed adjectives.
import {
  DE_FUNCTION, DE_LIGHT_VERBS, DE_ROLE_TAILS, DE_ROLES, DE_THINGS, EN_FUNCTION, EN_GENERIC, EN_LIGHT_VERBS, EN_ROLES, isRuntimeFunctionWord,
} from './evidence';
import type { WordNet } from './wordnet';

/**
 * Nouns a person accepts as a reason although they are not the act of a verb: the tools and measures
 * of managing ("rota", "deadline", "budget", "checklist") and the practices and qualities of leading
 * ("trust", "feedback", "accountability").
 */
const WORKING_NOUNS = new Set(`
deadline timeline milestone schedule rota roster shift overtime headcount quota payroll spreadsheet checklist dashboard
invoice ledger tracker agenda calendar budget forecast kpi okr metric target backlog inventory stock procurement supplier
vendor contract timesheet rollout roadmap mission vision purpose morale handover cover
plan review report policy procedure protocol task priority goal objective feedback standup huddle sop audit cost price
quote estimate workload capacity quality punctuality accuracy efficiency productivity lateness
trust respect honesty fairness autonomy ownership accountability responsibility recognition praise initiative consensus
transparency integrity values empathy compassion growth development career
`.split(/\s+/).filter(Boolean));

/**
 * Verbs too plain to be a reason alone: speech with nothing of either side ("told", "asked",
 * "talked", "called"), plain motion and perception ("arrived", "heard"), and everyday verbs
 * ("let", "try", "want", "give", "work", "keep", "send", "start", "stop"). Speech and perception of a side stay evidence ("explained",
 * "thanked", "listened", "negotiated"). In a phrase with an evidence word they still show ("asked what"
 * needs "what" to be a particle, wordFlags.ts; "told her about the rota" shows "rota").
 */
const EN_PLAIN_VERBS = new Set(`
tell ask talk call speak chat mention phone ring text email shout yell cry scream whisper reply answer message natter
gossip moan grumble complain laugh joke name list
arrive climb travel ride drive fly swim dive jump rush hurry float cross enter exit wander roll shake crawl sail cruise
hear watch smell taste sound glance stare notice
let try want spend give work wait
keep send print post add move break stop start believe understand blame shrink lose catch expect
`.split(/\s+/).filter(Boolean));

/** Forms too plain to be a reason whose family's other forms are not ("back" as in "came back"; "backed" is evidence). */
const EN_PLAIN_FORMS = new Set(['back']);

/** Forms of feeling a person does not accept as a reason, whatever verb they are read as ("scared" is read as "scar"). */
const EN_FEELING_FORMS = new Set(`
scared worried excited bored frightened terrified annoyed frustrated stressed embarrassed exhausted relieved disappointed
overwhelmed upset hurt surprised shocked confused pleased delighted thrilled panicked panicking worrying
`.split(/\s+/).filter(Boolean));

/** Verbs whose most frequent sense is a feeling or the body, or perception, that are acts of a side all the same. */
const EN_SIDE_VERBS = new Set(`
listen inspect monitor observe present demonstrate inspire encourage reassure appreciate welcome invite praise nurture
`.split(/\s+/).filter(Boolean));

/** Lexicographer files of verbs that name a feeling, the body, the weather or perceiving, not an act of a side. */
const NOT_ACT_VERB_FILES = new Set(['verb.emotion', 'verb.body', 'verb.weather', 'verb.perception']);


/** Adjectives and adverbs a person accepts as a side's word ("honest", "overdue"): the only ones that are evidence. */
const EN_SIDE_MODIFIERS = new Set(`
honest honestly fair fairly unfair unfairly overdue pending urgent outstanding punctual transparent transparently openly
accountable responsible consistent consistently reliable patient patiently calmly firmly respectful respectfully
supportive proactive unpaid understaffed overstaffed publicly privately
`.split(/\s+/).filter(Boolean));

/** Lexicographer files of nouns that only name a thing, a time, a quantity, a place, a group, a person or a feeling. */
const THING_FILES = new Set([
  'noun.time', 'noun.quantity', 'noun.group', 'noun.person', 'noun.location', 'noun.body', 'noun.animal', 'noun.plant',
  'noun.food', 'noun.substance', 'noun.shape', 'noun.object', 'noun.artifact', 'noun.Tops', 'noun.feeling',
]);

export interface ShownRule {
  /** Whether a form (of the family `family`) may be shown as a reason on its own. */
  isShown(word: string, family: string): boolean;
}

/** Reads a word's part of speech the way the English lemma table does (see english.ts). */
export function englishShownRule(
  wordnet: WordNet, isVerbForm: (word: string) => boolean, nounOf: (word: string) => string, verbOf: (word: string) => string,
): ShownRule {
  // A role word is never a feature ("leader", "lead" the noun); a form of a role family that can only
  // be its verb is ("led", "leading", "chaired": the act, not the person).
  const isFeatureWord = (word: string, family: string): boolean =>
    word.length > 1 && !EN_FUNCTION.has(word) && !EN_FUNCTION.has(family) && !EN_ROLES.has(word)
    && (!EN_ROLES.has(family) || isVerbForm(word)) && !EN_LIGHT_VERBS.has(family) && /^[a-z]+$/.test(word);
  const verbs = wordnet.lemmas.verb;
  /** The verb whose third-person -s form `word` is ("checks" → "check"), or undefined. */
  const presentOf = (word: string): string | undefined => {
    const verb = verbOf(word);
    return verb !== word && verbs.has(verb) && (word === `${verb}s` || word === `${verb}es` || word === `${verb.slice(0, -1)}ies`) ? verb : undefined;
  };
  /**
   * Whether `word`, a form of the verb `verb`, names an act: not plain, and its verb's most frequent
   * sense not a feeling, the body, the weather or perceiving (unless listed: "listened", "inspired"),
   * and not a participle WordNet lists as an adjective of a verb of feeling ("scared", "worried").
   */
  const isActVerb = (word: string, verb: string): boolean => {
    if (EN_PLAIN_VERBS.has(verb) || EN_LIGHT_VERBS.has(verb)) {
      return false;
    }
    if (EN_SIDE_VERBS.has(verb)) {
      return true;
    }
    if (EN_FEELING_FORMS.has(word)) {
      return false;
    }
    const files = wordnet.verbFiles.get(verb) ?? [];
    if (NOT_ACT_VERB_FILES.has(files[0] as string)) {
      return false;
    }
    return !(wordnet.lemmas.adj.has(word) && word !== verb && files.includes('verb.emotion'));
  };
  const rules: ShownRule = {
    isShown(word, family) {
      if (!isFeatureWord(word, family) || EN_GENERIC.has(word) || EN_GENERIC.has(family) || isRuntimeFunctionWord(word, 'en')
        || EN_PLAIN_FORMS.has(word) || EN_PLAIN_VERBS.has(family)) {
        return false;
      }
      if (WORKING_NOUNS.has(word) || WORKING_NOUNS.has(nounOf(word)) || EN_SIDE_MODIFIERS.has(word)) {
        return true;
      }
      if (isVerbForm(word)) {
        return isActVerb(word, verbOf(word));
      }
      // "checks", "helps", "pays": read as a plural noun by the lemmatiser, but as often the verb, whose
      // other forms are shown ("checked"); "courses" stays a thing, since "course" is not shown.
      const present = presentOf(word);
      if (present !== undefined && isVerbForm(present) && rules.isShown(present, family)) {
        return true;
      }
      // A word WordNet does not know in any part of speech is a name, a brand or a slip ("priya",
      // "teh"): it may weigh as context, but a person would not accept it as a reason.
      if (!Object.values(wordnet.lemmas).some((lemmas) => lemmas.has(family) || lemmas.has(word))) {
        return false;
      }
      const noun = nounOf(word);
      const senses = wordnet.nounFiles.get(noun);
      const verbSenses = wordnet.verbFiles.get(word)?.length ?? 0;
      if (senses !== undefined && senses.length >= verbSenses) {
        // A noun is evidence only as the act of an evidence verb, which WordNet links it to ("approval",
        // "inspection", "delegation": english.ts gives it the verb's family); a noun naming a thing, a
        // document, a place or an idea is not ("course", "note", "data", "room", "team").
        return family !== noun && verbs.has(family) && !THING_FILES.has(senses[0] as string) && isActVerb(word, family);
      }
      if (verbs.has(word)) {
        return isActVerb(word, word);
      }
      // An adjective or adverb not listed as a side's word ("better", "quick", "angry").
      return false;
    },
  };
  return rules;
}

/**
 * German verbs too plain to be a reason alone: speech with nothing of either side ("gesagt",
 * "gefragt", "erzählt", "angerufen"), plain motion and perception, everyday verbs ("lassen", "geben",
 * "fehlen", "passt") and feelings ("freuen", "ärgern"). "erklärt", "zugehört", "bedankt", "gelobt",
 * "verhandelt" stay evidence.
 */
const DE_PLAIN_VERBS = new Set(`
sagen fragen erzählen reden sprechen anrufen telefonieren rufen quatschen plaudern schreien brüllen antworten mailen
nennen labern schwätzen babbeln
hören merken gucken fahren fliegen rennen eilen steigen fallen reisen hineilen
lassen geben stellen legen setzen hängen fehlen reichen kosten stimmen passen abpassen passieren gelten wirken leben
suchen warten versuchen probieren anfangen aufhören arbeiten
freuen ärgern fürchten hoffen lieben hassen wundern schämen aufregen ängstigen sorgen
`.split(/\s+/).filter(Boolean));

/** German adjectives and adverbs a person accepts as a side's word: the only ones that are evidence. */
const DE_SIDE_MODIFIERS = new Set(`
ehrlich ehrliche ehrlichen fair faire fairen unfair pünktlich pünktliche überfällig überfällige überfälligen rechtzeitig
fristgerecht termingerecht verbindlich verbindliche transparent transparente zuverlässig zuverlässige verantwortlich
konsequent geduldig respektvoll unbezahlt unbezahlte ausstehend ausstehende selbstständig eigenverantwortlich
`.split(/\s+/).filter(Boolean));

/**
 * German working nouns and practices of a side that are not the act of a verb here; a compound
 * ending in one is one too ("Schichtplan", "Frühschicht", "Materialkosten").
 */
const DE_WORKING = new Set(`
budget frist fristen dienstplan plan pläne checkliste checklisten protokoll protokolle vertrag verträge auftrag
aufträge angebot angebote kalkulation umsatz inventur übergabe freigabe abgabe vorgabe vorgaben aufgabe aufgaben abnahme
kontrolle kontrollen audit audits feedback lob vorschlag vorschläge ziel ziele bericht berichte tabelle überstunden
reklamation beschwerde beschwerden unterschrift einsatz schicht schichten preis preise kosten lohn tracker deadline
roadmap kpi respekt fairness transparenz absprache absprachen rücksprache zusage zusagen absage maßnahme maßnahmen
priorität prioritäten
kapazität kapazitäten quote quoten kennzahl kennzahlen zeitplan zeitpläne wachstum karriere
`.split(/\s+/).filter(Boolean));

/** Endings of German nouns that name an act ("Abrechnung", "Dokumentation", "Freigabe", "Abnahme"). */
const DE_ACT_ENDING = /(?:ung|ungen|tion|tionen|gabe|gaben|nahme|nahmen|sprache|sprachen)$/;

/** Whether a word is a working noun or a compound ending in one (at least three letters before it). */
function isGermanWorkingNoun(word: string): boolean {
  if (DE_WORKING.has(word)) {
    return true;
  }
  for (let start = 3; start <= word.length - 3; start++) {
    if (DE_WORKING.has(word.slice(start))) {
      return true;
    }
  }
  return false;
}

/**
 * `isVerb`: whether a family is a verb's infinitive; `isKnown`: whether the dictionaries know a word
 * as a noun's or a verb's form (german.ts). A word they do not know, and that does not end in one they
 * know (a compound: "Laborproben"), is an adverb, an adjective, a pronoun's or a dialect's form or a
 * name ("überhaupt", "neu", "ihnen", "wofür", "Yusuf").
 */
export function germanShownRule(isVerb: (family: string) => boolean, isKnown: (word: string) => boolean): ShownRule {
  const isCompound = (word: string): boolean => {
    for (let start = 3; start <= word.length - 4; start++) {
      if (isKnown(word.slice(start))) {
        return true;
      }
    }
    return false;
  };
  const isFeatureWord = (word: string, family: string): boolean =>
    word.length > 2 && !DE_FUNCTION.has(word) && !DE_ROLES.has(word) && !DE_ROLES.has(family) && !DE_ROLE_TAILS.test(word)
    && !DE_LIGHT_VERBS.has(family) && /^[a-zäöüß]+$/.test(word);
  return {
    isShown(word, family) {
      if (!isFeatureWord(word, family) || DE_THINGS.has(word) || DE_THINGS.has(family) || isRuntimeFunctionWord(word, 'de')
        || DE_PLAIN_VERBS.has(family)) {
        return false;
      }
      if (DE_SIDE_MODIFIERS.has(word) || DE_SIDE_MODIFIERS.has(family) || isGermanWorkingNoun(word) || isGermanWorkingNoun(family)) {
        return true;
      }
      if (isVerb(family)) {
        // A separable verb's particle standing alone ("zusammen" of "zusammenbauen", "weiter") is no act.
        return !(family.startsWith(word) && family.length - word.length >= 3);
      }
      if (isKnown(word) || isCompound(word)) {
        return DE_ACT_ENDING.test(word);
      }
      return DE_ACT_ENDING.test(word);
    },
  };
}
