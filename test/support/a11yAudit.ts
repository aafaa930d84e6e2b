// An accessibility check of a rendered page, run inside it (page.evaluate): a stand-in for axe-core's
// rules that found the serious problems of the trends view (issue 19 item 14), for use until and
// beside axe-core itself (test/e2e/accessibility.e2e.ts runs axe when it is installed). It reports:
//   - color-contrast: text below 4.5:1 (3:1 when large) against the background composed from its
//     ancestors — none set counts as white, as axe assumes; a background image makes it undecided;
//   - aria-prohibited-attr: `aria-label` on an element whose role cannot be named (a plain span,
//     div, p, strong…), which assistive technology ignores;
//   - page-has-heading-one, and interactive roles without the attributes they need (a slider's
//     value, a named region, an image's name).
// Evaluated as a string (the pages' CSP forbids eval, but Playwright's evaluate is not eval).

export interface AuditFinding {
  readonly rule: string;
  readonly impact: 'serious' | 'critical' | 'moderate';
  /** A short CSS-like path and the text or attribute at fault. */
  readonly target: string;
  readonly detail: string;
}

export const A11Y_AUDIT_SCRIPT = String.raw`(() => {
  const findings = [];
  const parse = (value) => {
    const match = /rgba?\(([^)]+)\)/.exec(value || '');
    if (!match) { return null; }
    const parts = match[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
  });
  const luminance = (c) => {
    const channel = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const path = (el) => {
    const parts = [];
    for (let node = el; node && node.nodeType === 1 && parts.length < 4; node = node.parentElement) {
      parts.unshift(node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + (typeof node.className === 'string' && node.className ? '.' + node.className.trim().split(/\s+/).join('.') : ''));
    }
    return parts.join(' > ');
  };
  const hidden = (el) => {
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || node.hidden) { return true; }
    }
    const box = el.getBoundingClientRect();
    return box.width * box.height < 2;
  };
  const backgroundOf = (el) => {
    const layers = [];
    let opacity = 1;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      opacity *= Number(style.opacity);
      if (style.backgroundImage && style.backgroundImage !== 'none') { return { undecided: true }; }
      const colour = parse(style.backgroundColor);
      if (colour && colour.a > 0) { layers.push(colour); if (colour.a >= 1) { break; } }
    }
    let result = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) { result = over(layer, result); }
    return { colour: result, opacity };
  };
  // Text contrast.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const el = text.parentElement;
    if (!el || seen.has(el) || text.textContent.trim() === '' || ['SCRIPT', 'STYLE', 'OPTION', 'CANVAS'].includes(el.tagName)) { continue; }
    seen.add(el);
    if (hidden(el) || el.closest('[disabled]') || el.closest('.visually-hidden')) { continue; }
    const style = getComputedStyle(el);
    const fg = parse(style.color);
    const bg = backgroundOf(el);
    if (!fg || bg.undecided) { continue; }
    const shown = over({ ...fg, a: fg.a * bg.opacity }, bg.colour);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const value = ratio(shown, bg.colour);
    const needed = large ? 3 : 4.5;
    if (value < needed - 0.005) {
      findings.push({ rule: 'color-contrast', impact: 'serious', target: path(el),
        detail: JSON.stringify(text.textContent.trim().slice(0, 40)) + ' ' + value.toFixed(2) + ':1 (needs ' + needed + ':1) ' + style.color + ' on rgb(' + [bg.colour.r, bg.colour.g, bg.colour.b].map(Math.round).join(', ') + ')' });
    }
  }
  // Names on elements that cannot be named.
  const unnameable = ['generic', 'paragraph', 'strong', 'emphasis', 'code', 'caption', 'presentation', 'none', 'deletion', 'insertion', 'subscript', 'superscript'];
  const implicit = { SPAN: 'generic', DIV: 'generic', P: 'paragraph', STRONG: 'strong', EM: 'emphasis', B: 'generic', I: 'generic', SMALL: 'generic', CODE: 'code', CAPTION: 'caption' };
  for (const el of document.querySelectorAll('[aria-label], [aria-labelledby]')) {
    const role = el.getAttribute('role') || implicit[el.tagName];
    if (role && unnameable.includes(role)) {
      findings.push({ rule: 'aria-prohibited-attr', impact: 'serious', target: path(el), detail: 'aria-label on role ' + role });
    }
  }
  // Roles that need more.
  for (const el of document.querySelectorAll('[role="slider"]')) {
    if (!el.hasAttribute('aria-valuenow') || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))) {
      findings.push({ rule: 'aria-required-attr', impact: 'critical', target: path(el), detail: 'a slider needs aria-valuenow and a name' });
    }
  }
  for (const el of document.querySelectorAll('[role="img"], [role="region"], [role="progressbar"]')) {
    if (!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))) {
      findings.push({ rule: 'aria-name', impact: 'serious', target: path(el), detail: 'role ' + el.getAttribute('role') + ' has no name' });
    }
  }
  for (const el of document.querySelectorAll('[role="img"][tabindex]')) {
    findings.push({ rule: 'interactive-img', impact: 'serious', target: path(el), detail: 'a focusable image: its keyboard behaviour has no role' });
  }
  if (document.querySelector('main h1, body h1') === null) {
    findings.push({ rule: 'page-has-heading-one', impact: 'moderate', target: 'body', detail: 'no level-one heading' });
  }
  return findings;
})()`;
