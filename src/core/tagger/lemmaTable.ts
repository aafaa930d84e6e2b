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
// is not evidence. German also splits compounds: a word no table knows is read as its longest known
// tail of at least four letters, leaving at least three in front ("Dienstplan" → "plan").
export type TaggerLanguage = 'en' | 'de';

export interface LemmaEntry {
  /** The family's name: the lemma shown in cues. */
  readonly family: string;
  /** False for forms that only name a thing, a time, a group or a person. */
  readonly evidence: boolean;
}

export interface LemmaTable {
  readonly language: TaggerLanguage;
  /** The family of a lower-case word, or undefined when it is its own (unknown) family. */
  lookup(word: string): LemmaEntry | undefined;
  /** Every family name, in table order. */
  readonly families: readonly string[];
}

const BANG = 33; // `!`
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

/**
 * Decodes one language's table (see the file comment). One pass with `indexOf`, no array per line
 * or per form: the tagger decodes its English table while it loads, in V8's interpreter, so every
 * temporary shows in the load time.
 */
export function decodeLemmaTable(language: TaggerLanguage, encoded: string): LemmaTable {
  const forms = new Map<string, LemmaEntry>();
  const families: string[] = [];
  const length = encoded.length;
  for (let lineStart = 0; lineStart < length;) {
    let lineEnd = encoded.indexOf(LINE, lineStart);
    if (lineEnd < 0) {
      lineEnd = length;
    }
    if (lineEnd > lineStart) {
      let codeEnd = encoded.indexOf(' ', lineStart);
      if (codeEnd < 0 || codeEnd > lineEnd) {
        codeEnd = lineEnd;
      }
      const headEvidence = encoded.charCodeAt(lineStart) !== BANG;
      const head = encoded.slice(headEvidence ? lineStart : lineStart + 1, codeEnd);
      families.push(head);
      forms.set(head, { family: head, evidence: headEvidence });
      const evidenceEntry: LemmaEntry = { family: head, evidence: true };
      const plainEntry: LemmaEntry = { family: head, evidence: false };
      while (codeEnd < lineEnd) {
        const codeStart = codeEnd + 1;
        codeEnd = encoded.indexOf(' ', codeStart);
        if (codeEnd < 0 || codeEnd > lineEnd) {
          codeEnd = lineEnd;
        }
        const evidence = encoded.charCodeAt(codeStart) !== BANG;
        forms.set(decodeForm(head, encoded, evidence ? codeStart : codeStart + 1, codeEnd), evidence ? evidenceEntry : plainEntry);
      }
    }
    lineStart = lineEnd + 1;
  }
  return {
    language,
    families,
    lookup(word) {
      const entry = forms.get(word);
      if (entry !== undefined || language !== 'de' || word.length < MIN_TAIL + MIN_HEAD) {
        return entry;
      }
      for (let start = MIN_HEAD; start <= word.length - MIN_TAIL; start++) {
        const tail = forms.get(word.slice(start));
        if (tail !== undefined) {
          return tail;
        }
      }
      return undefined;
    },
  };
}

/** Encodes families (name → forms with their evidence flag) as {@link decodeLemmaTable} reads them. */
export function encodeLemmaTable(families: ReadonlyMap<string, ReadonlyMap<string, boolean>>): string {
  const lines: string[] = [];
  for (const [head, forms] of families) {
    // A head that is not itself a known form (its forms are all inflected) is written as not evidence.
    const headEvidence = forms.get(head) ?? false;
    const codes = [`${headEvidence ? '' : '!'}${head}`];
    for (const [form, evidence] of [...forms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      if (form === head) {
        continue;
      }
      let common = 0;
      while (common < head.length && common < form.length && head[common] === form[common]) {
        common++;
      }
      const drop = head.length - common;
      const code = drop <= 9 && !form.includes(' ') ? `${drop}${form.slice(common)}` : `=${form}`;
      codes.push(`${evidence ? '' : '!'}${code}`);
    }
    lines.push(codes.join(' '));
  }
  return lines.join(LINE);
}
