// Generators of front matter as people write it, for the property test of the front-matter writer.
// A generated case knows which of its pieces are the user's and which are the product's (owned), so
// the test can say what must survive a write: every user piece, byte for byte and in order, and
// every comment inside an owned piece.
import fc from 'fast-check';

/** The keys the tagger owns (src/core/tagger/frontMatterTags.ts). */
export const OWNED_KEYS = ['tags', 'why', 'how', 'functions', 'style', 'traps'] as const;

export interface Piece {
  /** Whole lines (each ending in `\n`), or, in a flow map, one `key: value` item. */
  readonly text: string;
  readonly owned: boolean;
  /** The comments inside an owned piece, each from `#` to the end of its line. */
  readonly comments: readonly string[];
  /** Anchors it defines, aliases it uses. */
  readonly anchors: readonly string[];
  readonly aliases: readonly string[];
}

export interface FrontMatterCase {
  /** The whole entry: BOM, fences, front matter, body. */
  readonly text: string;
  /** The pieces, in order, as they appear in `text` (line breaks converted, indentation added). */
  readonly pieces: readonly Piece[];
  readonly body: string;
  readonly shape: 'block' | 'flow';
  /** An alias outside an owned piece reads an anchor inside one: the writer may refuse. */
  readonly aliasIntoOwned: boolean;
  /**
   * An owned pair sits between a block scalar and indented lines (comments, spaces): removing it
   * would make those lines the scalar's text, so the writer may refuse.
   */
  readonly foldRisk: boolean;
}

const word = fc.constantFrom('Ana', 'Sam Lee', 'calm', 'über-team', 'Ünïcödé', 'x', 'plan', '2026-11-23', '42', '0.5', 'yes', 'null', '~', 'true', 'a/b', 'x@y.z', '😀', '12 apples');
const quoted = fc.constantFrom(`'it''s'`, `"a \\"b\\" \\n c"`, `'# not a comment'`, `"key: value"`, `""`, `''`, `"\\u00e9"`, `'[not, a, list]'`);
const flowList = fc.array(fc.oneof(word, quoted), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
const flowMap = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c d'), fc.oneof(word, quoted, flowList)), { maxLength: 2 })
  .map((items) => `{${items.map(([key, value]) => `${key}: ${value}`).join(', ')}}`);
const comment = fc.constantFrom('# mine', '# a note: with colon', '#', '# [brackets] {braces}', '# tags: [why]', '# ü ✓');
const inlineComment = fc.option(comment.map((text) => `  ${text}`), { nil: '' });

/** A scalar or flow value that fits on one line. */
const inlineValue = fc.oneof(word, quoted, flowList, flowMap);

/** Lines of a block value after `key:` (each starting with `\n`), with the indentation given. */
function blockValue(indent: string): fc.Arbitrary<string> {
  const item = fc.tuple(fc.oneof(word, quoted, flowList), inlineComment).map(([value, note]) => `\n${indent}- ${value}${note}`);
  const commentLine = comment.map((text) => `\n${indent}${text}`);
  const list = fc.array(fc.oneof(item, item, commentLine), { minLength: 1, maxLength: 4 })
    .filter((lines) => lines.some((line) => /^\n\s*- /.test(line)))
    .map((lines) => lines.join(''));
  const map = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'k'), inlineValue, inlineComment), { minLength: 1, maxLength: 3 })
    .map((pairs) => pairs.map(([key, value, note]) => `\n${indent}${key}: ${value}${note}`).join(''));
  const lines = fc.array(fc.constantFrom('line one', '# not a comment', '', '  deeper', 'tags: [how]', 'key: value'), { minLength: 1, maxLength: 4 });
  const scalar = fc.tuple(fc.constantFrom('|', '|-', '|+', '>', '>-'), lines)
    .map(([header, body]) => ` ${header}${body.map((line) => (line === '' ? '\n' : `\n${indent}${line}`)).join('')}`);
  return fc.oneof(list, map, scalar);
}

interface Names {
  readonly userAnchors: readonly string[];
  readonly ownedAnchors: readonly string[];
}

