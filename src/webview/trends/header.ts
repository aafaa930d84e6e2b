// The top of the trends: the view's one level-one heading, how many entries, the current writing
// streak (the longest in small text), the range's overall lean (unclear entries named apart: they
// are not in the shares), and a slot for the controls.
import type { Streak } from '../../core/trends/streaks';
import type { TrendSummary } from '../../core/trends/summary';
import { el } from './dom';
import { count, formatShortDate, percentLabel } from './format';
import { parts, t } from './i18n';
import { pluralForm, pluralMessage } from '../../core/text/format';

function streakText(streak: Streak): string {
  return streak.length > 0 ? t('streak', streak.length) : t('noStreak');
}

/** The longest streak in small text: a span of dates, or one date for a one-day streak; empty when there is none. */
export function longestText(longest: Streak): string {
  if (longest.length === 0 || longest.start === null || longest.end === null) {
    return '';
  }
  const dated = (iso: string): string => `${formatShortDate(iso)} ${iso.slice(0, 4)}`;
  const days = pluralMessage(longest.length, t('daysOne'), t('daysMany'), count);
  // A one-day streak is one date, not a span from a day to itself.
  return longest.start === longest.end ? t('longestStreakDay', days, dated(longest.start))
    : t('longestStreak', days, dated(longest.start), dated(longest.end));
}

export function headerView(entryCount: number, summary: TrendSummary, controls: HTMLElement): HTMLElement {
  const { totals, streaks } = summary;
  const entries = pluralMessage(totals.entries, t('entriesOne'), t('entriesMany'), count);
  const shares = totals.whyShare === null
    ? t('leanNoneTagged', entries)
    : t('lean', entries, percentLabel(totals.whyShare), percentLabel(totals.howShare), percentLabel(totals.balancedShare));
  const lean = totals.labels.unclear > 0 ? `${shares} ${t('leanUnclear', totals.labels.unclear)}` : shares;
  return el('header', { class: 'top' }, [
    el('div', { class: 'headline' }, [
      el('h1', { text: t('trendsHeading') }),
      el('p', { class: 'stats' }, [
        el('span', { class: 'stat', attrs: { id: 'entry-count' } },
          parts(pluralForm(entryCount, 'entriesOne', 'entriesMany'), el('strong', { text: count(entryCount) }))),
        el('span', { class: 'stat streak', attrs: { id: 'streak' } }, [
          el('strong', { text: streakText(streaks.current) }),
          longestText(streaks.longest) !== '' ? el('small', { class: 'muted', text: longestText(streaks.longest) }) : null,
        ]),
      ]),
      el('p', { class: 'muted range-lean', text: lean }),
    ]),
    controls,
  ]);
}
