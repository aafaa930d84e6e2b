// The preview panels' Markdown renderer (markdown-it, HTML disabled) comes with the tagger's heavy
// module (lazy/heavyModule.ts): `dist/tagger.js`, loaded on first use in the Node host and bundled in
// the web one. The extension bundle never imports markdown-it itself.
import type { renderSafeMarkdown } from '../../core/text/safeMarkdown';
import { heavyModule } from '../lazy/heavyModule';

export const renderMarkdown: typeof renderSafeMarkdown = (markdown, options) => heavyModule().renderMarkdown(markdown, options);
