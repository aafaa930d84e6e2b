import * as assert from 'node:assert/strict';
import { readCorpus, type EntryGold } from '../../../../scripts/tagger/corpus';
import { repoRoot } from '../../../../scripts/vscodePaths';
import { createTagger } from '../../../../src/core/tagger/tagger';
import type { TrapId } from '../../../../src/core/tagger/types';
import { assertEachTrapFound, assertFewFalseAlarms } from '../../../support/trapChecks';

// German entries written for these tests (not taken from the corpus): each trap as a German
// manager might note it, and plain busy days that must raise none. A false alarm is worse than a miss.

const tagger = createTagger();

function traps(markdown: string): TrapId[] {
  return tagger.tag(markdown).traps.map((trap) => trap.id);
}

const MICROMANAGING = `# Dienstag

Svenja hat das Angebot für die Stadtwerke geschrieben. Sie macht das seit neun Jahren und kann das. Ich habe trotzdem jede Zeile nochmal gelesen und die Einleitung komplett umgeschrieben, bevor es rausgeht.

Danach hat Tobias mit dem Lieferanten telefoniert. Ich habe ihm den Hörer aus der Hand genommen und das lieber selbst geklärt.

Ab sofort läuft jede Bestellung über meinen Tisch, auch die kleinen. Sicher ist sicher.
`;

const VISIONLESS = `# Woche 14

Alle Prüfprotokolle abgehakt, Ablage vollständig, Kennzahlen im grünen Bereich. Mehr muss man dazu nicht sagen.

Malte hatte wieder einen Vorschlag: die Übergabe digital mit Tablets statt auf Papier. Ich habe ihm gesagt, das machen wir nicht, das haben wir noch nie so gemacht.

Aylin fragte, ob wir beim Kundenservice mal einen Chat ausprobieren. Nicht unser Problem, das ist Sache der Zentrale.

Wie immer: ruhiger Betrieb, keine Abweichungen.
`;

const NICE_LEADER = `# Notizen nach dem Kick-off

Was für ein Tag! Ich habe verkündet, dass wir ab Herbst ein eigenes Mentoring-Programm starten und jedes Quartal einen Innovationstag machen. Alle waren begeistert, die Energie im Raum war großartig.

Wer das Programm verantwortet und bis wann, klären wir später. Die Details ergeben sich schon.

Ehrlich gesagt hatte ich den Innovationstag schon letztes Jahr angekündigt, er ist dann irgendwie untergegangen. Das Entwicklungsgespräch, das ich Jonas versprochen hatte, habe ich auch immer noch nicht geführt.
`;

const TASKMASTER = `# Freitag

Die Quote lag bei 82 Prozent. Ich habe der Frühschicht gesagt, dass ich morgen 95 Prozent will, und keiner geht, bevor die Zahl steht.

Mehmet sagte, ihm ist schwindelig und sein Rücken macht nicht mehr mit. Ich habe gesagt, er soll weitermachen, dafür haben wir jetzt keine Zeit.

Die Teamrunde am Morgen habe ich gestrichen, das kostet nur Zeit. Warum, muss ich nicht erklären.

Wer am Samstag nicht kommt, braucht am Montag auch nicht mehr zu kommen. Hauptsache, die Zahlen stimmen.
`;

