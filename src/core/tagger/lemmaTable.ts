// Words to lemma families, as the tagger matches them: "delegated", "delegating", "delegates" and
// "delegation" are all the family "delegate". The tables are made at build time from well-kept NLP
// resources (scripts/tagger/lemmas/: wink-lemmatizer and WordNet for English, german-pos-dict for
// German) and shipped for the families the tagger uses (lemmaTable.generated.ts), so nothing is
// lemmatised by hand-written suffix rules at run time. A word no table knows is its own family.
//
// Each surface form also carries whether it may be shown as evidence. Function words, numbers and
// role nouns are never in a table; a form is marked "not evidence" when it only names a thing, a
// time, a group or a person ("room", "team", "week", "staff" as a noun) even though its family
// carries meaning in another form ("staffed").
//
// Encoding, one family per line (lines end with `|`): `head form form …`, where the head is the family's name and each
// form is written relative to it: a digit N (drop N characters from the end of the head) followed
// by the rest of the form, or `=` and the whole form. A leading `!` marks a form (or the head) that
// is not evidence. The commonest codes ("0s", "0ing", "!0s", German "1t", "2ung") are shared: a
// first line `;Xcode Ycode …` (the dictionary) names one character for each, a character no head or
// form holds, and a line writes its shared codes as one run of those characters right after the head
// (`abolish 0ed 0ing 2tion` is `abolish AB 2tion` with A for 0ed and B for 0ing). A shared code keeps
// at least the head's first letter. This made the tables about a quarter smaller: they ship in the
// tagger bundle, whose size is budgeted. A table without a dictionary line reads as before. German also reads spoken and regional spellings as the standard word
// (spellingVariants.ts: "gsagt" → "gesagt") and splits compounds: a word no table knows, in any
// spelling, is read as its longest known tail of at least four letters, leaving at least three in
// front ("Dienstplan" → "plan").
import { BASE64_DIGITS, base64Width, digitValue, readBase64, writeBase64 } from './base64Numbers';
import { germanVariants } from './spellingVariants';

export type TaggerLanguage = 'en' | 'de';

export interface LemmaEntry {
  /** The family's name: the lemma shown in cues. */
  readonly family: string;
  /** False for forms that only name a thing, a time, a group or a person. */
  readonly evidence: boolean;
  /**
   * True for a form that is not evidence as a noun but is where it stands as a verb ("coaches",
   * "mentors", "lead"): the tokeniser decides by its neighbours (tokens.ts). The shipped tables list
   * these forms beside the table (lemmaTables.ts); absent means false.
   */
  readonly verbReading?: boolean;
  /**
   * True for an evidence form that may decide a side but is not shown as a reason on its own ("told",
   * "idea", "gesagt"): a person would not accept it as one (shownEvidence.ts at build time). The
   * shipped tables list these forms beside the table (lemmaTables.ts); absent means false.
   */
  readonly quiet?: boolean;
  /**
   * For a German word the table does not hold: the form it was read as, whose entry this is — a
   * spelling variant's standard form, or a compound's tail ("statt" of "werkstatt"). Whether the
   * word may be shown is that form's, never its family's alone (lemmaTables.ts `withQuiet`); absent
   * for a word the table holds.
   */
  readonly readAs?: string;
}

export interface LemmaTable {
  readonly language: TaggerLanguage;
  /** The family of a lower-case word, or undefined when it is its own (unknown) family. */
  lookup(word: string): LemmaEntry | undefined;
  /** Every family name, in table order. */
  readonly families: readonly string[];
}

const BANG = 33; // `!`
/** Families per digit of a family mask (encodeFamilyMask): a base-64 digit holds six bits. */
const MASK_BITS = 6;
/** The first character of the dictionary line. */
const DICTIONARY = ';';
/** Characters a dictionary may name codes by, in order of use: those that no head or form of the table holds. */
const REF_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ#$%&()*+,-./:<>?@[]^_{}~';

/** Shared codes by the character that names them (char code below 128). */
interface Dictionary {
  readonly codes: readonly (string | undefined)[];
}

