// The prompt packs in German. Data only, with the same packs, ids and order as the English packs in
// packs.ts (a unit test holds them together), so the prompt of the day is the same question in both
// languages. Written as a German-speaking coach would ask, not word for word: first person, "ich",
// one question each, no Markdown. Texts are unique across all packs, as in English.
import type { PromptPack } from './packs';

const leading: PromptPack = {
  id: 'leading',
  label: 'Führen: das Warum',
  description: 'Richtung, Sinn, Vertrauen und Entwicklung: wie ich Menschen geholfen habe zu sehen, wofür ihre Arbeit da ist, und daran zu wachsen.',
  prompts: [
    { id: 'leading.why-today', text: 'Wann habe ich heute erklärt, warum eine Aufgabe wichtig ist, statt nur zu sagen, was zu tun ist?' },
    { id: 'leading.future-picture', text: 'Wie beschreibe ich in zwei Sätzen, die jeder weitersagen kann, wo mein Team in einem Jahr stehen soll?' },
    { id: 'leading.spark', text: 'Wobei habe ich heute gesehen, dass jemand bei der Arbeit richtig aufgeblüht ist?' },
    { id: 'leading.trust-extended', text: 'Was habe ich heute jemandem anvertraut, das mir wirklich wichtig war?' },
    { id: 'leading.listened', text: 'Was habe ich heute erfahren, weil ich zugehört habe, ohne mir schon meine Antwort zurechtzulegen?' },
    { id: 'leading.courage', text: 'Was habe ich heute gesagt oder entschieden, das Mut gebraucht hat?' },
    { id: 'leading.question-habit', text: 'Welche unserer eingespielten Arbeitsweisen bin ich bereit infrage zu stellen?' },
    { id: 'leading.change-story', text: 'Wie würde ich den Wandel, in dem wir stecken, jemandem erklären, der gestern bei uns angefangen hat?' },
    { id: 'leading.growth', text: 'In wessen Entwicklung habe ich heute investiert, und sei es nur ein wenig?' },
    { id: 'leading.hidden-strength', text: 'Welche Stärke eines Menschen in meinem Team verdient eine größere Bühne?' },
    { id: 'leading.motivations', text: 'Wessen Beweggründe verstehe ich im Moment am wenigsten?' },
    { id: 'leading.values', text: 'Welche meiner Entscheidungen hat heute gezeigt, wofür ich stehe?' },
    { id: 'leading.awaited-direction', text: 'Wo wartet das Team darauf, dass ich sage, wohin die Reise geht?' },
    { id: 'leading.recognition', text: 'Wessen Beitrag habe ich heute ausdrücklich gewürdigt?' },
  ],
};

const managing: PromptPack = {
  id: 'managing',
  label: 'Managen: das Wie',
  description: 'Pläne, die Zeit der Menschen, Budgets, Fristen und Zahlen: wie ich aus Absichten Arbeit gemacht habe, die auch fertig wird.',
  prompts: [
    { id: 'managing.how-today', text: 'Welche Arbeit habe ich heute vorangebracht, weil ich sie geplant, organisiert oder ihr ein Hindernis aus dem Weg geräumt habe?' },
    { id: 'managing.next-step', text: 'Welchem unserer Ziele fehlt noch ein konkreter nächster Schritt?' },
    { id: 'managing.roadblock', text: 'Was steht jemandem im Weg, das ich diese Woche beiseiteräumen könnte?' },
    { id: 'managing.deadline-risk', text: 'Welche unserer Fristen ist gerade am stärksten gefährdet?' },
    { id: 'managing.capacity', text: 'Wo hat mein Team weniger Kapazität, als unser Plan voraussetzt?' },
    { id: 'managing.early-signal', text: 'Welche Kennzahl würde mich früh warnen, dass wir vom Kurs abkommen?' },
    { id: 'managing.process-friction', text: 'Welcher Schritt in unseren Abläufen kostet mehr Mühe, als er einbringt?' },
    { id: 'managing.handover-gap', text: 'Was habe ich bei der letzten Aufgabe, die ich abgegeben habe, offengelassen: wer zuständig ist, bis wann oder woran man erkennt, dass sie erledigt ist?' },
    { id: 'managing.check-in-rhythm', text: 'Wie oft schaue ich diese Woche nach dem Stand der Arbeit, die ich delegiert habe?' },
    { id: 'managing.top-three', text: 'Wenn wir diese Woche nur drei Dinge fertig bekommen: Welche drei sind es?' },
    { id: 'managing.missing-resource', text: 'Was fehlt unserem Plan, ohne dass es jemand ausspricht: Zeit, Geld, Leute oder Werkzeuge?' },
    { id: 'managing.meeting-cost', text: 'Welches unserer regelmäßigen Meetings könnte kürzer, seltener oder ganz entfallen?' },
    { id: 'managing.unowned-action', text: 'Welche Maßnahme aus einem Meeting dieser Woche hat noch niemanden, der sie übernimmt?' },
    { id: 'managing.dependency', text: 'Welche Abhängigkeit von einem anderen Team könnte uns ausbremsen?' },
  ],
};

