// Entry point of `dist/tagger.js`, the tagger and its Markdown parser bundled apart from the
// extension: the extension loads it on first use, so activation does not pay for parsing ~230 KB.
// Its markdown-it reads block structure only (scripts/taggerAlias.ts); previews render with
// `dist/render.js` (reflect/renderBundle.ts).
export { createTagger } from '../../core/tagger/tagger';