/** The dictionary of a table's first line, or undefined when the table has none. */
function readDictionary(line: string): Dictionary | undefined {
  if (!line.startsWith(DICTIONARY)) {
    return undefined;
  }
  const codes: (string | undefined)[] = [];
  for (const entry of line.slice(1).split(' ')) {
    if (entry.length >= 2 && entry.charCodeAt(0) < 128) {
      codes[entry.charCodeAt(0)] = entry.slice(1);
    }
  }
  return { codes };
}
/** Between families: one character that needs no escape in the generated source (a newline takes two there). */
const LINE = '|';
const EQUALS = 61; // `=`

/** The form coded by `encoded[start, end)` in the family `head`: `=form`, or a digit N (drop N characters of the head) and a suffix. */
function decodeForm(head: string, encoded: string, start: number, end: number): string {
  if (start >= end) {
    return '';
  }
  if (encoded.charCodeAt(start) === EQUALS) {
    return encoded.slice(start + 1, end);
  }
  const drop = encoded.charCodeAt(start) - 48;
  return head.slice(0, head.length - drop) + encoded.slice(start + 1, end);
}

/** Longest compound tail tried, and the shortest tail and head accepted (German). */
const MIN_TAIL = 4;
const MIN_HEAD = 3;

/** The second code of a one-character word's bucket: no character. */
const NO_SECOND = 0xffff;

/**
 * A word's bucket: its first two characters' codes (the second NO_SECOND for a one-character
 * word), or -1 for the empty word. A bucket's forms are decoded together, about ten lines' worth.
 */
function bucketOf(word: string): number {
  return word.length === 0 ? -1 : word.charCodeAt(0) * 0x10000 + (word.length === 1 ? NO_SECOND : word.charCodeAt(1));
}

/** Where a line's head ends: its first space, or the line's end. */
function headEnd(line: string): number {
  const end = line.indexOf(' ');
  return end < 0 ? line.length : end;
}

/**
 * The lines of a table that hold forms of each bucket (their first two characters), ascending: each
 * line by its head's bucket and by each of its forms'. Line 0 is the dictionary line, when there is one.
 */
function linesByBucket(lines: readonly string[], dictionary: Dictionary | undefined): Map<number, number[]> {
  const shared = dictionary?.codes ?? [];
  const linesOf = new Map<number, number[]>();
  const note = (bucket: number, index: number): void => {
    const list = linesOf.get(bucket);
    if (list === undefined) {
      linesOf.set(bucket, [index]);
    } else if (list[list.length - 1] !== index) {
      list.push(index);
    }
  };
  for (let index = dictionary === undefined ? 0 : 1; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const start = line.charCodeAt(0) === BANG ? 1 : 0;
    const end = headEnd(line);
    if (line !== '') {
      note(bucketOf(line.slice(start, end)), index);
    }
    forEachForm(line, line.slice(start, end), end, shared, (form) => note(bucketOf(form), index));
  }
  return linesOf;
}

/** The most lines one run of the index holds (its count is one base-64 digit). */
const MAX_RUN = 63;

/** A bucket's name in the index: its two characters, the line separator (which no form holds) standing in for a missing one. */
function indexName(bucket: number): string {
  if (bucket < 0) {
    return LINE + LINE;
  }
  const second = bucket % 0x10000;
  return String.fromCharCode(Math.floor(bucket / 0x10000)) + (second === NO_SECOND ? LINE : String.fromCharCode(second));
}

/**
 * The index of a table (the generator's half; see decodeLemmaTable): a decimal digit W, then per
 * bucket a space, its name (two characters, indexName), and the runs of consecutive lines that hold
 * forms of it, each as the offset in the table where the run starts, in W base-64 digits, and its
 * number of lines, in one (at most MAX_RUN: a longer run is written as two). Most buckets have one
 * run, the families whose heads start with its two characters (the table is in order of heads), and
 * a few lines of irregular forms ("went" of "go") besides. The index ships beside the table in the
 * tagger's bundle, whose size is budgeted: a run takes W + 1 characters.
 */
