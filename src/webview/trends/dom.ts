// The one way this webview makes elements. Text is only ever set with `textContent`: entry titles and
// people's names come from the user's files, and `<img src=x onerror=…>` in a title must show as
// text, never be parsed. Attributes are set one by one (no `style`: the CSP allows CSSOM only).

export interface ElementOptions {
  readonly class?: string;
  readonly text?: string;
  /** Plain attributes, e.g. `aria-label`, `scope`, `data-why`. Never `style` or an `on…` handler. */
  readonly attrs?: Readonly<Record<string, string>>;
}

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class !== undefined) {
    node.className = options.class;
  }
  if (options.text !== undefined) {
    node.textContent = options.text;
  }
  if (options.attrs) {
    for (const [name, value] of Object.entries(options.attrs)) {
      if (name === 'style' || name.toLowerCase().startsWith('on')) {
        throw new Error(`el: refusing attribute ${name}`);
      }
      node.setAttribute(name, value);
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child); // A string child becomes a Text node: never parsed as HTML.
  }
  return node;
}

/** A `type="button"` button that calls `onClick`; buttons default to `submit` otherwise. */
export function button(text: string, onClick: () => void, options: ElementOptions = {}): HTMLButtonElement {
  const node = el('button', { ...options, text });
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

/** A titled section of the view, labelled by its heading for assistive technology. */
export function section(id: string, title: string, children: readonly Child[], intro?: string): HTMLElement {
  const headingId = `${id}-heading`;
  return el('section', { class: 'card', attrs: { id, 'aria-labelledby': headingId } }, [
    el('h2', { text: title, attrs: { id: headingId } }),
    intro !== undefined ? el('p', { class: 'muted intro', text: intro }) : null,
    ...children,
  ]);
}
