// The entry kinds in German: labels, descriptions, titles, section headings and item labels, keyed
// by the ids in kinds.ts. Titles write the date out (`{{longdate}}`: `23. November 2026`) where the
// English ones use the ISO date; file names and front matter stay ISO in every language.
import { translateKinds, type EntryKind, type KindTranslation } from './kinds';

export const GERMAN_KIND_TRANSLATION: KindTranslation = {
  kinds: {
    'daily': {
      label: 'Tägliche Reflexion',
      description: 'Ein paar Minuten, bevor ich den Tag abschließe: die Frage des Tages, wo ich am Warum und am Wie gearbeitet habe, und ein Vorsatz für morgen.',
      title: '{{weekday}}, {{longdate}}',
    },
    'weekly-review': {
      label: 'Wochenrückblick',
      description: 'Auf die Woche zurückschauen: was sich bewegt hat, wie sich meine Aufmerksamkeit auf Richtung und Organisation verteilt hat und worauf ich mich als Nächstes konzentriere.',
      title: 'Wochenrückblick {{week}}',
    },
    'one-on-one': {
      label: '1:1-Vorbereitung',
      description: 'Mich auf ein Einzelgespräch vorbereiten: was die Person mitnehmen soll, was ich anerkennen will, was ich frage und was wir vereinbaren.',
      title: '1:1 mit {{person}}, {{longdate}}',
    },
    'decision': {
      label: 'Entscheidungsprotokoll',
      description: 'Eine Entscheidung festhalten, solange sie frisch ist: die Lage, die Optionen, die Begründung, wen sie betrifft und wie sie umgesetzt und überprüft wird.',
      title: 'Entscheidung, {{longdate}}',
    },
    'after-action': {
      label: 'Nachbetrachtung',
      description: 'Aus etwas lernen, das gerade passiert ist: die Absicht, das Ergebnis, die Gründe für den Unterschied und was wir beibehalten oder ändern.',
      title: 'Nachbetrachtung, {{longdate}}',
    },
    'start-stop-continue': {
      label: 'Start, Stopp, Weiter',
      description: 'Drei kurze Fragen zu meinen Gewohnheiten als Führungskraft, und die eine Änderung, mit der ich anfange.',
      title: 'Start, Stopp, Weiter, {{longdate}}',
    },
    'situational': {
      label: 'Situativer Check-in',
      description: 'Für eine Person und eine Aufgabe: wie fähig und wie bereit sie ist, welcher Stil dazu passt und ob ich ihn auch gewählt habe.',
      title: 'Situativer Check-in: {{person}}, {{longdate}}',
    },
    'trap-check': {
      label: 'Fallen-Check',
      description: 'Vier ehrliche Fragen dazu, wie Führen und Managen schiefgehen können, und ein kleiner Gegenzug.',
      title: 'Fallen-Check, {{longdate}}',
    },
    'feedback': {
      label: 'Feedback-Notiz',
      description: 'Feedback für eine Person festhalten, solange es frisch ist: die Situation, was sie getan hat, die Wirkung, und die Anerkennung oder die Bitte, die ich ausspreche.',
      title: 'Feedback für {{person}}, {{longdate}}',
    },
  },
  texts: {
    'daily.why': 'Wo habe ich heute am Warum gearbeitet: an Sinn, Richtung oder an den Menschen?',
    'daily.how': 'Wo habe ich heute am Wie gearbeitet: an Plänen, Ressourcen oder daran, Hindernisse wegzuräumen?',
    'daily.close': 'Zum Abschluss des Tages',
    'daily.close.lean': 'Heute lag mein Schwerpunkt auf (Warum, Wie oder beidem)',
    'daily.close.commitment': 'Ein Vorsatz für morgen',

    'weekly-review.moved': 'Was ist diese Woche vorangekommen, worüber ich mich freue?',
    'weekly-review.why': 'Wo habe ich diese Woche Richtung gegeben oder Sinn gestiftet?',
    'weekly-review.how': 'Wo habe ich diese Woche geplant, organisiert oder den Weg frei gemacht?',
    'weekly-review.neglected': 'Welche Seite, das Warum oder das Wie, ist bei mir zu kurz gekommen?',
    'weekly-review.pattern': 'Welches Muster in meiner Woche möchte ich ändern?',
    'weekly-review.next': 'Nächste Woche',
    'weekly-review.next.leading-focus': 'Mein Schwerpunkt beim Führen',
    'weekly-review.next.managing-focus': 'Mein Schwerpunkt beim Managen',
    'weekly-review.next.let-go': 'Eine Sache, die ich loslasse',

    'one-on-one.leave-with': 'Was soll die Person aus diesem Gespräch mitnehmen?',
    'one-on-one.recognise': 'Was hat sie seit unserem letzten Gespräch erreicht, das ich anerkennen möchte?',
    'one-on-one.weighing': 'Was könnte sie gerade belasten?',
    'one-on-one.open-question': 'Welche offene Frage stelle ich, um dann einfach zuzuhören?',
    'one-on-one.direction': 'Wie viel Anleitung braucht sie von mir bei ihrer wichtigsten Aufgabe?',
    'one-on-one.feedback': 'Welche Rückmeldung bin ich ihr schuldig?',
    'one-on-one.agreements': 'Was wir vereinbart haben',
    'one-on-one.agreements.they-will': 'Die Person übernimmt',
    'one-on-one.agreements.i-will': 'Ich übernehme',
    'one-on-one.agreements.next-check-in': 'Nächstes Gespräch',

    'decision.context': 'Welche Lage verlangt diese Entscheidung?',
    'decision.options': 'Welche Optionen habe ich ernsthaft erwogen?',
    'decision.choice': 'Wie habe ich entschieden?',
    'decision.why': 'Warum ist das die bessere Wahl gegenüber den Alternativen?',
    'decision.affected': 'Wer wird die Folgen dieser Entscheidung spüren?',
    'decision.follow-through': 'Umsetzen und überprüfen',
    'decision.follow-through.first-step': 'Erster Schritt',
    'decision.follow-through.owner': 'Verantwortlich',
    'decision.follow-through.deadline': 'Frist',
    'decision.follow-through.success-sign': 'Woran ich erkenne, dass es funktioniert hat',
    'decision.follow-through.review-on': 'Überprüfen am',

    'after-action.intended': 'Was hatten wir erwartet?',
    'after-action.actual': 'Was ist tatsächlich passiert?',
    'after-action.gap': 'Was erklärt den Unterschied zwischen Plan und Ergebnis?',
    'after-action.next-time': 'Beim nächsten Mal',
    'after-action.next-time.sustain': 'Beibehalten',
    'after-action.next-time.improve': 'Ändern',
    'after-action.next-time.tell': 'Wer davon erfahren sollte',

    'start-stop-continue.start': 'Womit sollte ich anfangen?',
    'start-stop-continue.stop': 'Womit sollte ich aufhören?',
    'start-stop-continue.continue': 'Was funktioniert gut genug, dass ich dabei bleiben sollte?',
    'start-stop-continue.act': 'In die Tat umsetzen',
    'start-stop-continue.act.change': 'Die Änderung, mit der ich anfange',
    'start-stop-continue.act.first-step': 'Erster Schritt',
    'start-stop-continue.act.check-back': 'Wieder draufschauen am',

    'situational.task': 'Um welche Aufgabe oder welches Ziel geht es in diesem Check-in?',
    'situational.evidence': 'Was habe ich von ihrer Arbeit an dieser Aufgabe tatsächlich beobachtet?',
    'situational.readiness': 'Ihr Entwicklungsstand (gering, mittel oder hoch)',
    'situational.readiness.competence': 'Kompetenz für diese Aufgabe',
    'situational.readiness.commitment': 'Einsatzbereitschaft für diese Aufgabe',
    'situational.style': 'Stil (anleiten, coachen, unterstützen oder delegieren)',
    'situational.style.fits': 'Passender Stil',
    'situational.style.used': 'Tatsächlich gewählter Stil',
    'situational.style.matched': 'Haben die beiden zusammengepasst',
    'situational.next': 'Nächster Schritt',
    'situational.next.adjust': 'Was ich anpasse',
    'situational.next.check-again': 'Wann ich wieder hinschaue',

    'trap-check.micromanaging-leader': 'Wo habe ich an Details festgehalten, die ich schon abgegeben hatte?',
    'trap-check.visionless-manager': 'Welche Routine habe ich verteidigt, ohne zu fragen, ob sie uns noch dient?',
    'trap-check.nice-leader-no-follow-through': 'Welche meiner Ideen oder Zusagen wartet noch darauf, dass ich sie umsetze?',
    'trap-check.taskmaster-manager': 'Wann habe ich das Tempo angezogen, ohne darauf zu achten, wie es den Leuten dabei geht?',
    'trap-check.counter-move': 'Zum Abschluss des Checks',
    'trap-check.counter-move.closest-trap': 'Die Falle, der ich am nächsten kam',
    'trap-check.counter-move.counter-move': 'Ein kleiner Gegenzug, den ich ausprobiere',

    'feedback.situation': 'Situation: Wann und wo war es?',
    'feedback.behaviour': 'Verhalten: Was genau hat die Person getan oder gesagt?',
    'feedback.impact': 'Wirkung: Wozu hat es geführt, für die Arbeit, das Team oder mich?',
    'feedback.say': 'Was ich sagen werde',
    'feedback.say.recognition': 'Anerkennung (was die Person beibehalten soll)',
    'feedback.say.request': 'Bitte (was die Person anders machen soll)',
  },
};

/** The German kinds, in {@link ENTRY_KINDS} order. */
export const GERMAN_ENTRY_KINDS: readonly EntryKind[] = translateKinds(GERMAN_KIND_TRANSLATION);