export function encodeLemmaIndex(encoded: string): string {
  const lines = encoded.split(LINE);
  const linesOf = linesByBucket(lines, readDictionary(lines[0] ?? ''));
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const width = base64Width(encoded.length);
  if (width > 9) {
    throw new Error('lemma index: the table is too long');
  }
  let index = String(width);
  for (const [bucket, list] of [...linesOf].sort((a, b) => a[0] - b[0])) {
    const name = indexName(bucket);
    if (/[ \ud800-\udfff]/.test(name)) {
      throw new Error(`lemma index: a form or head starts with a space or half a surrogate pair ("${name}")`);
    }
    index += ` ${name}`;
    for (let at = 0; at < list.length;) {
      let last = at;
      while (last + 1 < list.length && last + 1 - at < MAX_RUN && list[last + 1] === (list[last] as number) + 1) {
        last += 1;
      }
      index += writeBase64(starts[list[at] as number] as number, width) + writeBase64(last + 1 - at, 1);
      at = last + 1;
    }
  }
  return index;
}

/**
 * Decodes one language's table (see the file comment), lazily: the forms of one bucket (their first
 * two characters) are decoded the first time a word of that bucket is looked up, from the lines that
 * hold them, which the table's index names (encodeLemmaIndex; the generator writes it beside the
 * table). The tagger loads its English table on its first tag, in V8's interpreter, where decoding
 * all ~5,500 forms at once was the largest part of loading, and where splitting the table into its
 * ~1,700 lines and finding each first letter's lines was still the largest part of what was left: a
 * first tag needs the buckets of its own words only, and with the index it reads only their lines,
 * about ten for each (a first letter's were about sixty, 0.2-0.4 ms in the interpreter). A table
 * without an index (tests, the trainer's tables) is indexed when it is decoded, the same way.
 *
 * A form almost always starts with its family's first two letters (it keeps a prefix of the head);
 * the few that do not ("went" of "go", "bought" of "buy", German "gesagt" of "sagen") are in the
 * index under their own bucket too. Each bucket's lines are decoded in table order and set only the
 * forms of that bucket, so a form written twice reads as its last line says, as decoding the whole
 * table in one pass would.
 */
export function decodeLemmaTable(language: TaggerLanguage, encoded: string, index: string = encodeLemmaIndex(encoded)): LemmaTable {
  const width = index.charCodeAt(0) - 48;
  let dictionary: Dictionary | undefined | null = null; // null: not read yet.
  const decoded = new Map<number, Map<string, LemmaEntry>>();
  const get = (word: string): LemmaEntry | undefined => {
    const bucket = bucketOf(word);
    let forms = decoded.get(bucket);
    if (forms === undefined) {
      if (dictionary === null) {
        const firstEnd = encoded.indexOf(LINE);
        dictionary = readDictionary(firstEnd < 0 ? encoded : encoded.slice(0, firstEnd));
      }
      forms = new Map<string, LemmaEntry>();
      const shared = dictionary?.codes ?? [];
      const entry = index.indexOf(` ${indexName(bucket)}`);
      let end = index.indexOf(' ', entry + 1);
      end = end < 0 ? index.length : end;
      for (let run = entry < 0 ? end : entry + 3; run < end; run += width + 1) {
        let at = readBase64(index, run, width);
        for (let count = readBase64(index, run + width, 1); count > 0; count--) {
          let lineEnd = encoded.indexOf(LINE, at);
          lineEnd = lineEnd < 0 ? encoded.length : lineEnd;
          decodeLine(encoded.slice(at, lineEnd), bucket, shared, forms);
          at = lineEnd + 1;
        }
      }
      decoded.set(bucket, forms);
    }
    return forms.get(word);
  };
  return {
    language,
    get families() {
      const lines = encoded.split(LINE);
      return lines.slice(readDictionary(lines[0] ?? '') === undefined ? 0 : 1)
        .filter((line) => line !== '').map((line) => line.slice(line.charCodeAt(0) === BANG ? 1 : 0, headEnd(line)));
    },
    lookup(word) {
      const entry = get(word);
      if (entry !== undefined || language !== 'de') {
        return entry;
      }
      for (const variant of germanVariants(word)) {
        const known = get(variant);
        if (known !== undefined) {
          return { ...known, readAs: variant };
        }
      }
      if (word.length < MIN_TAIL + MIN_HEAD) {
        return undefined;
      }
      for (let start = MIN_HEAD; start <= word.length - MIN_TAIL; start++) {
        const tail = get(word.slice(start));
        if (tail !== undefined) {
          return { ...tail, readAs: word.slice(start) };
        }
      }
      return undefined;
    },
  };
}

