// The whole panel for one host state: the entry's name, its label and shares on top (with why an
// unclear entry has no side, and when a trap decided the label), then the traps and the sentences.
import type { TagExplanation } from '../../core/tagger/explanation';
import type { EntryLabel } from '../../core/tagger/types';
import { percent } from '../../core/text/format';
import type { ExplainStateMessage } from '../explainProtocol';
import type { ExplainStringKey } from './strings';
import { button, el } from '../trends/dom';
import { t } from './i18n';
import { functionName, percentLabel, styleName } from './names';
import { sentencesSection, trapsSection, type OpenLine } from './sentences';

const LABEL_MEANINGS: Readonly<Record<EntryLabel, ExplainStringKey>> = {
  why: 'labelWhy', how: 'labelHow', balanced: 'labelBalanced', unclear: 'labelUnclear',
};

/** The why/how bar: sized through CSSOM (the CSP allows no inline style) in the core's `percent` (`72%`, a CSS width), named in text for assistive technology. */
function shareBar(explanation: TagExplanation): HTMLElement {
  const why = el('span', { class: 'why' });
  const how = el('span', { class: 'how' });
  why.style.width = percent(explanation.why);
  how.style.width = percent(explanation.how);
  return el('div', { class: 'share-bar', attrs: { 'aria-hidden': 'true' } }, [why, how]);
}

function unclearText(explanation: TagExplanation): string {
  const leaning = explanation.counts.why + explanation.counts.how;
  const total = leaning + explanation.counts.unclear;
  switch (explanation.unclear) {
    case 'language': return t('unclearLanguage');
    case 'empty': return t('unclearEmpty');
    case 'weak': return t('unclearWeak', leaning, total);
    default: return t('unclearNoSignal');
  }
}

function summary(explanation: TagExplanation): HTMLElement {
  const { counts } = explanation;
  const total = counts.why + counts.how + counts.unclear;
  const unclear = explanation.label === 'unclear';
  const read = explanation.language === 'de' ? t('readGerman') : explanation.language === 'en' ? t('readEnglish') : '';
  return el('section', { class: 'summary', attrs: { 'aria-labelledby': 'label-heading' } }, [
    el('div', { class: 'label-row' }, [
      el('h2', { text: t('labelCaption'), attrs: { id: 'label-heading' } }),
      el('code', { class: `label ${explanation.label}`, text: explanation.label, attrs: { id: 'entry-label' } }),
      el('span', { class: 'meaning', text: t(LABEL_MEANINGS[explanation.label]) }),
    ]),
    unclear ? null : shareBar(explanation),
    unclear ? null : el('p', { class: 'shares', attrs: { id: 'shares' } }, [
      el('span', { class: 'swatch why', attrs: { 'aria-hidden': 'true' } }), `${t('legendWhy')} ${percentLabel(explanation.why)}`, '  ',
      el('span', { class: 'swatch how', attrs: { 'aria-hidden': 'true' } }), `${t('legendHow')} ${percentLabel(explanation.how)}`,
    ]),
    unclear ? el('p', { class: 'unclear-reason', attrs: { id: 'unclear-reason' }, text: unclearText(explanation) }) : null,
    unclear ? el('p', { class: 'muted', text: t('unclearTrends') }) : null,
    total > 0 && explanation.unclear !== 'language'
      ? el('p', { class: 'muted', text: `${t('sharesCaption', counts.why + counts.how, total)} ${read}`.trim() })
      : null,
    explanation.byTrap ? el('p', { class: 'note', text: t('byTrap') }) : null,
    explanation.functions.length > 0 ? el('p', { text: t('functions', explanation.functions.map(functionName).join(', ')) }) : null,
    explanation.style !== null ? el('p', { text: t('style', styleName(explanation.style)) }) : null,
  ]);
}

/** What the panel's controls ask the host for. */
export interface ExplainActions {
  readonly openEntry: () => void;
  readonly openLine: OpenLine;
}

export function renderExplain(root: HTMLElement, state: ExplainStateMessage, actions: ExplainActions): void {
  const { openLine } = actions;
  const header = el('header', { class: 'top' }, [
    el('p', { class: 'eyebrow', text: t('heading') }),
    el('h1', { text: state.name }),
    button(t('openEntry'), actions.openEntry, { class: 'secondary', attrs: { id: 'open-entry' } }),
  ]);
  const explanation = state.explanation;
  if (state.status === 'missing' || explanation === null) {
    root.replaceChildren(header, el('p', { class: 'banner error', attrs: { role: 'alert' }, text: t('missing', state.message ?? '') }));
    return;
  }
  // Sentences are listed only in a language the tagger reads: anything else would be a list of "no side".
  const read = explanation.language === 'en' || explanation.language === 'de';
  const parts = [
    header,
    state.dirty ? el('p', { class: 'banner', attrs: { role: 'status', id: 'dirty' }, text: t('dirty') }) : null,
    summary(explanation),
    trapsSection(explanation.traps, openLine),
    read && explanation.sentences.length > 0 ? sentencesSection(explanation.sentences, openLine) : null,
  ];
  root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
}
