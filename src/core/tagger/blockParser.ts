// The markdown-it instance the tagger reads entries with: block structure only, created once.
//
// Speed: the published markdown-it 15 build sets every field of a token and of the block state
// through a transpiled class-field helper (`_defineProperty`, one `Object.defineProperty` per field),
// which was about half of a block-only parse. This instance's block state is markdown-it's own
// (its prototype, so every rule and method is markdown-it's) built by a constructor of its own:
// plain assignments of the same fields, and the same line table found a line at a time with
// `indexOf` instead of a test of every character; and it creates tokens with plain assignments —
// the same fields in the same order, on `Token.prototype`, so the tokens are indistinguishable
// (`instanceof Token`, methods, JSON). It goes through markdown-it's own extension point
// (`md.block.State`) and repeats StateBlock's constructor and the five lines of its `push`; a unit
// test compares the token streams with a stock parser's, so an upgrade that changes them fails
// there, not silently. Deleting `useFastTokens` restores the stock behaviour at half the speed.
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';

/** Core rules that are switched off: inline parsing and everything that works on its output. */
const DISABLED_CORE_RULES = ['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join'];

type TokenNesting = Token['nesting'];
type StateBlock = InstanceType<MarkdownIt['block']['State']>;

/**
 * A block token: markdown-it's Token fields in its constructor's order, by plain assignment, on
 * `Token.prototype` (so `instanceof Token`, `constructor` and the methods are markdown-it's). A
 * constructor rather than `Object.create`: V8 sizes a constructor's objects to hold all thirteen
 * fields in the object itself, where an `Object.create` object keeps four and grows a separate
 * property store, reallocated as the rest are added.
 */
interface FastToken {
  new (type: string, tag: string, nesting: TokenNesting): Token;
  prototype: Token;
}
const FastToken = function FastToken(this: Token, type: string, tag: string, nesting: TokenNesting): void {
  this.map = null;
  this.level = 0;
  this.children = null;
  this.content = '';
  this.markup = '';
  this.info = '';
  this.block = true;
  this.hidden = false;
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.nesting = nesting;
  this.meta = null;
} as unknown as FastToken;
FastToken.prototype = markdownIt.Token.prototype;

type Env = StateBlock['env'];

interface FastState {
  new (src: string, md: MarkdownIt, env: Env, tokens: Token[]): StateBlock;
  prototype: StateBlock;
}

/**
 * StateBlock's constructor: its fields in its order, and per line where it begins and ends, its
 * indent in characters (tShift) and in columns with tabs to the next multiple of 4 (sCount). As in
 * markdown-it, a last line of nothing but spaces and tabs, with no line break after it, is no line.
 */
const FastState = function FastState(this: StateBlock, src: string, md: MarkdownIt, env: Env, tokens: Token[]): void {
  this.bMarks = [];
  this.eMarks = [];
  this.tShift = [];
  this.sCount = [];
  this.bsCount = [];
  this.blkIndent = 0;
  this.line = 0;
  this.lineMax = 0;
  this.tight = false;
  this.listIndent = -1;
  this.parentType = 'root';
  this.level = 0;
  this.Token = markdownIt.Token;
  this.src = src;
  this.md = md;
  this.env = env;
  this.tokens = tokens;
  const length = src.length;
  for (let start = 0; start < length;) {
    let pos = start;
    let indent = 0;
    let offset = 0;
    for (; pos < length; pos++) {
      const code = src.charCodeAt(pos);
      if (code === 32) {
        offset++;
      } else if (code === 9) {
        offset += 4 - (offset % 4);
      } else {
        break;
      }
      indent++;
    }
    if (pos === length) {
      break;
    }
    const newline = src.indexOf('\n', pos);
    const end = newline < 0 ? length : newline;
    this.bMarks.push(start);
    this.eMarks.push(end);
    this.tShift.push(indent);
    this.sCount.push(offset);
    this.bsCount.push(0);
    start = end + 1;
  }
  this.bMarks.push(length);
  this.eMarks.push(length);
  this.tShift.push(0);
  this.sCount.push(0);
  this.bsCount.push(0);
  this.lineMax = this.bMarks.length - 1;
} as unknown as FastState;

/** StateBlock's `push`, with a FastToken. */
function push(this: StateBlock, type: string, tag: string, nesting: TokenNesting): Token {
  const token = new FastToken(type, tag, nesting);
  if (nesting < 0) {
    this.level--;
  }
  token.level = this.level;
  if (nesting > 0) {
    this.level++;
  }
  this.tokens.push(token);
  return token;
}

function useFastTokens(md: MarkdownIt): void {
  // Every markdown-it instance has the one StateBlock class: its prototype is set once.
  if (!(FastState.prototype instanceof md.block.State)) {
    FastState.prototype = Object.create(md.block.State.prototype) as StateBlock;
    FastState.prototype.push = push;
  }
  md.block.State = FastState;
}

/**
 * A markdown-it parser for block tokens only: HTML recognised (so HTML blocks can be skipped), no
 * linkify or typographer, and no inline parsing. `normalize` is off as well: it would turn NUL
 * into U+FFFD, breaking the promise that every character of the tagger's text is in the source,
 * so callers normalise line endings themselves. `fastTokens: false` gives the stock token
 * constructor (for the comparison test and the benchmark's reference).
 */
export function createBlockParser(options: { readonly fastTokens?: boolean; readonly normalize?: boolean } = {}): MarkdownIt {
  const md = markdownIt('default', { html: true, linkify: false, typographer: false });
  md.core.ruler.disable(options.normalize ? DISABLED_CORE_RULES.filter((rule) => rule !== 'normalize') : DISABLED_CORE_RULES);
  if (options.fastTokens ?? true) {
    useFastTokens(md);
  }
  return md;
}

let shared: MarkdownIt | undefined;

/** The tagger's parser, created on first use. */
export function blockParser(): MarkdownIt {
  shared ??= createBlockParser();
  return shared;
}
