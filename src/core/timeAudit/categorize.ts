// Places an event in a category by the rules (categoryRules.ts), and says why: which rule, and what
// in the event met each of its conditions. Rules are compiled once (one regular expression per rule's
// titles); an event's title is folded once per call.
import { plural } from '../text/format';
import type { CalendarEvent } from './calendarEvent';
import { OTHER_CATEGORY, type CategoryDefinition, type CategoryRule, type CategoryRules } from './categoryRules';

export interface Identity {
  /** The user's own addresses. */
  readonly me: readonly string[];
}

export interface CategoryDecision {
  readonly category: CategoryDefinition;
  /** The rule that decided, and its place in the list (0-based); undefined and -1 for "other". */
  readonly rule: CategoryRule | undefined;
  readonly ruleIndex: number;
  /**
   * Whether the event counts as a meeting: by its category's `meeting` — always, never, or (for
   * "other") when someone besides the user is invited.
   */
  readonly meeting: boolean;
}

/** What met one condition of the deciding rule, as data, for a caller that words it in another language. */
export type ReasonFact =
  | { readonly kind: 'title'; readonly word: string }
  | { readonly kind: 'people'; readonly count: number }
  | { readonly kind: 'external'; readonly outsider: string | undefined }
  | { readonly kind: 'allDay'; readonly allDay: boolean }
  | { readonly kind: 'no-conditions' };

export interface CategoryExplanation extends CategoryDecision {
  /** What met each condition of the deciding rule: `the title has "1:1"`, `2 people, you included`. */
  readonly reasons: readonly string[];
  /** The same, as data, in the same order. */
  readonly facts: readonly ReasonFact[];
  /** One sentence for the "why this category?" command. */
  readonly text: string;
}

export interface Categorizer {
  readonly categories: readonly CategoryDefinition[];
  categorize(event: CalendarEvent): CategoryDecision;
  explain(event: CalendarEvent): CategoryExplanation;
}

interface CompiledRule {
  readonly rule: CategoryRule;
  readonly index: number;
  readonly category: CategoryDefinition;
  readonly title: RegExp | undefined;
}

/**
 * Builds a categorizer. Rules naming a category that is not defined are skipped (readCategoryRules
 * reports them); "other" is always defined.
 */
export function createCategorizer(rules: CategoryRules, identity: Identity): Categorizer {
  const categories = rules.categories.some((category) => category.id === OTHER_CATEGORY.id)
    ? rules.categories
    : [...rules.categories, OTHER_CATEGORY];
  const byId = new Map(categories.map((category) => [category.id, category]));
  const other = byId.get(OTHER_CATEGORY.id) ?? OTHER_CATEGORY;
  const me = new Set(identity.me.map(normalAddress));
  const internal = new Set([...rules.internalDomains.map((domain) => domain.trim().toLowerCase()), ...[...me].map(domainOf)]);
  internal.delete('');
  const compiled: CompiledRule[] = [];
  rules.rules.forEach((rule, index) => {
    const category = byId.get(rule.category);
    if (category) {
      compiled.push({ rule, index, category, title: rule.title && rule.title.length > 0 ? titlePattern(rule.title) : undefined });
    }
  });

  const outside = new Map<string, boolean>();
  const isOutsider = (person: string): boolean => {
    let answer = outside.get(person);
    if (answer === undefined) {
      answer = !internal.has(domainOf(person));
      outside.set(person, answer);
    }
    return answer;
  };
  const facts = (event: CalendarEvent): Omit<EventFacts, 'title'> => {
    const includesMe = event.people.some((person) => me.has(person));
    return {
      // The user is at their own meetings even where an export leaves them out; without their
      // addresses that cannot be told, and the list is taken as it is.
      people: event.people.length + (me.size > 0 && event.people.length > 0 && !includesMe ? 1 : 0),
      outsiders: internal.size === 0 ? [] : event.people.filter(isOutsider),
    };
  };

  const decide = (event: CalendarEvent, seen: Omit<EventFacts, 'title'>): { decision: CategoryDecision; reasons: ReasonFact[] } => {
    const known: EventFacts = { ...seen, title: foldTitle(event.title) };
    for (const candidate of compiled) {
      const reasons = matches(candidate, event, known);
      if (reasons) {
        const decision = { category: candidate.category, rule: candidate.rule, ruleIndex: candidate.index, meeting: isMeeting(candidate.category, known) };
        return { decision, reasons };
      }
    }
    return { decision: { category: other, rule: undefined, ruleIndex: -1, meeting: isMeeting(other, known) }, reasons: [] };
  };

  // A calendar repeats itself ("Customer call" five hundred times): decisions are kept per title and
  // what the rules can see besides it, so each distinct event is judged once.
  const decided = new Map<string, CategoryDecision>();
  return {
    categories,
    categorize(event) {
      const known = facts(event);
      const key = `${event.title}\u0000${known.people}\u0000${known.outsiders.length > 0}\u0000${event.allDay}`;
      let decision = decided.get(key);
      if (!decision) {
        decision = decide(event, known).decision;
        decided.set(key, decision);
      }
      return decision;
    },
    explain(event) {
      const { decision, reasons: found } = decide(event, facts(event));
      const reasons = found.map(reasonText);
      const text = decision.rule
        ? `Rule ${decision.ruleIndex + 1}, "${decision.rule.name}", placed it in ${decision.category.label}: ${reasons.join('; ')}.`
        : `No rule matched, so it is in ${decision.category.label}: events are only placed by the rules, never guessed.`;
      return { ...decision, reasons, facts: found, text };
    },
  };
}

