// Which forms may be SHOWN as a reason for a sentence's side, at build time (issue 12 item 3: every cue
// shown is one a person would accept as evidence).
//
// Two rules, two jobs. evidence.ts says which forms may DECIDE a side (the model only labels a
// sentence that such a form moved); this stricter rule says which of those may be SHOWN. Deciding
// with it cost 15 to 26 points of why/how accuracy when it was measured (five folds by writer,
// 2026-12-06), so it names the reasons and leaves the decisions alone: a form that may decide but not
// be shown is listed beside the lemma table (lemmaTables.ts `quiet`), weighs as before, and is shown
// only inside a phrase with a word that may be ("asked why", sentenceCues.ts).
//
// The rule is an ALLOWLIST: a form is shown only when it names an act, practice, tool or quality of
// one side that a manager would accept as a reason on its own — "delegated", "approved", "budget",
// "rota", "deadline", "coached", "thanked", "trust", "Dienstplan", "Frist", "zugehört". Everything
// else is quiet: everyday verbs ("fix", "send", "geschickt"), parties and things ("vendor",
// "spreadsheet", "Werkstatt"), feelings, general adjectives, and words whose side depends on their
// sense ("change", "shift", "meeting"). The lists were chosen from the managing functions (POSDCORB:
// planning, organising, staffing, directing, coordinating, reporting, budgeting) and the leading
// practices (Kotter, Yukl, Kouzes & Posner: vision, purpose, trust, coaching, recognition), and
// checked against the blind cue audits (corpus/labels/cues/audit1*, audit2*, audit3*: what both judges
// accepted and rejected; the third removed "huddle", "incident", "escalations", "booking" and "getraut").
// Where a listed word is no reason in its sentence (someone else's act, an occasion, an idiom) is decided
// at run time, on its neighbours (src/core/tagger/shownContext.ts). A family listed shows all its forms but those listed as not shown
// ("sign" of "signed", "briefing" of "brief"); a form listed shows alone. German compounds show when
// they end in a listed working noun or act ("Schichtplan", "Seilprüfung"); at run time a compound the
// table does not hold shows only when its tail is a shown form (lemmaTables.ts `withQuiet`).
import {
  DE_FUNCTION, DE_LIGHT_VERBS, DE_ROLE_TAILS, DE_ROLES, DE_THINGS, EN_FUNCTION, EN_GENERIC, EN_LIGHT_VERBS, EN_ROLES, isRuntimeFunctionWord,
} from './evidence';

/**
 * English families whose forms may be shown (a verb's or a noun's lemma: "approve" shows "approved",
 * "approval"; "delegate" shows "delegation"; a form is looked up by its family, itself and its noun). Managing: planning and scheduling, organising and
 * staffing, directing and checking, coordinating, reporting, budgeting and buying, and their tools.
 * Leading: vision and purpose, trust and its qualities, coaching and developing, recognising,
 * encouraging, listening and explaining.
 */
const EN_SHOWN_FAMILIES = new Set(`
plan schedule reschedule rota roster timetable deadline timeline milestone agenda calendar forecast roadmap rollout backlog
prioritize prioritise priority objective target quota kpi okr metric estimate
organize organise reorganize reorganise allocate reallocate assign reassign delegate staff rotate stagger swap reshuffle
hire recruit interview induct onboard handover overtime headcount workload capacity payroll timesheet
approve authorize authorise countersign permit license licence certify certificate comply compliance policy procedure
protocol sop rule checklist
check inspect audit review monitor track tracker tally count recount reconcile verify calibrate test drill measurement
supervise oversee instruct escalate flag correct revise log dashboard report debrief brief inform notify
coordinate negotiate renegotiate contract lease renew quote price cost budget overspend invoice procure order reorder
restock stock inventory receipt manifest chase confirm deliver save cut pay insure insurance paperwork cash bid slot
risk exception sickness survey expire expiry rearrange
quality accuracy efficiency productivity bottleneck process
vision purpose mission values value culture trust honesty integrity fairness transparency respect accountability
responsibility ownership autonomy empathy compassion morale initiative growth development career confidence
coach mentor shadow teach train develop empower motivate inspire encourage support challenge praise thank thanks
recognize recognise appreciate congratulate celebrate reward acknowledge feedback listen explain clarify consult
collaborate envision promote
`.split(/\s+/).filter(Boolean));

