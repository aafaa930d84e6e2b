// Strings kept for long (a catalogue's records, for the life of the index or of a report) must not
// hold the text they were cut from. JavaScript engines may represent a substring, a regular
// expression's match or a parser's scalar as a view into its source: V8 does so for 13 characters
// or more, so a 20-character entry title kept the whole 2 KB entry alive, and a 50,000-entry report
// held 54 MB of entry texts through its titles alone (issue #13). A JSON round trip is the portable
// way to get a string of its own; it costs one copy of a short string.

/** `text` as a string that holds nothing but its own characters (equal to `text`). */
export function ownString(text: string): string {
  return text.length === 0 ? '' : JSON.parse(JSON.stringify(text)) as string;
}

/** A copy of plain data (what JSON can hold) whose strings are all their own (see above). */
export function ownData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
