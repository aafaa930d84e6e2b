// A seeded generator of a busy manager's calendar as a Google Calendar export writes it (CRLF lines,
// a VTIMEZONE, folded long lines, ORGANIZER and ATTENDEE with CN and PARTSTAT, Google-style UIDs,
// descriptions with video-call text): recurring series (daily stand-ups, weekly 1:1s with each report,
// team meetings, sprint planning and retros, monthly all-hands, mentoring, focus blocks), each with
// holidays taken out (EXDATE) and some occurrences moved (RECURRENCE-ID), plus one-off meetings,
// interviews, customer calls, all-day days off, declined and cancelled events. The same seed gives
// the same text. For the benchmark (bench/calendarBench.ts) and the time tier.

import { mulberry32 } from '../../src/core/text/random';

export interface GeneratedCalendar {
  readonly text: string;
  /** VEVENT components written (series, changed occurrences and one-offs). */
  readonly components: number;
  /** Occurrences the calendar holds in its years, before declined and cancelled ones are left out. */
  readonly occurrences: number;
}

export interface CalendarGeneratorOptions {
  readonly seed?: number;
  readonly firstYear?: number;
  readonly years?: number;
  /** One-off events per working day, on average. */
  readonly oneOffsPerDay?: number;
}

export const GENERATED_OWNER = 'sam.rivera@northwind.example';

const TEAM = ['ana.lopez', 'ben.okafor', 'chen.wei', 'dara.nolan', 'eli.sato', 'fatima.haddad', 'gus.moreau', 'hana.kim', 'ivan.petrov', 'jo.baker', 'kai.weber', 'lena.fischer'];
const PEERS = ['maria.santos', 'nils.berg', 'olga.ivanova', 'paul.green', 'quinn.reyes', 'rosa.diaz'];
const EXTERNAL = ['buyer@contoso.example', 'cto@fabrikam.example', 'pm@litware.example', 'ops@adatum.example', 'lead@tailspin.example'];

const VTIMEZONE_BERLIN = [
  'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'END:VTIMEZONE',
];

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const dayMs = 86_400_000;

function stamp(epochMs: number, withTime = true): string {
  const d = new Date(epochMs);
  const date = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  return withTime ? `${date}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00` : date;
}

/** Folds a content line at 75 octets (here: characters, the text is ASCII) as RFC 5545 asks. */
function fold(line: string): string {
  if (line.length <= 75) {
    return line;
  }
  const parts = [line.slice(0, 75)];
  for (let at = 75; at < line.length; at += 74) {
    parts.push(` ${line.slice(at, at + 74)}`);
  }
  return parts.join('\r\n');
}

