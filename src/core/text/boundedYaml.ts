// The one door through which user-written YAML (front matter, people.yml) reaches the `yaml`
// library. What it guards against, measured on Node 20 with yaml 2.9 (issue #18):
//
// - Aborting the process. Deeply nested input (a few hundred `{`, `[`, `- ` or `? `) parsed a second
//   time makes V8 compile one of the library's regular expressions near the top of a deep recursion,
//   which ends in `FATAL ERROR: RegExpCompiler Allocation failed` — no exception, the extension host
//   or CLI is gone. The composer and `toJS` recurse once per level; the CST parser does not (it keeps
//   its own stack, and was seen to read 100,000 levels without harm). So the text is first read into
//   the CST, its depth is measured without recursion, and anything deeper than `maxDepth` is refused
//   before the recursive part ever sees it.
// - Stalling it. The library's "pretty" errors cut the line of each error out of the source, which is
//   quadratic on a long line full of errors (128k characters of `}}`: 84 s). They are turned off; the
//   callers take positions from the error's offset. Each error is also an `Error` whose stack trace
//   costs more than the parse itself, so a CST with error tokens is refused on its first one, and the
//   composer runs with stack traces off.
// - Size. Above `maxChars` the text is refused without parsing: every remaining cost is then bounded
//   by a constant, and the reading is linear in the input (test/time/yaml.time.ts).
//
// Why bound rather than isolate (a worker, a child process): the callers are synchronous — the edit
// made during a save, the index, the CLI — and run in the web extension host too, where there is no
// process to sacrifice. A bound decided before parsing is deterministic and costs one linear scan.
// Restricted Mode does not stop the reading (the index and tagging run in untrusted workspaces), so
// this holds whatever the workspace.
import { Composer, Parser, type CST, type Document, type LineCounter } from 'yaml';
import { errorMessage } from './errorMessage';

export interface YamlLimits {
  /** Longest text parsed, in UTF-16 code units. */
  readonly maxChars: number;
  /** Deepest nesting of collections (block or flow) and explicit keys. */
  readonly maxDepth: number;
}

/**
 * Aliases (`*name`) in one text. The library resolves each alias by walking the whole document, so
 * their cost is the number of aliases times the size (60 KB of `x: &a` / `y: *a` pairs: 19 s).
 * `toJS` expands at most this many too (the library's own default, said out loud).
 */
export const MAX_ALIASES = 100;

/**
 * Front matter: the product writes a few hundred bytes, and 16 KB is some 400 lines of the user's
 * own keys. The library reads about 5-15 µs a character (its lexer is a generator), so the worst
 * 16 KB measured — 16,000 `[` — takes about 0.3 s, and ordinary front matter a millisecond.
 */
export const FRONT_MATTER_LIMITS: YamlLimits = { maxChars: 16 * 1024, maxDepth: 32 };
/** people.yml: about 50 bytes a person, so room for a thousand and more; read once per change (worst: ~1 s). */
export const PEOPLE_FILE_LIMITS: YamlLimits = { maxChars: 64 * 1024, maxDepth: 32 };

export type BoundedYaml =
  | { readonly ok: true; readonly doc: Document.Parsed; readonly tokens: readonly CST.Token[] }
  | { readonly ok: false; readonly problem: YamlProblem };

/**
 * Why a text was not parsed: `invalid` is the library's own message (its first error); `limit` says
 * which bound the text went past, as a phrase (`it nests more than 32 levels deep`).
 */
export interface YamlProblem {
  readonly kind: 'invalid' | 'limit';
  readonly message: string;
  /** Where in the text, for a line number. */
  readonly offset: number;
}

/** The problem as the end of a sentence: `invalid YAML in front matter: …` for `what` = `front matter`. */
export function describeYamlProblem(problem: YamlProblem, what: string): string {
  return problem.kind === 'invalid' ? `invalid YAML in ${what}: ${problem.message}` : `${what} not read: ${problem.message}`;
}

/**
 * Parses one YAML document within `limits`, or says why not. Never throws, never recurses deeper
 * than `limits.maxDepth` levels into the input. `lineCounter` is filled as the text is read, for
 * callers that report lines.
 */