/** A user pair on block lines. `names` are the anchors defined before it, which it may alias. */
function userPair(index: number, names: Names): fc.Arbitrary<Piece> {
  const key = fc.constantFrom('mine', 'note', 'date', 'kind', 'people', 'Title', '"my key"', `k${index}`, 'tags_old', 'styles');
  const anchor = `u${index}`;
  const aliasTo = [...names.userAnchors, ...names.ownedAnchors];
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(inlineValue, inlineComment).map(([v, note]) => ({ text: ` ${v}${note}`, anchors: [] as string[], aliases: [] as string[] })) },
    { weight: 3, arbitrary: blockValue('  ').map((text) => ({ text, anchors: [] as string[], aliases: [] as string[] })) },
    { weight: 1, arbitrary: fc.constant({ text: '', anchors: [] as string[], aliases: [] as string[] }) },
    { weight: 1, arbitrary: inlineValue.map((v) => ({ text: ` &${anchor} ${v}`, anchors: [anchor], aliases: [] as string[] })) },
    ...(aliasTo.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...aliasTo).map((name) => ({ text: ` *${name}`, anchors: [] as string[], aliases: [name] })) }] : []),
  );
  return fc.tuple(key, value).map(([k, v]) => ({ text: `${k}:${v.text}\n`, owned: false, comments: [], anchors: v.anchors, aliases: v.aliases }));
}

/** An owned pair in any of the forms a person might leave it in. */
function ownedPair(index: number, userAnchors: readonly string[]): fc.Arbitrary<Piece> {
  const key = fc.constantFrom(...OWNED_KEYS);
  const anchor = `o${index}`;
  return fc.tuple(key, fc.nat(9), inlineValue, blockValue('  '), comment, fc.constantFrom(...(userAnchors.length > 0 ? userAnchors : ['none']))).map(([k, form, value, block, note, alias]): Piece => {
    const comments = (text: string): string[] => text.split('\n').map((line) => /(?:^|\s)(#.*)$/.exec(line)?.[1]).filter((c): c is string => c !== undefined && !/^# not a comment/.test(c) && !/^\s*(?:\||>)/.test(c));
    const piece = (text: string, notes: readonly string[] = [], anchors: string[] = [], aliases: string[] = []): Piece => ({ text, owned: true, comments: notes, anchors, aliases });
    switch (form) {
      case 0: return piece(`${k}: ${value}\n`);
      case 1: return piece(`${k}: ${value}  ${note}\n`, [note]);
      case 2: return piece(`${k}:\n`);
      case 3: return piece(`${k}: ${note}\n`, [note]);
      case 4: return piece(`${k}:${block}\n`, /^\s*[|>]/.test(block) ? [] : comments(block));
      case 5: return piece(`? ${k}\n: ${value}\n`);
      case 6: return piece(`"${k}": ~\n`);
      case 7: return piece(`${k}: &${anchor} ${value}\n`, [], [anchor]);
      case 8: return userAnchors.length > 0 ? piece(`${k}: *${alias}\n`, [], [], [alias]) : piece(`${k}: [why]\n`);
      default: return piece(`${k}:   ${note}\n  - why\n`, [note]);
    }
  });
}

/** A comment line; after a block scalar only at the map's indentation, as deeper it would be the scalar's text. */
function commentLine(afterBlockScalar: boolean): fc.Arbitrary<Piece> {
  return fc.tuple(afterBlockScalar ? fc.constant('') : fc.constantFrom('', '  ', '    '), comment)
    .map(([indent, text]) => ({ text: `${indent}${text}\n`, owned: false, comments: [], anchors: [], aliases: [] }));
}
const blankLine: fc.Arbitrary<Piece> = fc.constantFrom('\n', '   \n').map((text) => ({ text, owned: false, comments: [], anchors: [], aliases: [] }));

/** Up to `count` pieces, built one after the other so an alias only reads an anchor defined before it. */
function blockPieces(count: number): fc.Arbitrary<Piece[]> {
  let arbitrary: fc.Arbitrary<Piece[]> = fc.constant([]);
  for (let index = 0; index < count; index++) {
    arbitrary = arbitrary.chain((pieces) => {
      const userAnchors = pieces.filter((p) => !p.owned).flatMap((p) => p.anchors);
      const ownedAnchors = pieces.filter((p) => p.owned).flatMap((p) => p.anchors);
      const lastPair = [...pieces].reverse().find(isPair);
      const afterBlockScalar = /:(?: &\S+)? [|>][-+]?\n/.test(lastPair?.text ?? '');
      return fc.oneof(
        { weight: 4, arbitrary: userPair(index, { userAnchors, ownedAnchors }) },
        { weight: 4, arbitrary: ownedPair(index, userAnchors) },
        { weight: 2, arbitrary: commentLine(afterBlockScalar) },
        { weight: 1, arbitrary: blankLine },
      ).map((piece) => [...pieces, piece]);
    });
  }
  return arbitrary;
}

/** An item of a flow map: a user pair or an owned one, on one line, no comments. */
function flowItem(): fc.Arbitrary<Piece> {
  const user = fc.tuple(fc.constantFrom('mine', 'date', 'kind', 'note', '"my key"'), inlineValue)
    .map(([key, value]): Piece => ({ text: `${key}: ${value}`, owned: false, comments: [], anchors: [], aliases: [] }));
  const owned = fc.tuple(fc.constantFrom(...OWNED_KEYS), fc.oneof(inlineValue, fc.constant('~'), fc.constant('')))
    .map(([key, value]): Piece => ({ text: value === '' ? `${key}:` : `${key}: ${value}`, owned: true, comments: [], anchors: [], aliases: [] }));
  return fc.oneof(user, owned);
}

/**
 * Line endings: one kind throughout, or a mix per line. A mix never puts a lone CR where an LF could
 * follow it (the two would read as one CRLF break, and the generated pieces would no longer be lines).
 */
const lineEnding = fc.constantFrom('lf', 'crlf', 'cr', 'lf+crlf', 'cr+crlf');
const body = fc.oneof(
  fc.constantFrom('', '\n# Monday\n\nMy  words\t\n', 'text without a final break', '---\nnot: front matter\n---\n', '\n- [ ] call Ana #commit\n'),
  fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '-', '#', ':', '\t', 'é', '`') , maxLength: 40 }),
);