/**
 * Forms of a listed family that only name a thing or a party, or are too plain ("sign" of "signed", "book" of "booked"),
 * and nouns of an event that name what happened, not an act ("escalations"; third cue audit: rejected each time it was
 * shown alone).
 */
const EN_NOT_SHOWN_FORMS = new Set(`
sign signs brief briefly briefing briefings order value valued train trains correct correctly taught stock cutting
escalation escalations
`.split(/\s+/).filter(Boolean));

/** Forms shown though their family is not listed: an act's noun or a managing form of a plainer family. */
const EN_SHOWN_FORMS = new Set(`
booked bookings rebooked signed signing signature staffing staffed understaffed overstaffed stocktake
stocktaking supportive billing billed shifts
`.split(/\s+/).filter(Boolean));

/** Forms of feeling a person does not accept as a reason, whatever family they are read in ("scared" is read as "scar"). */
const EN_FEELING_FORMS = new Set(`
scared worried excited bored frightened terrified annoyed frustrated stressed embarrassed exhausted relieved disappointed
overwhelmed upset hurt surprised shocked confused pleased delighted thrilled panicked panicking worrying
`.split(/\s+/).filter(Boolean));

/**
 * Adjectives and adverbs a person accepts as a side's word ("honest", "overdue", "due Friday"). "fair" and "due"
 * are held back where they are an idiom ("Fair enough.", "due to the rain": shownContext.ts).
 */
const EN_SIDE_MODIFIERS = new Set(`
honest honestly fair fairly unfair unfairly overdue pending urgent outstanding punctual transparent transparently openly
accountable responsible consistent consistently reliable patient patiently calmly firmly respectful respectfully
supportive proactive unpaid understaffed overstaffed publicly privately due
`.split(/\s+/).filter(Boolean));

export interface ShownRule {
  /** Whether a form (of the family `family`) may be shown as a reason on its own. */
  isShown(word: string, family: string): boolean;
}

/**
 * The English rule. `isVerbForm`: whether the lemmatiser reads a word as a verb's form (a role
 * family's verb forms are acts: "led", "chaired"); `nounOf`: the noun a plural or other form is of.
 */
export function englishShownRule(isVerbForm: (word: string) => boolean, nounOf: (word: string) => string): ShownRule {
  // A role word is never shown ("leader", "lead" the noun); a form of a role family that can only be
  // its verb may be ("mentored").
  const isFeatureWord = (word: string, family: string): boolean =>
    word.length > 1 && !EN_FUNCTION.has(word) && !EN_FUNCTION.has(family) && !EN_ROLES.has(word)
    && (!EN_ROLES.has(family) || isVerbForm(word)) && !EN_LIGHT_VERBS.has(family) && /^[a-z]+$/.test(word);
  return {
    isShown(word, family) {
      if (!isFeatureWord(word, family) || EN_GENERIC.has(word) || isRuntimeFunctionWord(word, 'en') || EN_FEELING_FORMS.has(word)) {
        return false;
      }
      if (EN_SHOWN_FORMS.has(word) || EN_SIDE_MODIFIERS.has(word)) {
        return true;
      }
      if (EN_NOT_SHOWN_FORMS.has(word)) {
        return false;
      }
      return EN_SHOWN_FAMILIES.has(family) || EN_SHOWN_FAMILIES.has(word) || EN_SHOWN_FAMILIES.has(nounOf(word));
    },
  };
}

/**
 * German families (a verb's infinitive, a noun's lemma) whose forms may be shown: the same acts,
 * tools and qualities as the English list. Plain verbs ("sagen", "schicken", "holen", "erledigen"),
 * parties and places ("Lieferant", "Werkstatt", "Schule") and words of two senses ("Zahlen",
 * "Schicht", "zählen") are not listed.
 */
const DE_SHOWN_FAMILIES = new Set(`
planen einplanen umplanen verplanen durchplanen terminieren priorisieren budgetieren kalkulieren
einteilen zuteilen verteilen aufteilen ausschreiben delegieren übertragen besetzen nachbesetzen vertreten tauschen einarbeiten
einstellen organisieren koordinieren abstimmen absprechen
genehmigen freigeben unterschreiben gegenzeichnen abzeichnen abhaken zusagen bestätigen beantragen
prüfen nachprüfen überprüfen kontrollieren nachkontrollieren auswerten abgleichen nachzählen nachrechnen durchrechnen
nachmessen nachwiegen dokumentieren protokollieren eintragen nachtragen erfassen gegenlesen korrigieren überarbeiten durchsehen testen
kalibrieren informieren buchen
verhandeln aushandeln nachverhandeln bestellen nachbestellen abrechnen verlängern reklamieren
erklären begründen zuhören anhören klären ansprechen
vertrauen zutrauen trauen anvertrauen überlassen verantworten loben danken bedanken anerkennen ermutigen motivieren begeistern inspirieren
unterstützen begleiten fördern entwickeln schulen ausbilden fortbilden weiterbilden unterweisen anleiten coachen ausprobieren
`.split(/\s+/).filter(Boolean));

