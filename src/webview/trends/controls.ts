// The view's controls: granularity as a radio group of buttons (ARIA radio pattern: Tab reaches the
// checked one, arrow keys move and select) and the range as a <select>. Both call `onChange` with
// the new choice; main.ts posts it as `setView` and the host answers with a new state.
import type { Granularity } from '../../core/trends/periods';
import { GRANULARITIES, type ViewChoice } from '../protocol';
import type { WebviewStringKey } from './strings';
import { pluralMessage } from '../../core/text/format';
import { el } from './dom';
import { count } from './format';
import { t } from './i18n';

/** Ranges offered per granularity; the current choice is added when it is not among them. */
export const RANGE_CHOICES: Readonly<Record<Granularity, readonly number[]>> = {
  day: [14, 28, 90],
  week: [4, 13, 26, 52],
  month: [6, 12, 24, 60],
};

const GRANULARITY_NAMES: Readonly<Record<Granularity, WebviewStringKey>> = {
  day: 'granularityDay', week: 'granularityWeek', month: 'granularityMonth',
};

/** `Last 13 weeks`; `Last week` for one. */
const RANGE_NAMES: Readonly<Record<Granularity, [one: WebviewStringKey, many: WebviewStringKey]>> = {
  day: ['rangeDay', 'rangeDays'], week: ['rangeWeek', 'rangeWeeks'], month: ['rangeMonth', 'rangeMonths'],
};

/** How many years a range spans, where that is worth saying; 0.25 for a quarter. */
const RANGE_YEARS: Readonly<Record<string, number>> = {
  'week:13': 0.25, 'week:52': 1, 'week:520': 10, 'month:12': 1, 'month:24': 2, 'month:60': 5,
};

function rangeLabel(granularity: Granularity, periods: number): string {
  const [one, many] = RANGE_NAMES[granularity];
  const label = pluralMessage(periods, t(one), t(many), count);
  const years = RANGE_YEARS[`${granularity}:${periods}`];
  if (years === undefined) {
    return label;
  }
  return years === 0.25 ? t('rangeQuarter', label) : years === 1 ? t('rangeYear', label) : t('rangeYears', label, years);
}

function granularitySwitch(view: ViewChoice, onPick: (granularity: Granularity) => void): HTMLElement {
  const group = el('div', { class: 'segmented', attrs: { role: 'radiogroup', 'aria-label': t('granularity') } });
  const buttons = GRANULARITIES.map((granularity) => {
    const checked = granularity === view.granularity;
    const node = el('button', {
      text: t(GRANULARITY_NAMES[granularity]),
      attrs: { type: 'button', role: 'radio', 'aria-checked': String(checked), tabindex: checked ? '0' : '-1', 'data-granularity': granularity },
    });
    node.addEventListener('click', () => onPick(granularity));
    return node;
  });
  group.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) {
      return;
    }
    event.preventDefault();
    const current = GRANULARITIES.indexOf(view.granularity);
    const next = GRANULARITIES[(current + step + GRANULARITIES.length) % GRANULARITIES.length];
    if (next) {
      onPick(next);
    }
  });
  group.append(...buttons);
  return group;
}

function rangeSelect(view: ViewChoice, onPick: (periods: number) => void): HTMLElement {
  const choices = [...RANGE_CHOICES[view.granularity]];
  if (!choices.includes(view.periods)) {
    choices.push(view.periods);
    choices.sort((a, b) => a - b);
  }
  const select = el('select', { attrs: { id: 'range-select' } }, choices.map((periods) => {
    const option = el('option', { text: rangeLabel(view.granularity, periods), attrs: { value: String(periods) } });
    option.selected = periods === view.periods;
    return option;
  }));
  select.addEventListener('change', () => onPick(Number(select.value)));
  return el('div', { class: 'range' }, [el('label', { class: 'visually-hidden', text: t('range'), attrs: { for: 'range-select' } }), select]);
}

/**
 * `periodsFor` says how many periods a granularity gets when the user switches to it (the last
 * choice made for it, or a default). After a switch, focus returns to the newly checked button:
 * the host's answer re-renders the view, and keyboard users must not lose their place.
 */
export function controlsView(
  view: ViewChoice,
  periodsFor: (granularity: Granularity) => number,
  onChange: (view: ViewChoice) => void,
): HTMLElement {
  return el('div', { class: 'controls' }, [
    granularitySwitch(view, (granularity) => {
      if (granularity !== view.granularity) {
        onChange({ granularity, periods: periodsFor(granularity) });
      }
    }),
    rangeSelect(view, (periods) => {
      if (periods !== view.periods) {
        onChange({ granularity: view.granularity, periods });
      }
    }),
  ]);
}