/** A converter of `\n` to the chosen line ending, continued across calls; a mix takes one per line from `choices`. */
function lineEndings(ending: string, choices: readonly number[]): (text: string) => string {
  let index = 0;
  return (text) => text.replace(/\n/g, () => {
    const mixed = ending.includes('+');
    const kinds = ending === 'lf+crlf' ? ['\n', '\r\n'] : ending === 'cr+crlf' ? ['\r', '\r\n'] : ending === 'crlf' ? ['\r\n'] : ending === 'cr' ? ['\r'] : ['\n'];
    return (mixed ? kinds[(choices[index++ % Math.max(choices.length, 1)] ?? 0) % kinds.length] : kinds[0]) ?? '\n';
  });
}

export const frontMatterCase: fc.Arbitrary<FrontMatterCase> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.nat(7).chain(blockPieces), fc.constantFrom('', '', '', '  ', '    ')).map(([pieces, indent]) => ({ pieces, indent, shape: 'block' as const })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(flowItem(), { maxLength: 5 }), fc.constantFrom(', ', ',\n  ', ' , '), fc.boolean(), fc.option(comment, { nil: undefined }))
      .map(([items, separator, trailingComma, note]) => ({ pieces: items, indent: '', shape: 'flow' as const, separator, trailingComma, note })),
  },
).chain((layout) => fc.tuple(fc.constant(layout), lineEnding, fc.array(fc.nat(2), { maxLength: 16 }), body, fc.boolean()))
  .map(([layout, ending, choices, entryBody, bom]): FrontMatterCase => {
    // Indentation goes on every line that starts a pair; the lines inside a value keep theirs, shifted as much.
    const indented = layout.pieces.map((piece) => (layout.indent === '' || layout.shape === 'flow'
      ? piece
      : { ...piece, text: piece.text.replace(/^(?=.)/gm, layout.indent) }));
    const convert = lineEndings(ending, choices);
    const open = convert('---\n');
    let pieces: Piece[];
    let yaml: string;
    if (layout.shape === 'flow') {
      const flow = layout as unknown as { separator: string; trailingComma: boolean; note: string | undefined };
      pieces = indented; // One line each.
      const items = pieces.map((piece) => piece.text);
      yaml = convert(`{${items.join(flow.separator)}${flow.trailingComma && items.length > 0 ? ',' : ''}}${flow.note ? `  ${flow.note}` : ''}\n`);
    } else {
      pieces = indented.map((piece) => ({ ...piece, text: convert(piece.text) }));
      yaml = pieces.map((piece) => piece.text).join('');
    }
    const text = `${bom ? '\uFEFF' : ''}${open}${yaml}${convert('---\n')}${entryBody}`;
    const ownedAnchors = new Set(pieces.filter((p) => p.owned).flatMap((p) => p.anchors));
    const aliasIntoOwned = pieces.some((p) => !p.owned && p.aliases.some((name) => ownedAnchors.has(name)));
    return { text, pieces, body: entryBody, shape: layout.shape, aliasIntoOwned, foldRisk: layout.shape === 'block' && foldRisk(indented, layout.indent) };
  });