/**
 * Calls `visit` with each form coded after the head of `line` (which ends at `codeEnd`), in order,
 * with its evidence flag: a token whose first character names a shared code is a run of such names.
 */
function forEachForm(line: string, head: string, codeEnd: number, shared: readonly (string | undefined)[], visit: (form: string, evidence: boolean) => void): void {
  while (codeEnd < line.length) {
    const codeStart = codeEnd + 1;
    codeEnd = line.indexOf(' ', codeStart);
    if (codeEnd < 0) {
      codeEnd = line.length;
    }
    if (shared[line.charCodeAt(codeStart)] !== undefined) {
      for (let at = codeStart; at < codeEnd; at++) {
        const code = shared[line.charCodeAt(at)] ?? '';
        const evidence = code.charCodeAt(0) !== BANG;
        visit(decodeForm(head, code, evidence ? 0 : 1, code.length), evidence);
      }
      continue;
    }
    const evidence = line.charCodeAt(codeStart) !== BANG;
    visit(decodeForm(head, line, evidence ? codeStart : codeStart + 1, codeEnd), evidence);
  }
}

/** Sets in `forms` the head and the forms of one line whose bucket is `bucket` (a plain loop, no callback: it runs cold, in the interpreter). */
function decodeLine(line: string, bucket: number, shared: readonly (string | undefined)[], forms: Map<string, LemmaEntry>): void {
  const headEvidence = line.charCodeAt(0) !== BANG;
  let codeEnd = headEnd(line);
  const head = line.slice(headEvidence ? 0 : 1, codeEnd);
  if (bucketOf(head) === bucket) {
    forms.set(head, { family: head, evidence: headEvidence });
  }
  let evidenceEntry: LemmaEntry | undefined;
  let plainEntry: LemmaEntry | undefined;
  while (codeEnd < line.length) {
    const codeStart = codeEnd + 1;
    codeEnd = line.indexOf(' ', codeStart);
    if (codeEnd < 0) {
      codeEnd = line.length;
    }
    // A run of shared codes' names, or one code.
    const run = shared[line.charCodeAt(codeStart)] !== undefined;
    for (let at = codeStart; at < (run ? codeEnd : codeStart + 1); at++) {
      const code = run ? shared[line.charCodeAt(at)] ?? '' : line;
      const start = run ? 0 : codeStart;
      const evidence = code.charCodeAt(start) !== BANG;
      const form = decodeForm(head, code, evidence ? start : start + 1, run ? code.length : codeEnd);
      if (bucketOf(form) === bucket) {
        forms.set(form, evidence ? (evidenceEntry ??= { family: head, evidence: true }) : (plainEntry ??= { family: head, evidence: false }));
      }
    }
  }
}

/**
 * A set of a table's families as a mask (lemmaTables.ts `withQuiet`): one base-64 digit
 * (base64Numbers.ts) per six families in table order (`families`, as decodeLemmaTable lists them),
 * bit `place % 6` of digit `place / 6` set for the family at `place`, the digits past the last named
 * family left off. Most families of the shipped tables are named, so this is about an eighth of their
 * places written out in two digits each. Throws for a place that is not a non-negative integer.
 */
export function encodeFamilyMask(places: readonly number[]): string {
  const digits: number[] = [];
  for (const place of places) {
    if (!Number.isInteger(place) || place < 0) {
      throw new Error(`family mask: ${place} is not a place in the table`);
    }
    const at = Math.floor(place / MASK_BITS);
    while (digits.length <= at) {
      digits.push(0);
    }
    digits[at] = (digits[at] as number) | (1 << (place % MASK_BITS));
  }
  return digits.map((digit) => BASE64_DIGITS[digit] as string).join('');
}

