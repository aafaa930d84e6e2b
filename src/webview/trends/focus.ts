// Keeps keyboard focus across a re-render: the view is rebuilt for each host state, and a keyboard
// user who just picked "Month" must find focus on "Month", not on <body>.

/** A selector that finds the same control in the next render, or undefined when focus is elsewhere. */
export function focusSelector(root: HTMLElement): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !root.contains(active)) {
    return undefined;
  }
  if (active.getAttribute('role') === 'radio') {
    return '[role="radiogroup"] [aria-checked="true"]'; // The checked option, which is the new choice.
  }
  if (active.id !== '') {
    return `#${CSS.escape(active.id)}`;
  }
  const path = active.getAttribute('data-path');
  if (path !== null) {
    return `[data-path="${CSS.escape(path)}"]`;
  }
  return undefined;
}

export function restoreFocus(root: HTMLElement, selector: string | undefined): void {
  if (selector !== undefined) {
    root.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  }
}