export function generateCalendar(options: CalendarGeneratorOptions = {}): GeneratedCalendar {
  const rand = mulberry32(options.seed ?? 16);
  const firstYear = options.firstYear ?? 2016;
  const years = options.years ?? 10;
  const oneOffsPerDay = options.oneOffsPerDay ?? 8;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const lines: string[] = [
    'BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH', `X-WR-CALNAME:${GENERATED_OWNER}`, 'X-WR-TIMEZONE:Europe/Berlin', ...VTIMEZONE_BERLIN,
  ];
  let components = 0;
  let occurrences = 0;
  let uidCounter = 0;
  const uid = (): string => {
    uidCounter += 1;
    return `${Math.floor(rand() * 2 ** 32).toString(36)}${uidCounter.toString(36)}${Math.floor(rand() * 2 ** 32).toString(36)}@google.com`;
  };
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(firstYear + years, 0, 1);
  const created = stamp(start - 30 * dayMs);
  const email = (name: string): string => (name.includes('@') ? name : `${name}@northwind.example`);
  const attendee = (name: string, partstat = 'ACCEPTED'): string => fold(
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${partstat};CN=${displayName(name)};X-NUM-GUESTS=0:mailto:${email(name)}`,
  );
  const description = (): string[] => (rand() < 0.35
    ? [fold('DESCRIPTION:Join with Google Meet: https://meet.example/abc-defg-hij\\nOr dial: (DE) +49 30 12345678 PIN: 123 456 789#\\nMore phone numbers: https://tel.meet.example/abc-defg-hij?pin=123456789\\n\\nLearn more about Meet at: https://support.example/meet\\n\\nPlease do not edit this section.')]
    : ['DESCRIPTION:']);

  const event = (fields: {
    summary: string; startWall: number; minutes: number; people: readonly string[]; organizer?: string;
    rrule?: string; exdates?: readonly number[]; recurrenceId?: number; allDay?: boolean; myStatus?: string;
    status?: string; transparent?: boolean; id?: string; sequence?: number;
  }): string => {
    const id = fields.id ?? uid();
    const tz = fields.allDay ? ';VALUE=DATE' : ';TZID=Europe/Berlin';
    const organizer = fields.organizer ?? GENERATED_OWNER;
    lines.push(
      'BEGIN:VEVENT',
      `DTSTART${tz}:${stamp(fields.startWall, !fields.allDay)}`,
      `DTEND${tz}:${stamp(fields.startWall + (fields.allDay ? dayMs : fields.minutes * 60_000), !fields.allDay)}`,
    );
    if (fields.rrule) {
      lines.push(`RRULE:${fields.rrule}`);
    }
    for (const exdate of fields.exdates ?? []) {
      lines.push(`EXDATE;TZID=Europe/Berlin:${stamp(exdate)}`);
    }
    lines.push(`DTSTAMP:${stamp(end)}Z`);
    if (fields.people.length > 0) {
      lines.push(fold(`ORGANIZER;CN=${displayName(organizer)}:mailto:${email(organizer)}`));
    }
    lines.push(`UID:${id}`);
    if (fields.recurrenceId !== undefined) {
      lines.push(`RECURRENCE-ID;TZID=Europe/Berlin:${stamp(fields.recurrenceId)}`);
    }
    for (const person of fields.people) {
      lines.push(attendee(person, person === GENERATED_OWNER ? (fields.myStatus ?? 'ACCEPTED') : 'ACCEPTED'));
    }
    lines.push(`CREATED:${created}Z`, ...description(), `LAST-MODIFIED:${created}Z`, 'LOCATION:', `SEQUENCE:${fields.sequence ?? 0}`,
      `STATUS:${fields.status ?? 'CONFIRMED'}`, fold(`SUMMARY:${fields.summary}`), `TRANSP:${fields.transparent ? 'TRANSPARENT' : 'OPAQUE'}`, 'END:VEVENT');
    components += 1;
    return id;
  };

  // Recurring series, each running for a stretch of months, with holidays out and a few moved.
  const series = (summary: string, people: readonly string[], hour: number, minutes: number, byday: string, intervalWeeks: number, monthsLong: number, from: number): void => {
    const first = alignToWeekday(from, byday.split(',')[0] ?? 'MO') + hour * 3_600_000;
    const until = Math.min(end - dayMs, first + monthsLong * 30 * dayMs);
    const weekdays = byday.split(',').map((code) => WEEKDAYS.indexOf(code));
    const instances: number[] = [];
    for (let week = first; week < until; week += 7 * intervalWeeks * dayMs) {
      for (const weekday of weekdays) {
        const at = week + ((weekday - new Date(week).getUTCDay() + 7) % 7) * dayMs;
        if (at < until) {
          instances.push(at);
        }
      }
    }
    const exdates = instances.filter(() => rand() < 0.04);
    const out = new Set(exdates);
    const moved = instances.filter((at) => !out.has(at) && rand() < 0.04);
    const id = event({
      summary, startWall: first, minutes, people,
      rrule: `FREQ=WEEKLY;${intervalWeeks > 1 ? `INTERVAL=${intervalWeeks};` : ''}BYDAY=${byday};UNTIL=${stamp(until - 2 * 3_600_000)}Z`,
      exdates,
    });
    for (const original of moved) {
      event({ summary, startWall: original + (rand() < 0.5 ? 1 : 2) * 3_600_000, minutes, people, recurrenceId: original, id, sequence: 1 });
    }
    occurrences += instances.length - exdates.length;
  };

  for (let year = firstYear; year < firstYear + years; year += 1) {
    const jan = Date.UTC(year, 0, 4);
    const team = TEAM.slice(year % 4, (year % 4) + 8);
    series('Team stand-up', [GENERATED_OWNER, ...team], 9, 15, 'MO,TU,WE,TH,FR', 1, 12, jan);
    series('Leadership sync', [GENERATED_OWNER, ...PEERS], 8, 30, 'MO,WE,FR', 1, 12, jan);
    series('Team meeting', [GENERATED_OWNER, ...team], 14, 60, 'TH', 1, 12, jan);
    series('Sprint planning', [GENERATED_OWNER, ...team], 10, 90, 'MO', 2, 12, jan);
    series('Sprint retro', [GENERATED_OWNER, ...team], 15, 60, 'FR', 2, 12, jan + 7 * dayMs);
    series('All-hands', [GENERATED_OWNER, ...PEERS, ...team], 16, 60, 'TH', 4, 12, jan);
    series('Focus time', [], 13, 120, 'TU,TH', 1, 12, jan);
    series('Mentoring with Rosa', [GENERATED_OWNER, 'rosa.diaz'], 11, 45, 'WE', 4, 12, jan);
    for (const [index, person] of team.entries()) {
      // Two series a year per report: the 1:1 moves to another slot halfway through.
      series(`${displayName(person)} / Sam 1:1`, [GENERATED_OWNER, person], 10 + (index % 6), 30, WEEKDAYS[1 + (index % 5)] ?? 'MO', 1, 6, jan);
      series(`${displayName(person)} / Sam 1:1`, [GENERATED_OWNER, person], 11 + (index % 5), 30, WEEKDAYS[1 + ((index + 2) % 5)] ?? 'MO', 1, 6, jan + 182 * dayMs);
    }
  }

  // One-off events on working days; days off as all-day events.
  const kinds = [
    { summary: 'Interview: backend engineer', people: (): string[] => [GENERATED_OWNER, pick(TEAM)], minutes: 60 },
    { summary: 'Hiring debrief', people: (): string[] => [GENERATED_OWNER, pick(TEAM), pick(TEAM)], minutes: 30 },
    { summary: 'Customer call', people: (): string[] => [GENERATED_OWNER, pick(EXTERNAL), pick(TEAM)], minutes: 45 },
    { summary: 'Roadmap review', people: (): string[] => [GENERATED_OWNER, ...PEERS.slice(0, 3)], minutes: 60 },
    { summary: 'Quick sync', people: (): string[] => [GENERATED_OWNER, pick(PEERS)], minutes: 30 },
    { summary: 'Budget status', people: (): string[] => [GENERATED_OWNER, pick(PEERS), pick(PEERS)], minutes: 30 },
    { summary: 'Coffee', people: (): string[] => [], minutes: 30 },
    { summary: 'Architecture discussion', people: (): string[] => [GENERATED_OWNER, pick(TEAM), pick(TEAM), pick(PEERS)], minutes: 60 },
  ];
  for (let day = start; day < end; day += dayMs) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) {
      continue;
    }
    if (rand() < 0.04) {
      event({ summary: 'Out of office', startWall: day, minutes: 0, people: [], allDay: true, transparent: true });
      occurrences += 1;
      continue;
    }
    const count = Math.round(oneOffsPerDay * (0.5 + rand()));
    for (let n = 0; n < count; n += 1) {
      const kind = pick(kinds);
      const roll = rand();
      event({
        summary: kind.summary, startWall: day + (8 + Math.floor(rand() * 9)) * 3_600_000 + (rand() < 0.5 ? 30 : 0) * 60_000,
        minutes: kind.minutes, people: kind.people(), organizer: rand() < 0.5 ? GENERATED_OWNER : pick(PEERS),
        myStatus: roll < 0.05 ? 'DECLINED' : 'ACCEPTED', status: roll > 0.98 ? 'CANCELLED' : 'CONFIRMED',
      });
      occurrences += 1;
    }
  }
  lines.push('END:VCALENDAR', '');
  return { text: lines.join('\r\n'), components, occurrences };
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The first day on or after `from` that is the given weekday (`MO`…). */
function alignToWeekday(from: number, code: string): number {
  const target = WEEKDAYS.indexOf(code);
  return from + ((target - new Date(from).getUTCDay() + 7) % 7) * dayMs;
}

function displayName(name: string): string {
  if (name.includes('@') && !name.endsWith('@northwind.example')) {
    return name;
  }
  return name.replace(/@.*$/, '').split('.').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(' ');
}
