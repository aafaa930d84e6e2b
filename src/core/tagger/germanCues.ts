// Cues that a German sentence is about leading (Führen, the why) or managing (Managen, the how).
// Data only, drawn from the same domain as whyCues.ts and howCues.ts (Kotter's functions, Bennis,
// Yukl, POSDCORB, Situational Leadership), written in German for this project, not translated
// sentence by sentence. Matched by lemma (lemmaTable.ts: "geplant", "plante", "Planung" → "planen";
// compounds by their last part: "Dienstplan" → "plan"), with the phrase syntax of lexicon.ts.
// Weights as in whyCues.ts: 3 = unmistakable, 2 = strong, 1 = a lean.
import type { CueSpec } from './lexicon';

/** Führen: Richtung, Sinn, Veränderung, Menschen gewinnen, entwickeln, ermächtigen, wertschätzen. */
export const GERMAN_WHY_CUES: readonly CueSpec[] = [
  // Richtung und Sinn
  ['vision', 3, 'direction'], ['sinn', 2.5, 'direction'], ['warum', 2, 'direction'], ['wozu', 2, 'direction'],
  ['zweck', 2, 'direction'], ['richtung', 2, 'direction'], ['zukunft', 2, 'direction'], ['ziel ~2 gemeinsam', 2.5, 'alignment'],
  ['gemeinsames ziel', 3, 'alignment'], ['wofür', 2.5, 'direction'], ['werte', 2.5, 'direction'], ['haltung', 2, 'direction'],
  ['strategie', 1.5, 'direction'], ['perspektive', 2, 'direction'], ['großes ganzes', 3, 'direction'], ['das große ganze', 3, 'direction'],
  ['erklären warum', 3, 'direction'], ['erkläre warum', 3, 'direction'], ['erklärt warum', 3, 'direction'], ['den sinn', 3, 'direction'],
  // Veränderung, Mut, Status quo
  ['veränderung', 2, 'direction'], ['verändern', 2, 'direction'], ['wandel', 2, 'direction'], ['hinterfragen', 3, 'direction'],
  ['infrage stellen', 3, 'direction'], ['in frage stellen', 3, 'direction'], ['status quo', 3, 'direction'], ['mut', 2.5, 'direction'],
  ['mutig', 2.5, 'direction'], ['wagen', 2, 'direction'], ['risiko eingehen', 2.5, 'direction'], ['ausprobieren', 2, 'direction'],
  ['experiment', 2, 'direction'], ['idee', 1.5, 'motivation'], ['ideen', 1.5, 'motivation'], ['innovation', 2.5, 'direction'],
  ['neu denken', 3, 'direction'], ['immer schon so', 2.5, 'direction'], ['vorantreiben', 2, 'direction'], ['anstoßen', 2, 'direction'],
  // Menschen gewinnen, überzeugen
  ['überzeugen', 2.5, 'alignment'], ['mitnehmen', 2.5, 'alignment'], ['ins boot holen', 3, 'alignment'], ['einbinden', 2.5, 'alignment'],
  ['beteiligen', 2.5, 'alignment'], ['gewinnen', 1.5, 'alignment'], ['offen sagen', 2, 'alignment'], ['transparent', 2, 'alignment'],
  ['ehrlich', 2, 'alignment'], ['zusammenhalt', 3, 'motivation'], ['zugehörigkeit', 3, 'motivation'], ['wir-gefühl', 3, 'motivation'],
  // Motivieren, begeistern, anerkennen
  ['motivieren', 3, 'motivation'], ['motivation', 3, 'motivation'], ['begeistern', 3, 'motivation'], ['begeisterung', 3, 'motivation'],
  ['inspirieren', 3, 'motivation'], ['ermutigen', 3, 'motivation', 'supporting'], ['mut machen', 3, 'motivation', 'supporting'],
  ['loben', 2.5, 'motivation'], ['lob', 2.5, 'motivation'], ['danken', 2.5, 'motivation'], ['dank', 2, 'motivation'],
  ['bedanken', 2.5, 'motivation'], ['anerkennung', 3, 'motivation'], ['anerkennen', 2.5, 'motivation'], ['wertschätzen', 3, 'motivation'],
  ['wertschätzung', 3, 'motivation'], ['stolz', 2, 'motivation'], ['feiern', 2, 'motivation'], ['stimmung', 1.5, 'motivation'],
  ['moral', 2, 'motivation'],
  // Vertrauen, Zuhören, Fürsorge
  ['vertrauen', 3, 'motivation', 'delegating'], ['vertraue', 3, 'motivation', 'delegating'], ['zutrauen', 3, 'motivation', 'delegating'],
  ['zuhören', 3, 'motivation', 'supporting'], ['zugehört', 3, 'motivation', 'supporting'], ['nachfragen', 1.5, 'motivation', 'supporting'],
  ['wie es ~2 geht', 3, 'motivation', 'supporting'], ['sorgen', 2, 'motivation', 'supporting'], ['ängste', 2.5, 'motivation', 'supporting'],
  ['angst', 2, 'motivation', 'supporting'], ['gefühl', 2, 'motivation', 'supporting'], ['empathie', 3, 'motivation', 'supporting'],
  ['verständnis', 2, 'motivation', 'supporting'], ['belastung', 1.5, 'motivation', 'supporting'], ['überlastet', 2, 'motivation', 'supporting'],
  ['erschöpft', 2, 'motivation', 'supporting'], ['wohlbefinden', 3, 'motivation', 'supporting'], ['rückendeckung', 3, 'motivation', 'supporting'],
  ['vor das team stellen', 3, 'motivation'], ['vors team stellen', 3, 'motivation'], ['einstehen', 3, 'motivation'], ['schützen', 2, 'motivation'],
  ['respekt', 2.5, 'motivation'], ['fair', 1.5, 'motivation'], ['fairness', 2, 'motivation'],
  // Entwickeln, coachen, ermächtigen
  ['fördern', 3, 'motivation', 'coaching'], ['förderung', 3, 'motivation', 'coaching'], ['entwickeln', 2, 'motivation', 'coaching'],
  ['entwicklung', 2, 'motivation', 'coaching'], ['coachen', 3, 'motivation', 'coaching'], ['coaching', 3, 'motivation', 'coaching'],
  ['mentor', 3, 'motivation', 'coaching'], ['mentorin', 3, 'motivation', 'coaching'], ['lernen', 2, 'motivation', 'coaching'],
  ['weiterbildung', 2, 'motivation', 'coaching'], ['karriere', 2.5, 'motivation', 'supporting'], ['potenzial', 3, 'motivation', 'coaching'],
  ['stärken', 2, 'motivation', 'coaching'], ['wachsen', 2.5, 'motivation', 'coaching'], ['feedback', 1.5, 'motivation', 'coaching'],
  ['selbst entscheiden', 3, 'motivation', 'delegating'], ['selbst entscheidet', 3, 'motivation', 'delegating'], ['eigenverantwortung', 3, 'motivation', 'delegating'],
  ['verantwortung übertragen', 3, 'motivation', 'delegating'], ['verantwortung übergeben', 3, 'motivation', 'delegating'], ['freiraum', 3, 'motivation', 'delegating'],
  ['freie hand', 3, 'motivation', 'delegating'], ['selbstständig', 2.5, 'motivation', 'delegating'], ['loslassen', 2.5, 'motivation', 'delegating'],
  ['ermächtigen', 3, 'motivation', 'delegating'], ['mitsprache', 3, 'motivation', 'delegating'], ['mitentscheiden', 3, 'motivation', 'delegating'],
  ['vorbild', 3, 'direction'],
  // Denglisch: the English words German teams lead with (matched as written; the tables do not know them)
  ['purpose', 3, 'direction'], ['mission', 2, 'direction'], ['nordstern', 2.5, 'direction'], ['mindset', 2, 'direction'],
  ['ownership', 2.5, 'motivation', 'delegating'], ['empowerment', 3, 'motivation', 'delegating'], ['empowern', 3, 'motivation', 'delegating'],
  ['psychologische sicherheit', 3, 'motivation', 'supporting'], ['teamspirit', 3, 'motivation'], ['buy-in', 3, 'alignment'],
  ['mentoring', 3, 'motivation', 'coaching'], ['selbstorganisation', 2, 'motivation', 'delegating'],
];