export function parseBoundedYaml(source: string, limits: YamlLimits, lineCounter?: LineCounter): BoundedYaml {
  if (source.length > limits.maxChars) {
    return refuse('limit', `it is ${kilobytes(source.length)} long, and at most ${kilobytes(limits.maxChars)} is read`, 0);
  }
  const tokens = [...new Parser(lineCounter?.addNewLine).parse(source)];
  const shape = measure(tokens);
  if (shape.aliases > MAX_ALIASES) {
    return refuse('limit', `it uses more than ${MAX_ALIASES} aliases (*name)`, shape.manyAliasesAt);
  }
  if (shape.depth > limits.maxDepth) {
    return refuse('limit', `it nests more than ${limits.maxDepth} levels deep`, shape.deepAt);
  }
  if (shape.error) {
    return refuse('invalid', shape.error.message, shape.error.offset);
  }
  const doc = withoutStackTraces(() => {
    const composer = new Composer({ uniqueKeys: false, prettyErrors: false });
    let first: Document.Parsed | undefined;
    for (const composed of composer.compose(tokens, true, source.length)) {
      first ??= composed;
    }
    return first;
  });
  if (!doc) {
    return refuse('invalid', 'no document', 0);
  }
  const error = doc.errors[0];
  if (error) {
    return refuse('invalid', error.message.split('\n')[0] ?? error.code, error.pos[0]);
  }
  return { ok: true, doc, tokens };
}

/** The document as plain data (`toJS`), or why it has none (an alias to a missing anchor, too many aliases). */
export function yamlData(doc: Document.Parsed): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: YamlProblem } {
  try {
    return { ok: true, value: withoutStackTraces(() => doc.toJS({ maxAliasCount: MAX_ALIASES })) };
  } catch (error) {
    return refuse('invalid', errorMessage(error), 0);
  }
}

function refuse(kind: YamlProblem['kind'], message: string, offset: number): { readonly ok: false; readonly problem: YamlProblem } {
  return { ok: false, problem: { kind, message, offset } };
}

function kilobytes(chars: number): string {
  return `${Math.ceil(chars / 1024)} KB`;
}

/**
 * Runs `work` with `Error.stackTraceLimit` at 0: the library makes an `Error` per problem it finds,
 * and capturing their stacks was most of the time spent on a text full of errors. Synchronous, and
 * restored before returning, so no other code sees the change.
 */
function withoutStackTraces<T>(work: () => T): T {
  const errors = Error as ErrorConstructor & { stackTraceLimit?: number }; // V8's; elsewhere a no-op.
  const before = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    errors.stackTraceLimit = before;
  }
}

interface Shape {
  readonly depth: number;
  readonly deepAt: number;
  readonly aliases: number;
  readonly manyAliasesAt: number;
  readonly error: { readonly offset: number; readonly message: string } | undefined;
}

type Walkable = CST.Token | CST.SourceToken;

/**
 * How many collections nest (a top-level map is 1) and the first error token, found with an
 * explicit stack (no recursion: the input may nest thousands deep).
 */
function measure(tokens: readonly CST.Token[]): Shape {
  let depth = 0;
  let deepAt = 0;
  let error: Shape['error'];
  let aliases = 0;
  let manyAliasesAt = 0;
  /** `level`: how many collections hold the token. */
  const pending: { readonly token: Walkable; readonly level: number }[] = tokens.map((token) => ({ token, level: 0 }));
  const push = (token: Walkable | null | undefined, level: number): void => {
    if (token) {
      pending.push({ token, level });
    }
  };
  while (pending.length > 0) {
    const { token, level } = pending.pop() as { token: Walkable; level: number };
    switch (token.type) {
      case 'alias':
        if (++aliases === MAX_ALIASES + 1) {
          manyAliasesAt = token.offset;
        }
        break;
      case 'error':
        if (!error || token.offset < error.offset) {
          error = { offset: token.offset, message: (token as CST.ErrorToken).message };
        }
        break;
      case 'document':
        token.start.forEach((t) => push(t, level));
        push(token.value, level);
        token.end?.forEach((t) => push(t, level));
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const inner = level + 1;
        if (inner > depth) {
          depth = inner;
          deepAt = token.offset;
        }
        for (const item of token.items) {
          item.start.forEach((t) => push(t, inner));
          push(item.key, inner);
          item.sep?.forEach((t) => push(t, inner));
          push(item.value, inner);
        }
        if (token.type === 'flow-collection') {
          token.end.forEach((t) => push(t, level));
        }
        break;
      }
      default:
        if ('end' in token && Array.isArray(token.end)) {
          (token.end as Walkable[]).forEach((t) => push(t, level));
        }
        if ('props' in token && Array.isArray(token.props)) {
          (token.props as Walkable[]).forEach((t) => push(t, level));
        }
    }
  }
  return { depth, deepAt, aliases, manyAliasesAt, error };
}
