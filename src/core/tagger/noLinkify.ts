// A stand-in for linkify-it in the tagger's bundle and the preview renderer's (scripts/taggerAlias.ts:
// dist/tagger.js, dist/render.js, the web bundle). Neither markdown-it links URLs (the tagger's has
// linkify off and its rule disabled, blockParser.ts; the renderer's has linkify off,
// core/text/safeMarkdown.ts), yet markdown-it constructs a LinkifyIt on creation; the real library is
// 11 KB of each bundle. Any call on this class would mean linkify was switched on: it throws.
export class LinkifyIt {
  test(): boolean {
    throw new Error('linkify is not available in this bundle (scripts/taggerAlias.ts)');
  }

  match(): null {
    throw new Error('linkify is not available in this bundle (scripts/taggerAlias.ts)');
  }
}