function isPair(piece: Piece): boolean {
  return /^\s*(?:[^\s#]|\?)/.test(piece.text);
}

function foldRisk(pieces: readonly Piece[], indent: string): boolean {
  let afterBlockScalar = false;
  let keepsBlankLines = false;
  for (const [index, piece] of pieces.entries()) {
    if (!isPair(piece)) {
      continue;
    }
    if (piece.owned && afterBlockScalar) {
      const next = pieces.slice(index + 1);
      const until = next.findIndex(isPair);
      const between = until < 0 ? next : next.slice(0, until);
      // Indented lines would join the scalar; with keep chomping (`|+`, `>+`) blank lines would too.
      if (between.some((line) => line.text.startsWith(`${indent} `) || line.text.startsWith(`${indent}\t`)
        || (keepsBlankLines && /^[ \t]*\r?\n?$/.test(line.text)))) {
        return true;
      }
      // So would what the pair's own text leaves when the pair is removed: its comment lines (a
      // comment indented less than its own block scalar's text ends that scalar), which then follow
      // the scalar before and join it if indented at all; and its blank lines, with keep chomping.
      if (survivingLines(piece.text, indent, keepsBlankLines)) {
        return true;
      }
    }
    // An owned pair may itself be removed (a duplicate key, or one the tagger no longer writes), so
    // a run of owned pairs does not end the risk: the lines after the run may meet the block scalar.
    const scalar = /:(?: &\S+)? [|>]([-+]?)\n/.exec(piece.text);
    if (!piece.owned || scalar) {
      afterBlockScalar = scalar !== null;
      keepsBlankLines = scalar?.[1] === '+';
    }
  }
  return false;
}

/**
 * True when an owned pair's text holds lines that may stay when the pair is removed and would join a
 * block scalar before it: comment lines indented deeper than the map (in a block scalar pair, those
 * indented less than its text, which end it), or blank lines when that scalar keeps them (`|+`).
 */
function survivingLines(text: string, indent: string, keepsBlankLines: boolean): boolean {
  const lines = text.split(/\r\n|\r|\n/).slice(1);
  if (keepsBlankLines && lines.slice(0, -1).some((line) => line.trim() === '')) {
    return true;
  }
  const depth = (line: string): number => line.length - line.trimStart().length;
  const content = lines.filter((line) => line.trim() !== '');
  const scalarDepth = /:(?: &\S+)? [|>]/.test(text.split(/\r\n|\r|\n/)[0] ?? '') && content[0] !== undefined ? depth(content[0]) : Infinity;
  return content.some((line) => /^[ \t]+#/.test(line) && depth(line) < scalarDepth && depth(line) > indent.length);
}

/** What the tagger would write: any subset of its keys, with values of the kinds it writes. */
export const tagPatchArbitrary = fc.record({
  tags: fc.constantFrom(['why'], ['how'], ['balanced'], ['unclear']),
  why: fc.constantFrom(0, 0.28, 0.5, 0.72, 1),
  how: fc.constantFrom(0, 0.28, 0.5, 0.72, 1),
  functions: fc.subarray(['direction', 'alignment', 'motivation', 'planning', 'organising', 'controlling']),
  style: fc.option(fc.constantFrom('directing', 'coaching', 'supporting', 'delegating'), { nil: undefined }),
  traps: fc.subarray(['micromanaging-leader', 'visionless-manager', 'nice-leader-no-follow-through', 'taskmaster-manager']),
}, { requiredKeys: [] });
