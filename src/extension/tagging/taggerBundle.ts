// Entry point of `dist/tagger.js`, the tagger and its Markdown parser bundled apart from the
// features: they load it on the first tag (or 300 ms after a journal entry is shown: taggerService.ts),
// so neither activation nor the other features pay for parsing ~300 KB.
// Its markdown-it reads block structure only (scripts/taggerAlias.ts); previews render with
// `dist/render.js` (webviews/renderBundle.ts).
export { createTagger } from '../../core/tagger/tagger';