const balance: PromptPack = {
  id: 'balance',
  label: 'Balance: Warum und Wie zusammen',
  description: 'Richtung mit Fürsorge verbinden, Verantwortung abgeben, auf beiden Seiten neugierig bleiben und aus einem Ziel Schritte machen.',
  prompts: [
    { id: 'balance.split-today', text: 'Wie viel meines Tages ging ungefähr in das Warum, und wie viel in das Wie?' },
    { id: 'balance.why-before-how', text: 'Wo bin ich in die Details gesprungen, bevor der Zweck klar war?' },
    { id: 'balance.pace-and-care', text: 'Wessen Arbeitslast hatte ich im Blick, als ich heute das Tempo vorgegeben habe?' },
    { id: 'balance.ready-to-own', text: 'Was erledige ich noch selbst, obwohl jemand anderes bereit wäre, es zu übernehmen?' },
    { id: 'balance.make-room', text: 'Wo könnte ich mich diese Woche zurücknehmen, damit die Ideen anderer Platz bekommen?' },
    { id: 'balance.bold-option', text: 'Welche mutige Option habe ich zu schnell verworfen?' },
    { id: 'balance.sustainable', text: 'Welcher Teil unseres Plans wäre über Monate kaum durchzuhalten?' },
    { id: 'balance.aim-to-steps', text: 'Mit welchen drei Schritten würde aus unserem jetzigen Ziel etwas, womit jemand morgen anfangen kann?' },
    { id: 'balance.line-of-sight', text: 'Wer in meinem Team sieht vielleicht nicht, wie die eigene Aufgabe zu unserem größeren Ziel beiträgt?' },
    { id: 'balance.missing-side', text: 'Wovon hätte diese Woche mehr von mir gebraucht: Richtung oder Organisation?' },
    { id: 'balance.switch-moment', text: 'In welchem Moment heute musste ich vom Begeistern ins Organisieren wechseln?' },
    { id: 'balance.talent-not-tasks', text: 'Wo verfolge ich die Aufgaben eines Menschen, wo ich stattdessen sein Talent fördern könnte?' },
    { id: 'balance.reason-and-plan', text: 'Welches Gespräch heute brauchte von mir beides: einen Grund und einen Plan?' },
  ],
};

const situational: PromptPack = {
  id: 'situational',
  label: 'Situativ: den passenden Stil wählen',
  description: 'Können und Antrieb jeder Person für eine bestimmte Aufgabe einschätzen und passend dazu anleiten, coachen, unterstützen oder delegieren.',
  prompts: [
    { id: 'situational.competence', text: 'Wie viel Können hat diese Person bei der Aufgabe, an die ich denke, schon gezeigt?' },
    { id: 'situational.commitment', text: 'Wie viel Zuversicht und Antrieb habe ich bei dieser Person für genau diese Aufgabe erlebt?' },
    { id: 'situational.style-used', text: 'Welchen Stil habe ich heute mit jemandem gewählt: anleiten, coachen, unterstützen oder delegieren?' },
    { id: 'situational.direction-fit', text: 'Hat das Maß an Anleitung, das ich heute gegeben habe, zu dem gepasst, was die Person brauchte?' },
    { id: 'situational.over-directing', text: 'Wo gebe ich womöglich mehr Anweisungen, als jemand inzwischen braucht?' },
    { id: 'situational.confidence-dip', text: 'Wer in meinem Team macht die Arbeit gut, scheint aber etwas Zutrauen in sich verloren zu haben?' },
    { id: 'situational.new-starter', text: 'Wer fängt gerade etwas Ungewohntes an und bräuchte von mir klarere Schritte und häufigere Rückfragen?' },
    { id: 'situational.ready-to-run', text: 'Wer hat genug Können und Antrieb gezeigt, um eine Aufgabe ohne mich voranzutreiben?' },
    { id: 'situational.unspoken-expectation', text: 'Welche Erwartung habe ich stillschweigend vorausgesetzt, statt sie auszusprechen?' },
    { id: 'situational.shortfall', text: 'Was weiß ich über die Gründe für ein Ergebnis, das zuletzt hinter den Erwartungen zurückblieb?' },
    { id: 'situational.accountability', text: 'Wie spreche ich eine nicht eingehaltene Zusage so an, dass der Respekt auf beiden Seiten bleibt?' },
    { id: 'situational.closing-gap', text: 'Welche Unterstützung von mir würde die Lücke schließen zwischen dem, was jemand kann, und dem, was die Aufgabe verlangt?' },
    { id: 'situational.varies-by-task', text: 'Bei wem schwankt die Bereitschaft am stärksten von einer Aufgabe zur nächsten?' },
    { id: 'situational.slipping', text: 'Wer in meinem Team wirkt unsicherer bei einer Aufgabe, die früher mühelos von der Hand ging?' },
  ],
};

