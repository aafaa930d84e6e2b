// How months and decimals read in the reports, in one place so the terminal summary, the HTML and
// its tables say the same thing. Locale-independent on purpose: a report is the same text on every
// machine for the same journal and day. Names of ids are the vocabulary's (core/tagger/vocabulary.ts),
// shares and counts the shared formatting's (core/text/format.ts).

/** One decimal place: `2.5`. */
export function decimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-23` or `2026-11` → `Nov`. */
export function monthName(iso: string): string {
  return MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso;
}