/** German adjectives and adverbs a person accepts as a side's word. Not "ehrlich" alone: mostly "ehrlich gesagt", a filler. */
const DE_SIDE_MODIFIERS = new Set(`
ehrliche ehrlichen ehrlicher fair faire fairen unfair pünktlich pünktliche überfällig überfällige überfälligen rechtzeitig
fristgerecht termingerecht verbindlich verbindliche transparent transparente zuverlässig zuverlässige verantwortlich
konsequent geduldig respektvoll unbezahlt unbezahlte ausstehend ausstehende selbstständig eigenverantwortlich schriftlich
`.split(/\s+/).filter(Boolean));

/**
 * German working nouns, acts and qualities, shown alone and as a compound's head ("Schichtplan",
 * "Materialkosten", "Seilprüfung", "Weiterbildungsbudget").
 */
const DE_WORKING = new Set(`
budget budgets frist fristen schichten plan pläne planung planungen dienstplan zeitplan zeitpläne checkliste checklisten deadline
roadmap kalkulation umsatz kosten preis preise festpreis lohn löhne gehalt überstunden kapazität kapazitäten
auslastung quote quoten kennzahl kennzahlen statistik ziel ziele zielvorgabe vorgabe vorgaben priorität prioritäten kpi
protokoll protokolle bericht berichte dokumentation vertrag verträge angebot angebote rechnung rechnungen bestellung
bestellungen lieferschein inventur lagerbestand übergabe freigabe abnahme genehmigung unterschrift zusage zusagen absprache
absprachen rücksprache abstimmung maßnahme maßnahmen kontrolle kontrollen prüfung prüfungen audit audits revision
begehung wartung wartungen versicherung abweichung abweichungen kalibrierung ausschreibung regel regeln reklamation reklamationen beschwerde beschwerden krankmeldung krankmeldungen vertretung
einteilung einarbeitung einweisung unterweisung schulung schulungen weiterbildung fortbildung ausbildung
delegation verantwortung eigenverantwortung vertrauen respekt fairness transparenz feedback rückmeldung lob anerkennung
wertschätzung motivation ermutigung unterstützung entwicklung wachstum karriere vision leitbild
mitarbeitergespräch mitarbeitergespräche feedbackgespräch jahresgespräch personalgespräch
`.split(/\s+/).filter(Boolean));

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
 * Forms of a listed German family that name a thing or a place ("Schule", "Schulen" beside "geschult"; "Buch" beside
 * "gebucht"), or another sense: "getraut" is "sich (nicht) getraut", dared, not trusted.
 */
const DE_NOT_SHOWN_FORMS = new Set(['schule', 'schulen', 'buch', 'bücher', 'getraut']);

/** The German rule. `isVerb`: whether a family is a verb's infinitive (german.ts). */
export function germanShownRule(isVerb: (family: string) => boolean): ShownRule {
  const isFeatureWord = (word: string, family: string): boolean =>
    word.length > 2 && !DE_FUNCTION.has(word) && !DE_ROLES.has(word) && !DE_ROLES.has(family) && !DE_ROLE_TAILS.test(word)
    && !DE_LIGHT_VERBS.has(family) && /^[a-zäöüß]+$/.test(word);
  return {
    isShown(word, family) {
      if (!isFeatureWord(word, family) || DE_THINGS.has(word) || isRuntimeFunctionWord(word, 'de') || DE_NOT_SHOWN_FORMS.has(word)) {
        return false;
      }
      if (DE_SIDE_MODIFIERS.has(word) || isGermanWorkingNoun(word) || isGermanWorkingNoun(family)) {
        return true;
      }
      if (DE_SHOWN_FAMILIES.has(family) && isVerb(family)) {
        // A separable verb's particle standing alone ("zusammen" of "zusammenbauen", "weiter") is no act.
        return !(family.startsWith(word) && family.length - word.length >= 3);
      }
      return false;
    },
  };
}
