import * as assert from 'node:assert/strict';
import type { CalendarEvent } from '../../../../src/core/timeAudit/calendarEvent';
import { createCategorizer, foldTitle } from '../../../../src/core/timeAudit/categorize';
import { DEFAULT_CATEGORY_RULES, type CategoryRules } from '../../../../src/core/timeAudit/categoryRules';
import { fixture, OWNER, read } from './calendarFixtures';

function event(title: string, people: readonly string[] = [], more: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: title, title, people, allDay: false, transparent: false, recurring: false,
    source: { file: 't.ics', line: 1 }, notes: [], ...more,
  };
}

const me = OWNER;
const ana = 'ana.lopez@northwind.example';
const ben = 'ben.okafor@northwind.example';
const buyer = 'buyer@contoso.example';

describe('time audit: categories by rules', () => {
  const categorizer = createCategorizer(DEFAULT_CATEGORY_RULES, { me: [me] });
  const categoryOf = (e: CalendarEvent): string => categorizer.categorize(e).category.id;

  it('places events by title, in English and German, whole words only', () => {
    assert.equal(categoryOf(event('Ana / Sam 1:1', [me, ana, ben])), 'one-on-one');
    assert.equal(categoryOf(event('1-1 Ben')), 'one-on-one');
    assert.equal(categoryOf(event('Catch-Up with Ana')), 'one-on-one');
    assert.equal(categoryOf(event('Q3 All-Hands')), 'all-hands');
    assert.equal(categoryOf(event('Interview: backend engineer', [me, ana])), 'hiring');
    assert.equal(categoryOf(event('Vorstellungsgespräch Frau Weber')), 'hiring');
    assert.equal(categoryOf(event('Sprint Planning', [me, ana, ben])), 'planning');
    assert.equal(categoryOf(event('Team stand-up', [me, ana, ben])), 'planning');
    assert.equal(categoryOf(event('Teambesprechung', [me, ana, ben])), 'team');
    assert.equal(categoryOf(event('Mentoring with Rosa')), 'coaching');
    assert.equal(categoryOf(event('Focus time')), 'focus');
    assert.equal(categoryOf(event('Code reviewer chat', [me, ana, ben])), 'other', '"reviewer" is not "review"');
    assert.equal(categoryOf(event('Design sync-up', [me, ana, ben])), 'planning', '"sync-up" reads as "sync up"');
    assert.equal(categoryOf(event('1:10 with the board', [me, ana, ben])), 'other', '"1:10" is not "1:1"');
  });

  it('places events by who is invited when the title says nothing', () => {
    assert.equal(categoryOf(event('Ana <> Sam', [me, ana])), 'one-on-one');
    assert.equal(categoryOf(event('Ana <> Sam', [ana])), 'one-on-one', 'the owner counts even where the export leaves them out');
    assert.equal(categoryOf(event('Contoso rollout', [me, buyer])), 'external');
    assert.equal(categoryOf(event('Lunch', [me, ana, ben])), 'other');
    assert.equal(categoryOf(event('Dentist')), 'other');
  });

  it('never guesses: an unknown event is other, and a meeting only with others invited', () => {
    const alone = categorizer.categorize(event('Write the board memo'));
    assert.deepEqual([alone.category.id, alone.meeting, alone.ruleIndex], ['other', false, -1]);
    assert.equal(categorizer.categorize(event('Lunch', [me, ana, ben])).meeting, true);
    assert.equal(categorizer.categorize(event('Write the hiring plan')).meeting, false, 'hiring alone is work');
    assert.equal(categorizer.categorize(event('Focus time', [me, ana])).meeting, false);
    assert.equal(categorizer.categorize(event('1:1 Ana')).meeting, true, 'a 1:1 entered by hand is a meeting');
  });

  it('says which rule placed an event and what met each condition', () => {
    const titled = categorizer.explain(event('Ana / Sam 1:1', [me, ana]));
    assert.equal(titled.text, 'Rule 5, "1:1 by title", placed it in 1:1: the title has "1:1".');
    const external = categorizer.explain(event('Contoso rollout', [me, buyer]));
    assert.equal(external.text, 'Rule 8, "Someone from outside", placed it in External: someone from outside is invited (buyer@contoso.example).');
    const two = categorizer.explain(event('Ana <> Sam', [me, ana]));
    assert.deepEqual(two.reasons, ['2 people, you included']);
    const other = categorizer.explain(event('Dentist'));
    assert.match(other.text, /^No rule matched, so it is in Other: events are only placed by the rules, never guessed\.$/);
  });

  it('follows the user\'s rules: their order, their sides, their own categories and domains', () => {
    const rules: CategoryRules = {
      categories: [
        ...DEFAULT_CATEGORY_RULES.categories.map((category) => (category.id === 'one-on-one' ? { ...category, side: 'how' as const } : category)),
        { id: 'customer', label: 'Customer work', side: 'how', meeting: 'always' },
      ],
      rules: [
        { name: 'Customers', category: 'customer', title: ['customer', 'client'] },
        { name: 'Big meetings', category: 'team', people: { min: 5 } },
        { name: 'Everything all day', category: 'other', allDay: true },
        { name: 'Only outside', category: 'external', external: true },
        { name: 'Rule for a category nobody defined', category: 'nope' },
      ],
      internalDomains: ['contoso.example'],
    };
    const mine = createCategorizer(rules, { me: [me] });
    assert.equal(mine.categorize(event('Customer call', [me, buyer])).category.id, 'customer');
    assert.equal(mine.categorize(event('Ops review', [me, ana, ben, buyer, 'x@northwind.example'])).category.id, 'team');
    assert.equal(mine.categorize(event('Contoso sync', [me, buyer])).category.id, 'other', 'contoso.example is internal here');
    assert.equal(mine.categorize(event('1:1')).category.id, 'other', 'the built-in rules are replaced');
    assert.ok(mine.categories.some((category) => category.id === 'other'));
  });

  it('reads no external condition without any known domain', () => {
    const anonymous = createCategorizer(DEFAULT_CATEGORY_RULES, { me: [] });
    assert.equal(anonymous.categorize(event('Contoso rollout', [ana, buyer])).category.id, 'one-on-one');
  });

  it('places the fixtures\' events as a reader would', () => {
    const reading = read([fixture('outlook-export'), fixture('google-export'), fixture('apple-export')]);
    const placed = new Map<string, string>();
    for (const occurrence of reading.occurrences) {
      placed.set(occurrence.event.title, categoryOf(occurrence.event));
    }
    assert.deepEqual(Object.fromEntries(placed), {
      'Team meeting': 'team', 'Dara / Sam 1:1': 'one-on-one', 'Focus time': 'focus', 'Contoso rollout': 'external',
      'Team stand-up': 'planning', 'Ana <> Sam': 'one-on-one', 'Epiphany (Heilige Drei Könige)': 'other',
      'Quarterly planning': 'planning', 'All hands (US)': 'all-hands', 'Sprint review week': 'planning',
      'Mentoring with Rosa': 'coaching', 'Write the hiring plan': 'hiring', 'Ana\'s birthday': 'other', 'Day off': 'other',
      'Leadership conference': 'other',
    });
  });

  it('folds titles for matching: case, accents, hyphens and underscores', () => {
    assert.equal(foldTitle('  Çatch-Up__with   ANA '), 'catch up with ana');
  });
});
