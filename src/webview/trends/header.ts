// The top of the trends: how many entries, the current writing streak (the longest in small text),
// the range's overall lean, and a slot for the controls.
import type { Streak } from '../../core/trends/streaks';
import type { TrendSummary } from '../../core/trends/summary';
import { el } from './dom';
import { count, formatShortDate, percentLabel, plural } from './format';

function streakText(streak: Streak): string {
  return streak.length > 0 ? `${streak.length}-day streak` : 'No current streak';
}

function longestText(longest: Streak): string {
  if (longest.length === 0 || longest.start === null || longest.end === null) {
    return '';
  }
  return `longest ${plural(longest.length, 'day')} (${formatShortDate(longest.start)} ${longest.start.slice(0, 4)} – ${formatShortDate(longest.end)} ${longest.end.slice(0, 4)})`;
}

export function headerView(entryCount: number, summary: TrendSummary, controls: HTMLElement): HTMLElement {
  const { totals, streaks } = summary;
  const lean = totals.whyShare === null
    ? `${plural(totals.entries, 'entry', 'entries')} in this range, none tagged yet.`
    : `${plural(totals.entries, 'entry', 'entries')} in this range: ${percentLabel(totals.whyShare)} why, `
      + `${percentLabel(totals.howShare)} how, ${percentLabel(totals.balancedShare)} balanced.`;
  return el('header', { class: 'top' }, [
    el('div', { class: 'headline' }, [
      el('h2', { text: 'Your leadership trends' }),
      el('p', { class: 'stats' }, [
        el('span', { class: 'stat', attrs: { id: 'entry-count' } }, [el('strong', { text: count(entryCount) }), entryCount === 1 ? ' entry' : ' entries']),
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