/** Plain busy German days of managing, and near misses the guide says are not traps. */
const ORDINARY: readonly (readonly [string, string])[] = [
  ['a busy day in a shop', `# Montag

- Lieferung Kühlware angenommen, zwei Kisten Joghurt reklamiert.
- Dienstplan für die nächsten zwei Wochen fertig, Ole und Sara tauschen den Samstag.
- Kassenabrechnung vom Wochenende geprüft, Differenz 4,20 EUR.
- Wartung der Kühltheke für Donnerstag 7 Uhr bestellt.
- Zwei Bewerbungsgespräche für die Aushilfe geführt.
`],
  ['a construction site diary', `# Bautagebuch Mittwoch

Rohbau Haus 3 einen Tag früher fertig. Kran ab Montag abbestellt.

Betonage für Haus 5 auf Dienstag verschoben, weil Regen angesagt ist. Mit dem Betonwerk und der Pumpe telefoniert.

Gerüstprüfung an Haus 2: zwei Bordbretter fehlten, bis zehn Uhr nachgerüstet. Die Unterlagen der Subunternehmer für nächste Woche durchgesehen.
`],
  ['a ward shift', `# Spätdienst Station 4

Zwei Pflegekräfte krank, eine Springerin aus dem Pool angefordert und Lisa vom Frühdienst getauscht.

Mit der Apotheke die Medikamentenliste abgeglichen. Drei fehlende Unterschriften, alle vom selben Wochenende, an die Kolleginnen weitergegeben.

Notfallwagen kontrolliert, weil auf der Checkliste vom Sonntag ein Eintrag fehlte.
`],
  ['close supervision of a novice (directing, not micromanaging)', `# Montag

Unser neuer Azubi Finn hatte heute seinen ersten Tag in der Werkstatt. Er hat noch nie an einer Drehbank gestanden, also habe ich ihm jeden Schritt gezeigt und seine ersten Teile mit der Zeichnung verglichen.

Diese Woche schaue ich noch genau hin und lasse ihn dann mehr allein machen.
`],
  ['a hard push that explains why and looks after people', `# Release-Woche

Die Frist der Aufsicht ist Freitag und lässt sich nicht verschieben. Ich habe heute früh erklärt, warum das so wichtig ist: Ohne die Meldung droht uns ein Bußgeld.

Alles Unwichtige haben wir gestrichen, jeden Tag um 14 Uhr ein kurzer Abgleich.

Lenas Vater liegt im Krankenhaus, ich habe sie nach Hause geschickt, wir übernehmen ihren Teil. Wer nicht mehr kann, sagt es mir bitte.
`],
  ['a big idea with an owner, a date and a first step', `# Wochenrückblick

Große Idee diese Woche: ein Reparaturcafé am Samstag in der Bücherei. Ich habe sie bei den Ehrenamtlichen vorgestellt, alle fanden sie gut.

Direkt danach haben wir es festgemacht: Nadia ist verantwortlich, der erste Termin ist am 12. April, und der erste Schritt sind zwei Freiwillige mit Elektrokenntnissen bis Monatsende.
`],
];

describe('German traps', () => {
  it('finds each trap in a German entry, with evidence sentences from the entry', () => {
    const examples = [
      [MICROMANAGING, 'micromanaging-leader'], [VISIONLESS, 'visionless-manager'],
      [NICE_LEADER, 'nice-leader-no-follow-through'], [TASKMASTER, 'taskmaster-manager'],
    ] as const;
    assert.ok(examples.every(([markdown]) => tagger.tag(markdown).language === 'de'));
    assertEachTrapFound(tagger, examples);
  });

  for (const [name, markdown] of ORDINARY) {
    it(`raises no trap on ${name}`, () => {
      assert.equal(tagger.tag(markdown).language, 'de');
      assert.deepEqual(traps(markdown), []);
    });
  }

  it('needs more than one signal: a single redo, refusal or push is not a trap', () => {
    assert.deepEqual(traps('Ich habe die Checkliste für die Frühschicht umgeschrieben, nachdem die neue Kaffeemaschine kam.\n'), []);
    assert.deepEqual(traps('Ich habe dem Team gesagt, dass ich bis Freitag 120 Picks pro Stunde will.\n'), []);
    assert.deepEqual(traps('Kim hat ein neues Layout vorgeschlagen. Ich habe gesagt, nicht diesen Monat, wir bauen gerade um.\n'), []);
  });

  it('keeps false alarms on the German training entries with no trap at or under 1 per 24', () => {
    assertFewFalseAlarms(tagger, readCorpus<EntryGold>(repoRoot, 'de', 'train', 'entries').flatMap((file) => file.items)
      .filter((entry) => entry.gold !== undefined && entry.traps.length === 0));
  });
});
