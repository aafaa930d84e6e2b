// The markdown-it instance the tagger reads entries with: block structure only, created once.
//
// Speed: the published markdown-it 15 build creates every token through a transpiled class-field
// helper (`_defineProperty`, one `Object.defineProperty` per field), which is about half of a
// block-only parse. This instance's block state creates tokens with plain assignments instead —
// the same fields in the same order, on `Token.prototype`, so the tokens are indistinguishable
// (`instanceof Token`, methods, JSON). It goes through markdown-it's own extension point
// (`md.block.State`) and repeats the five lines of `StateBlock.push`; a unit test compares the
// token streams with a stock parser's, so an upgrade that changes `push` or `Token` fails there,
// not silently. Deleting `useFastTokens` restores the stock behaviour at half the speed.
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';

/** Core rules that are switched off: inline parsing and everything that works on its output. */
const DISABLED_CORE_RULES = ['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join'];

type TokenNesting = Token['nesting'];

function useFastTokens(md: MarkdownIt): void {
  const tokenPrototype = markdownIt.Token.prototype;
  const StockState = md.block.State;
  class FastState extends StockState {
    override push(type: string, tag: string, nesting: TokenNesting): Token {
      const token = Object.create(tokenPrototype) as Token;
      // The field order of markdown-it's Token constructor, so the objects share one shape.
      token.map = null;
      token.level = 0;
      token.children = null;
      token.content = '';
      token.markup = '';
      token.info = '';
      token.block = true;
      token.hidden = false;
      token.type = type;
      token.tag = tag;
      token.attrs = null;
      token.nesting = nesting;
      token.meta = null;
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
