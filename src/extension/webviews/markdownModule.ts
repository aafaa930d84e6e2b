// The preview panels' Markdown renderer (markdown-it, HTML disabled) comes from its own module
// (renderModule.ts): `dist/render.js`, loaded on first use in the Node host and bundled in the
// web one. The extension bundle never imports markdown-it itself.
import type { renderSafeMarkdown } from '../../core/text/safeMarkdown';
import { renderModule } from './renderModule';

export const renderMarkdown: typeof renderSafeMarkdown = (markdown, options) => renderModule().renderMarkdown(markdown, options);
