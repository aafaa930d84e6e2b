// The views shown instead of the trends: while the first index is built, when there is no journal to
// read, before the first entry, and when drawing failed. None is ever blank, and each offers the
// next step (a New entry button posts `newEntry`).
import { button, el } from './dom';
import { plural } from './format';

export function indexingView(entryCount: number): HTMLElement {
  return el('div', { class: 'state', attrs: { role: 'status' } }, [
    el('h2', { text: 'Reading your journal…' }),
    el('div', { class: 'progress', attrs: { role: 'progressbar', 'aria-label': 'Indexing the journal' } }, [el('span')]),
    el('p', { class: 'muted', text: entryCount > 0 ? `${plural(entryCount, 'entry', 'entries')} read so far.` : 'The trends appear as soon as the entries are read.' }),
  ]);
}

export function errorView(message: string, newEntry: () => void): HTMLElement {
  return el('div', { class: 'state error', attrs: { role: 'alert' } }, [
    el('h2', { text: 'The trends cannot be shown' }),
    el('p', { class: 'message', text: message }),
    button('New entry', newEntry, { class: 'primary' }),
  ]);
}

/** For an exception while drawing: says what failed rather than leaving the view blank. */
export function renderFailureView(error: unknown, newEntry: () => void): HTMLElement {
  const reason = error instanceof Error ? error.message : String(error);
  return errorView(`Something went wrong while drawing the trends (${reason}). Your entries are untouched; reopening the view draws it again.`, newEntry);
}

export function firstRunView(newEntry: () => void): HTMLElement {
  return el('div', { class: 'state first-run' }, [
    el('h2', { text: 'Your leadership trends start with one entry' }),
    el('p', {}, [
      'Each entry is read for the two sides of the job: ',
      el('strong', { class: 'why-text', text: 'leading' }),
      ' — the why: setting direction, aligning people, motivating — and ',
      el('strong', { class: 'how-text', text: 'managing' }),
      ' — the how: planning, organising, controlling.',
    ]),
    el('p', { text: 'Write a few lines a day and this view shows how your weeks balance the two, the traps you slip into, and the people you write about.' }),
    button('Write your first entry', newEntry, { class: 'primary', attrs: { id: 'first-entry' } }),
    el('p', { class: 'muted small', text: 'Entries are plain Markdown files in your journal folder. Nothing leaves your machine.' }),
  ]);
}
