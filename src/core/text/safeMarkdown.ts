// Markdown to HTML for the extension's preview panels (reviews, person timelines), with markdown-it
// and raw HTML disabled: whatever an entry says (`<script>`, `<img onerror>`, a `javascript:` link)
// comes out as text or not at all. Links keep an address only when the caller's `link` resolves it;
// images are shown as their alt text, so nothing is loaded. Task items (`- [ ]`, `- [x]`) show as
// disabled checkboxes labelled by the item's text, and a line holding only an HTML comment (the markers around a review's drafted
// block, entries/drafted.ts) is not shown, as in VS Code's own Markdown preview.
import markdownIt, { type Token } from 'markdown-it';

export interface SafeMarkdownOptions {
  /**
   * The address a link should have in the page, from the address written in the Markdown; undefined
   * leaves the link's text without an address (not clickable). Without this option no link has one.
   */
  readonly link?: (href: string) => string | undefined;
}

const TASK = /^\[([ xX])\](?:[ \t]+|$)/;
/** A line that is one HTML comment and nothing else. */
const COMMENT_LINE = /^[ \t]{0,3}<!--(?:(?!-->)[^\r\n])*-->[ \t]*(?=\r?$)/gm;

function markTasks(tokens: Token[], TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token): void {
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i];
    if (inline?.type !== 'inline' || tokens[i - 1]?.type !== 'paragraph_open' || tokens[i - 2]?.type !== 'list_item_open') {
      continue;
    }
    const first = inline.children?.[0];
    const match = first?.type === 'text' ? TASK.exec(first.content) : null;
    if (!first || !match || !inline.children) {
      continue;
    }
    first.content = first.content.slice(match[0].length);
    const box = new TokenClass('task_box', 'input', 0);
    // The item's text labels its box, so a screen reader says "checkbox, checked, send the plan";
    // a box with no text (a review's empty task) is left out of the accessibility tree.
    const labelled = first.content.trim() !== '' || inline.children.length > 1;
    box.meta = { done: match[1] !== ' ', labelled };
    inline.children.unshift(box);
    if (labelled) {
      inline.children.push(new TokenClass('task_box_close', 'label', -1));
    }
    tokens[i - 2]?.attrJoin('class', 'task-item');
  }
}

/** The HTML of `markdown` (a fragment, not a document). Pure: the same input gives the same output. */
export function renderSafeMarkdown(markdown: string, options: SafeMarkdownOptions = {}): string {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push('task_box', (state) => markTasks(state.tokens, state.Token));
  md.renderer.rules.task_box = (tokens, idx) => {
    const meta = tokens[idx]?.meta as { done?: boolean; labelled?: boolean } | undefined;
    const box = `<input type="checkbox" class="task-box" disabled${meta?.done ? ' checked' : ''}${meta?.labelled ? '' : ' aria-hidden="true"'}> `;
    return meta?.labelled ? `<label class="task-label">${box}` : box;
  };
  md.renderer.rules.task_box_close = () => '</label>';
  md.renderer.rules.link_open = (tokens, idx, opts, _env, self) => {
    const token = tokens[idx];
    if (token) {
      const href = String(token.attrGet('href') ?? '');
      const resolved = options.link?.(href);
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href' && name !== 'title');
      if (resolved === undefined) {
        token.attrJoin('class', 'unresolved');
      } else {
        token.attrSet('href', resolved);
        token.attrSet('title', href);
      }
    }
    return self.renderToken(tokens, idx, opts);
  };
  md.renderer.rules.image = (tokens, idx) => {
    const alt = tokens[idx]?.children?.map((child) => child.content).join('') ?? '';
    return alt === '' ? '' : `<span class="image-alt">${md.utils.escapeHtml(alt)}</span>`;
  };
  return md.render(markdown.replace(COMMENT_LINE, ''));
}
