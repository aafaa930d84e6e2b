// Entry point of `dist/tagger.js`, the tagger and its Markdown parser bundled apart from the
// extension: the extension loads it on first use, so activation does not pay for parsing ~230 KB.
export { createTagger } from '../../core/tagger/tagger';
// Markdown for the preview panels (reviews, people), loaded with the tagger (lazy/heavyModule.ts).
export { renderSafeMarkdown as renderMarkdown } from '../../core/text/safeMarkdown';
