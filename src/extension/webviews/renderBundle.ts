// Entry point of `dist/render.js`: Markdown for the preview panels (reviews, people), with the whole
// of markdown-it. Apart from `dist/tagger.js`, whose markdown-it is cut down to the block parse the
// tagger needs (scripts/taggerAlias.ts: no entity decoding, no link host names), which a renderer
// cannot do without. Loaded on the first preview (renderModule.ts).
export { renderSafeMarkdown as renderMarkdown } from '../../core/text/safeMarkdown';