/**
 * The families `mask` names (encodeFamilyMask) of the table encoded as `encoded`, read by walking its
 * lines rather than listing them all: the shipped quiet families are named so, and listing every
 * family cost milliseconds of the first tag (bench/bundle.ts). Reading stops at the mask's end, or at
 * a character that is no digit.
 */
export function familiesInMask(encoded: string, mask: string): Set<string> {
  const named = new Set<string>();
  let start = 0;
  let place = 0;
  if (encoded.startsWith(DICTIONARY)) {
    const end = encoded.indexOf(LINE);
    start = end < 0 ? encoded.length : end + 1;
  }
  let digit = 0;
  while (start < encoded.length) {
    if (place % MASK_BITS === 0) {
      digit = digitValue(mask, place / MASK_BITS);
      if (digit < 0) {
        break;
      }
    }
    let end = encoded.indexOf(LINE, start);
    end = end < 0 ? encoded.length : end;
    if (end > start) { // An empty line is no family (as `families` reads them).
      if (((digit >> (place % MASK_BITS)) & 1) === 1) {
        const head = encoded.charCodeAt(start) === BANG ? start + 1 : start;
        const space = encoded.indexOf(' ', head);
        named.add(encoded.slice(head, space < 0 || space > end ? end : space));
      }
      place += 1;
    }
    start = end + 1;
  }
  return named;
}

/** Encodes families (name → forms with their evidence flag) as {@link decodeLemmaTable} reads them, with a dictionary of shared codes. */
export function encodeLemmaTable(families: ReadonlyMap<string, ReadonlyMap<string, boolean>>): string {
  const rows: { head: string; codes: string[]; shareable: boolean[] }[] = [];
  const used = new Set<string>();
  for (const [head, forms] of families) {
    // A head that is not itself a known form (its forms are all inflected) is written as not evidence.
    const headEvidence = forms.get(head) ?? false;
    const row = { head: `${headEvidence ? '' : '!'}${head}`, codes: [] as string[], shareable: [] as boolean[] };
    for (const char of head) {
      used.add(char);
    }
    for (const [form, evidence] of [...forms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      if (form === head) {
        continue;
      }
      for (const char of form) {
        used.add(char);
      }
      let common = 0;
      while (common < head.length && common < form.length && head[common] === form[common]) {
        common++;
      }
      const drop = head.length - common;
      const plain = drop <= 9 && !form.includes(' ');
      row.codes.push(`${evidence ? '' : '!'}${plain ? `${drop}${form.slice(common)}` : `=${form}`}`);
      row.shareable.push(plain && drop < head.length); // Keeps the head's first letter.
    }
    rows.push(row);
  }
  // The commonest shareable codes get the free characters, those that save the most first.
  const counts = new Map<string, number>();
  for (const row of rows) {
    row.codes.forEach((code, at) => {
      if (row.shareable[at] === true) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    });
  }
  const names = [...REF_CHARS].filter((char) => !used.has(char));
  const chosen = [...counts].filter(([, count]) => count >= 3)
    .sort((a, b) => b[1] * b[0].length - a[1] * a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, names.length);
  const nameOf = new Map(chosen.map(([code], at) => [code, names[at] as string]));
  const lines = chosen.length === 0 ? [] : [`${DICTIONARY}${chosen.map(([code]) => `${nameOf.get(code) as string}${code}`).join(' ')}`];
  for (const row of rows) {
    let run = '';
    const rest: string[] = [];
    row.codes.forEach((code, at) => {
      const name = row.shareable[at] === true ? nameOf.get(code) : undefined;
      if (name === undefined) {
        rest.push(code);
      } else {
        run += name;
      }
    });
    lines.push([row.head, ...(run === '' ? [] : [run]), ...rest].join(' '));
  }
  return lines.join(LINE);
}
