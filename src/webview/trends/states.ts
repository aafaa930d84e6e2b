// The views shown instead of the trends: while the first index is built, when there is no journal to
// read, before the first entry, and when drawing failed. None is ever blank, and each offers the
// next step (a New entry button posts `newEntry`).
import { errorMessage } from '../../core/text/errorMessage';
import { button, el } from './dom';
import { count, sideName } from './format';
import { parts, t } from './i18n';
import { pluralMessage } from '../../core/text/format';

export function indexingView(entryCount: number): HTMLElement {
  return el('div', { class: 'state', attrs: { role: 'status' } }, [
    el('h1', { text: t('indexingHeading') }),
    el('div', { class: 'progress', attrs: { role: 'progressbar', 'aria-label': t('indexingLabel') } }, [el('span')]),
    el('p', { class: 'muted', text: entryCount > 0 ? pluralMessage(entryCount, t('indexingReadOne'), t('indexingReadMany'), count) : t('indexingWait') }),
  ]);
}

export function errorView(message: string, newEntry: () => void): HTMLElement {
  return el('div', { class: 'state error', attrs: { role: 'alert' } }, [
    el('h1', { text: t('errorHeading') }),
    el('p', { class: 'message', text: message }),
    button(t('newEntry'), newEntry, { class: 'primary' }),
  ]);
}

/** For an exception while drawing: says what failed rather than leaving the view blank. */
export function renderFailureView(error: unknown, newEntry: () => void): HTMLElement {
  const reason = errorMessage(error);
  return errorView(t('drawFailure', reason), newEntry);
}

export function firstRunView(newEntry: () => void): HTMLElement {
  return el('div', { class: 'state first-run' }, [
    el('h1', { text: t('firstRunHeading') }),
    el('p', {}, parts('firstRunSides',
      el('strong', { class: 'why-text', text: sideName('leading') }),
      el('strong', { class: 'how-text', text: sideName('managing') }))),
    el('p', { text: t('firstRunBody') }),
    button(t('firstRunButton'), newEntry, { class: 'primary', attrs: { id: 'first-entry' } }),
    el('p', { class: 'muted small', text: t('firstRunPrivacy') }),
  ]);
}