/** Managen: planen, organisieren, besetzen, koordinieren, kontrollieren, berichten, verwalten. */
export const GERMAN_HOW_CUES: readonly CueSpec[] = [
  // Planen und budgetieren
  ['planen', 2.5, 'planning'], ['plan', 2, 'planning'], ['einplanen', 2.5, 'planning'], ['budget', 3, 'planning'],
  ['budgetieren', 3, 'planning'], ['kosten', 2, 'planning'], ['prognose', 2.5, 'planning'], ['frist', 3, 'planning'],
  ['deadline', 3, 'planning'], ['termin', 2, 'planning'], ['meilenstein', 3, 'planning'], ['zeitplan', 3, 'planning'],
  ['priorität', 2.5, 'planning'], ['priorisieren', 2.5, 'planning'], ['ziel', 1, 'planning'], ['zielvorgabe', 2.5, 'planning'],
  ['angebot', 2, 'planning'], ['verhandeln', 2.5, 'planning'], ['vertrag', 2.5, 'planning'], ['kalkulieren', 2.5, 'planning'],
  ['kalkulation', 2.5, 'planning'], ['ressource', 2.5, 'planning'], ['kapazität', 2.5, 'planning'], ['auslastung', 2.5, 'planning'],
  ['bis freitag', 2, 'planning'], ['bis montag', 2, 'planning'], ['bis ende', 1.5, 'planning'],
  // Organisieren und besetzen
  ['organisieren', 2.5, 'organising'], ['organisation', 2, 'organising'], ['dienstplan', 3, 'organising'], ['schichtplan', 3, 'organising'],
  ['schicht', 2, 'organising'], ['einteilen', 3, 'organising'], ['besetzen', 2.5, 'organising'], ['besetzung', 2.5, 'organising'],
  ['vertretung', 2.5, 'organising'], ['urlaub ~2 eintragen', 2.5, 'organising'], ['urlaubsplanung', 3, 'organising'], ['personal', 2, 'organising'],
  ['einstellen', 1.5, 'organising'], ['stelle', 1.5, 'organising'], ['bewerbung', 1.5, 'organising'], ['zuteilen', 2.5, 'organising'],
  ['verteilen', 2, 'organising'], ['aufgabe ~2 verteilen', 3, 'organising'], ['zuständig', 2, 'organising'], ['zuständigkeit', 2.5, 'organising'],
  ['delegieren', 2.5, 'organising'], ['koordinieren', 2.5, 'organising'], ['abstimmen', 2, 'organising'], ['bestellen', 2.5, 'organising'],
  ['lieferant', 2.5, 'organising'], ['lieferung', 2, 'organising'], ['material', 1.5, 'organising'], ['logistik', 3, 'organising'],
  ['beschaffen', 2.5, 'organising'], ['beschaffung', 2.5, 'organising'], ['ablauf', 2.5, 'organising'], ['prozess', 2.5, 'organising'],
  ['struktur', 2, 'organising'], ['umbesetzen', 3, 'organising'], ['einarbeitung', 1.5, 'organising'], ['übergabe', 2, 'organising'],
  // Kontrollieren, berichten, verwalten
  ['kontrollieren', 2.5, 'controlling', 'directing'], ['kontrolle', 2.5, 'controlling', 'directing'], ['prüfen', 2.5, 'controlling'],
  ['überprüfen', 2.5, 'controlling'], ['nachhalten', 2.5, 'controlling'], ['überwachen', 2.5, 'controlling'], ['freigeben', 2.5, 'controlling', 'directing'],
  ['genehmigen', 2.5, 'controlling', 'directing'], ['abzeichnen', 2.5, 'controlling', 'directing'], ['unterschreiben', 1.5, 'controlling'],
  ['bericht', 2.5, 'controlling'], ['berichten', 2, 'controlling'], ['reporting', 3, 'controlling'], ['auswertung', 2.5, 'controlling'],
  ['kennzahl', 3, 'controlling'], ['zahlen', 2, 'controlling'], ['quote', 2.5, 'controlling'], ['umsatz', 2, 'controlling'],
  ['abrechnung', 2.5, 'controlling'], ['rechnung', 2, 'controlling'], ['inventur', 3, 'controlling'], ['bestand', 2, 'controlling'],
  ['audit', 3, 'controlling'], ['vorschrift', 2.5, 'controlling'], ['richtlinie', 2.5, 'controlling'], ['dokumentation', 2.5, 'controlling'],
  ['dokumentieren', 2.5, 'controlling'], ['protokoll', 2, 'controlling'], ['checkliste', 3, 'controlling'], ['qualität', 1.5, 'controlling'],
  ['fehlerquote', 3, 'controlling'], ['verwalten', 2.5, 'controlling'], ['verwaltung', 2, 'controlling'], ['pflegen', 1, 'controlling'],
  ['wartung', 2, 'controlling'], ['statistik', 2.5, 'controlling'], ['tabelle', 2, 'controlling'], ['excel', 2, 'controlling'],
  ['liste', 1.5, 'controlling'], ['nacharbeit', 2, 'controlling'], ['störung', 1.5, 'controlling'], ['beheben', 2, 'controlling'],
  // Regeln und Grenzen, die Routine halten, fremde Arbeit selbst nachmachen (Leitfaden Regeln 8 und 15); Mengen- und Terminfragen
  ['regel', 1.5, 'controlling'], ['höchstens', 2, 'controlling'], ['maximal', 2, 'controlling'], ['mindestens', 1.5, 'controlling'],
  ['obergrenze', 2.5, 'controlling'], ['grenze', 1, 'controlling'], ['limit', 2, 'controlling'], ['ohne ausnahme', 2.5, 'controlling', 'directing'],
  ['keine ausnahme', 2.5, 'controlling', 'directing'], ['pflicht', 2, 'controlling'], ['verboten', 2, 'controlling', 'directing'],
  ['nicht erlaubt', 2, 'controlling', 'directing'], ['kein ~3 ohne', 2, 'controlling', 'directing'], ['nie ~3 ohne', 1.5, 'controlling', 'directing'],
  ['wie immer', 1.5, 'controlling'], ['wie bisher', 2, 'controlling'], ['bleibt so', 2, 'controlling'], ['bleiben bei', 2, 'controlling'],
  ['bleibt beim alten', 2.5, 'controlling'], ['nochmal selbst', 2.5, 'controlling', 'directing'], ['selbst nochmal', 2.5, 'controlling', 'directing'],
  ['nachgezählt', 2.5, 'controlling'], ['nachzählen', 2.5, 'controlling'], ['nachkontrolliert', 2.5, 'controlling', 'directing'],
  ['wie viele', 1.5, 'planning'], ['wie lange', 1.5, 'planning'], ['reicht bis', 2, 'planning'], ['reicht ~2 für', 1.5, 'planning'],
  ['kaputt', 1, 'controlling'], ['defekt', 1.5, 'controlling'], ['undicht', 1.5, 'controlling'], ['reparatur', 2, 'controlling'],
  ['monteur', 1.5, 'organising'], ['handwerker', 1, 'organising'],
  // Denglisch: the English words German teams manage with
  ['kpi', 3, 'controlling'], ['okr', 2, 'planning'], ['forecast', 3, 'planning'], ['controlling', 3, 'controlling'],
  ['monitoring', 3, 'controlling'], ['tracking', 2.5, 'controlling'], ['workflow', 2.5, 'organising'], ['roadmap', 3, 'planning'],
  ['backlog', 2.5, 'planning'], ['staffing', 3, 'organising'], ['recruiting', 2.5, 'organising'], ['headcount', 3, 'organising'],
  ['compliance', 3, 'controlling'], ['timeline', 3, 'planning'], ['rollout', 2, 'planning'], ['deliverable', 3, 'planning'],
];