// Three prompts per trap, in the order of the trap ids, as in English.
const traps: PromptPack = {
  id: 'traps',
  label: 'Fallen: ehrlich mit mir selbst',
  description: 'Vier Arten, wie Warum und Wie schiefgehen: zu fest festhalten, das Ziel aus den Augen verlieren, versprechen ohne zu liefern, antreiben ohne Rücksicht.',
  prompts: [
    { id: 'traps.redid-handed-work', text: 'Habe ich heute etwas nachgebessert oder neu gemacht, das ich schon an jemanden abgegeben hatte?' },
    { id: 'traps.kept-decisions', text: 'Welche Entscheidungen behalte ich mir vor, die das Team selbst treffen könnte?' },
    { id: 'traps.over-checking', text: 'Wessen Arbeit kontrolliere ich öfter, als es die bisherigen Ergebnisse rechtfertigen?' },
    { id: 'traps.purpose-unknown', text: 'Welche Routineaufgabe habe ich heute erledigt, deren Zweck ich nicht erklären könnte?' },
    { id: 'traps.resisted-idea', text: 'Welche neue Idee habe ich vor allem abgewehrt, weil sie unsere Routine stören würde?' },
    { id: 'traps.heading-talk', text: 'Wann habe ich zuletzt mit meinem Team darüber gesprochen, wohin wir wollen, und nicht nur darüber, was fällig ist?' },
    { id: 'traps.open-promise', text: 'Welches meiner Versprechen wartet noch darauf, dass ich es einlöse?' },
    { id: 'traps.excitement-no-plan', text: 'Für welche Idee habe ich Begeisterung geweckt, ohne einen Plan, wie sie Wirklichkeit wird?' },
    { id: 'traps.avoided-conversation', text: 'Welches schwierige Gespräch schiebe ich vor mir her, damit man mich weiter mag?' },
    { id: 'traps.how-are-you', text: 'Wann habe ich zuletzt jemanden gefragt, wie es ihm oder ihr geht, und nicht nur, wie die Arbeit läuft?' },
    { id: 'traps.unseen-strain', text: 'Welche Anzeichen von Überlastung im Team habe ich übersehen, weil ich zu beschäftigt war?' },
    { id: 'traps.bare-request', text: 'Um welche Sache habe ich heute gebeten, ohne einen Grund dazu zu nennen?' },
  ],
};

const reflection: PromptPack = {
  id: 'reflection',
  label: 'Reflexion',
  description: 'Offene Fragen für den Blick zurück: was funktioniert hat, was ich gelernt habe, was ich ändern würde.',
  prompts: [
    { id: 'reflection.went-well', text: 'Welchen Anteil hatte ich an etwas, das heute gut gelaufen ist?' },
    { id: 'reflection.learned', text: 'Was habe ich heute gelernt, das ich mir merken will?' },
    { id: 'reflection.replay', text: 'Wenn ich einen Moment von heute noch einmal erleben könnte: Was würde ich anders machen?' },
    { id: 'reflection.surprise', text: 'Was hat mich heute überrascht?' },
    { id: 'reflection.quiet-pride', text: 'Auf welchen Moment von heute bin ich im Stillen stolz?' },
    { id: 'reflection.energy-gain', text: 'Was hat mir heute Kraft gegeben?' },
    { id: 'reflection.energy-cost', text: 'Was hat mich mehr Kraft gekostet, als es hätte sein müssen?' },
    { id: 'reflection.feedback', text: 'Welche Rückmeldung habe ich heute bekommen, ausgesprochen oder unausgesprochen?' },
    { id: 'reflection.thanks', text: 'Wem schulde ich für heute ein Dankeschön?' },
    { id: 'reflection.let-go', text: 'Was trage ich mit in den morgigen Tag, das ich ablegen könnte?' },
    { id: 'reflection.wrong-assumption', text: 'Welche meiner Annahmen hat sich als falsch herausgestellt?' },
    { id: 'reflection.first-thing', text: 'Was will ich morgen als Erstes tun?' },
  ],
};

/** The German packs, in the order of {@link PROMPT_PACKS}. */
export const GERMAN_PROMPT_PACKS: readonly PromptPack[] = [leading, managing, balance, situational, traps, reflection];
