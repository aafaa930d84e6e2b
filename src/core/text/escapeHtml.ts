// Text into HTML. Every string that comes from a journal (titles, people, paths, kinds, reasons) goes
// through here before it is placed in a page: the HTML report, the webviews' shells, the preview panels.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `text` with `& < > " '` replaced by character references: safe as element content and inside a
 * double- or single-quoted attribute value. Not for unquoted attributes, URLs, CSS or script.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
