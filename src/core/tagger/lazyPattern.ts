// Regular expressions built on their first use. One with a Unicode property escape (`\p{L}`) makes
// V8 look the property up in ICU's tables when it is compiled, and V8 compiles a regular-expression
// literal, or one made at a module's top level, while the tagger loads, whether it ever runs or
// not: about half a millisecond each. The tagger's common paths decide ASCII text without them.

/** A function giving the expression `new RegExp(source, flags)`, built the first time it is called and shared after. */
export function lazyPattern(source: string, flags = ''): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