function isMeeting(category: CategoryDefinition, facts: EventFacts): boolean {
  return category.meeting === 'always' || (category.meeting === 'with-others' && facts.people >= 2);
}

interface EventFacts {
  readonly title: string;
  readonly people: number;
  readonly outsiders: readonly string[];
}

/** What met each condition, or undefined if one does not. A rule with no condition matches. */
function matches(candidate: CompiledRule, event: CalendarEvent, facts: EventFacts): ReasonFact[] | undefined {
  const { rule } = candidate;
  const reasons: ReasonFact[] = [];
  if (candidate.title) {
    const found = candidate.title.exec(facts.title);
    if (!found) {
      return undefined;
    }
    const word = rule.title?.find((phrase) => foldTitle(phrase) === found[1]) ?? found[1] ?? '';
    reasons.push({ kind: 'title', word });
  }
  if (rule.people) {
    const { min = 0, max = Number.POSITIVE_INFINITY } = rule.people;
    if (facts.people < min || facts.people > max) {
      return undefined;
    }
    reasons.push({ kind: 'people', count: facts.people });
  }
  if (rule.external !== undefined) {
    const external = facts.outsiders.length > 0;
    if (external !== rule.external) {
      return undefined;
    }
    reasons.push({ kind: 'external', outsider: facts.outsiders[0] });
  }
  if (rule.allDay !== undefined) {
    if (event.allDay !== rule.allDay) {
      return undefined;
    }
    reasons.push({ kind: 'allDay', allDay: event.allDay });
  }
  return reasons.length > 0 ? reasons : [{ kind: 'no-conditions' }];
}

/** A reason in English: `the title has "1:1"`, `2 people, you included`. */
export function reasonText(fact: ReasonFact): string {
  switch (fact.kind) {
    case 'title':
      return `the title has "${fact.word}"`;
    case 'people':
      return `${plural(fact.count, 'person', 'people')}, you included`;
    case 'external':
      return fact.outsider === undefined ? 'everyone invited is from inside' : `someone from outside is invited (${fact.outsider})`;
    case 'allDay':
      return fact.allDay ? 'it is an all-day event' : 'it is not an all-day event';
    case 'no-conditions':
      return 'the rule has no conditions';
  }
}

/** Lower case, accents off, hyphens and underscores as spaces, runs of spaces as one. */
export function foldTitle(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-_\s]+/g, ' ').trim();
}

function titlePattern(phrases: readonly string[]): RegExp | undefined {
  const folded = [...new Set(phrases.map(foldTitle).filter((phrase) => phrase !== ''))];
  if (folded.length === 0) {
    return undefined;
  }
  // Longest first, so "focus time" is reported rather than "focus" when both are listed.
  folded.sort((a, b) => b.length - a.length);
  const alternatives = folded.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

function normalAddress(address: string): string {
  return address.trim().replace(/^mailto:/i, '').toLowerCase();
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1);
}
