// Dialect forms a manager writes as they speak, read as the standard word — the English and
// German counterpart of spellingVariants.ts for forms that are not one regular sound change away.
// The fourteenth blind test part (docs/figures.md) showed what they cost: a Glaswegian writer's
// "naebody", "telt" and "cannae" and a Bavarian writer's "i hab … ned" were words no table knew, so
// their sentences lost their cues and the trap reader, which needs the writer as the one acting,
// did not see "i" as the writer at all.
//
// Contract: pure data and two lookups. `scotsNegative(word)` gives the auxiliary of a Scots "-nae"
// form ("cannae" → "can", then "not"), or undefined. `dialectWord(word, language)` gives the standard
// word for a known dialect form, or undefined; the tokeniser reads the standard word in its place
// (its flags and stem), keeping the written word for cues that need it. The lists are the same at
// build time and at run time.
import type { TaggerLanguage } from './lemmaTable';

/** Scots "-nae" negatives: the auxiliary they carry ("didnae" → "did" + "not"). */
const SCOTS_NEGATIVES: ReadonlyMap<string, string> = new Map([
  ['cannae', 'can'], ['canna', 'can'], ['dinnae', 'do'], ['dinna', 'do'], ['didnae', 'did'], ['doesnae', 'does'],
  ['isnae', 'is'], ['wasnae', 'was'], ['arenae', 'are'], ['werenae', 'were'], ['wouldnae', 'would'],
  ['couldnae', 'could'], ['shouldnae', 'should'], ['willnae', 'will'], ['winnae', 'will'], ['wullnae', 'will'],
  ['havenae', 'have'], ['hivnae', 'have'], ['hasnae', 'has'], ['hadnae', 'had'], ['mustnae', 'must'], ['mightnae', 'might'],
]);

/** Single dialect words and the standard word they stand for, per language. */
const DIALECT_WORDS: Readonly<Record<TaggerLanguage, ReadonlyMap<string, string>>> = {
  en: new Map([
    // Scots (Glasgow, Edinburgh, the Borders): function words, negatives, and common verbs.
    ['tae', 'to'], ['wi', 'with'], ['fae', 'from'], ['frae', 'from'], ['oot', 'out'], ['aboot', 'about'], ['ower', 'over'],
    ['nae', 'no'], ['naebody', 'nobody'], ['naething', 'nothing'], ['naw', 'no'], ['aye', 'yes'], ['ye', 'you'], ['yer', 'your'],
    ['masel', 'myself'], ['hissel', 'himself'], ['yersel', 'yourself'], ['oor', 'our'], ['thae', 'those'], ['yin', 'one'],
    ['telt', 'told'], ['daein', 'doing'], ['gaun', 'going'], ['gonnae', 'going'], ['wannae', 'want'], ['ken', 'know'],
    ['kent', 'knew'], ['efter', 'after'], ['mair', 'more'], ['guid', 'good'], ['richt', 'right'], ['awfy', 'awful'],
    ['greetin', 'crying'], ['bairn', 'child'], ['bairns', 'children'], ['wean', 'child'], ['weans', 'children'], ['ain', 'own'],
    // Spoken American and general informal English: "'em", "gonna", "gotta", "y'all".
    ['em', 'them'], ['gonna', 'going'], ['gotta', 'got'], ['wanna', 'want'], ['yall', 'you'],
  ]),
  de: new Map([
    // Bavarian and Austrian, Swabian, Alemannic: the pronoun of the writer, negatives, common verbs.
    ['i', 'ich'], ['mia', 'wir'], ['ned', 'nicht'], ['net', 'nicht'], ['nit', 'nicht'], ['koa', 'kein'], ['koan', 'keinen'],
    ['koane', 'keine'], ['koana', 'keiner'], ['koi', 'kein'], ['nix', 'nichts'], ['hob', 'habe'], ['hab', 'habe'],
    ['hend', 'haben'], ['hamma', 'haben'], ['is', 'ist'], ['scho', 'schon'], ['glei', 'gleich'], ['heid', 'heute'],
    ['heit', 'heute'], ['ois', 'alles'], ['oiwei', 'immer'], ['zwoa', 'zwei'], ['amoi', 'einmal'], ['oamoi', 'einmal'],
    ['nomal', 'nochmal'], ['nomoi', 'nochmal'], ['nochamoi', 'nochmal'], ['wos', 'was'], ['wia', 'wie'], ['hoid', 'halt'],
    ['ebba', 'jemand'], ['leit', 'leute'], ['bissl', 'bisschen'], ['bissle', 'bisschen'], ['gwesn', 'gewesen'],
    // Official German: the writer as "der Unterzeichner" or "die Unterzeichnerin" (the undersigned).
    ['unterzeichner', 'ich'], ['unterzeichnerin', 'ich'], ['unterzeichnende', 'ich'], ['unterzeichnenden', 'ich'],
  ]),
};

export function scotsNegative(word: string): string | undefined {
  return SCOTS_NEGATIVES.get(word);
}

export function dialectWord(word: string, language: TaggerLanguage): string | undefined {
  return DIALECT_WORDS[language].get(word);
}
