// The categories a calendar's time is sorted into, and the rules that sort it: plain data the user
// can read and change (the extension reads them from `.calendar/rules.yml`; readCategoryRules.ts
// checks them). A rule looks only at an event's title, the number of people invited, whether anyone
// is from outside the user's domains, and whether it is all-day: never at descriptions or notes.
// An event no rule matches is "other" — nothing is guessed.

/** Which side of the balance a category's time counts for: leading, managing, or neither. */
export type Side = 'why' | 'how' | 'neither';

/** Whether a category's events are meetings: always, never (focus time), or when others are invited. */
export type MeetingKind = 'always' | 'never' | 'with-others';

export interface CategoryDefinition {
  /** Stable id used by rules, exports and charts: `one-on-one`, `planning`, … */
  readonly id: string;
  /** The name shown; built-in categories are named by the UI in the user's language instead. */
  readonly label: string;
  readonly side: Side;
  readonly meeting: MeetingKind;
}

export interface PeopleCount {
  readonly min?: number;
  readonly max?: number;
}

export interface CategoryRule {
  /** Shown by "why this category?". */
  readonly name: string;
  readonly category: string;
  /**
   * Words or phrases, any of which in the title matches: whole words, case, accents, hyphens and
   * underscores ignored (`catch up` matches "Catch-Up"; `review` does not match "reviewer").
   */
  readonly title?: readonly string[];
  /** How many people are invited, the user included (rooms and resources are not people). */
  readonly people?: PeopleCount;
  /** True: someone invited is from outside the internal domains. */
  readonly external?: boolean;
  readonly allDay?: boolean;
}

export interface CategoryRules {
  readonly categories: readonly CategoryDefinition[];
  /** Tried in order; the first whose every condition holds decides. */
  readonly rules: readonly CategoryRule[];
  /** Domains inside the organisation, beside those of the user's own addresses. */
  readonly internalDomains: readonly string[];
}

/** The category of events no rule places; always present, whatever the rules file says. */
export const OTHER_CATEGORY: CategoryDefinition = { id: 'other', label: 'Other', side: 'neither', meeting: 'with-others' };

/**
 * The built-in categories. Sides follow Kotter's split of leading (direction, alignment,
 * motivation: 1:1s, all-hands, coaching) and managing (planning, organising and staffing,
 * controlling: team coordination, hiring, planning and status). External meetings and focus time
 * can be either, so they count for neither until the user says otherwise. Hiring and planning
 * events are meetings only with someone else invited ("Write the hiring plan" alone is work, not a
 * meeting); 1:1s, team meetings, all-hands and coaching are meetings even when entered by hand.
 */
export const DEFAULT_CATEGORIES: readonly CategoryDefinition[] = [
  { id: 'one-on-one', label: '1:1', side: 'why', meeting: 'always' },
  { id: 'team', label: 'Team meeting', side: 'how', meeting: 'always' },
  { id: 'all-hands', label: 'All-hands', side: 'why', meeting: 'always' },
  { id: 'external', label: 'External', side: 'neither', meeting: 'always' },
  { id: 'hiring', label: 'Hiring', side: 'how', meeting: 'with-others' },
  { id: 'planning', label: 'Planning, review and status', side: 'how', meeting: 'with-others' },
  { id: 'coaching', label: 'Coaching and mentoring', side: 'why', meeting: 'always' },
  { id: 'focus', label: 'Focus time', side: 'neither', meeting: 'never' },
  OTHER_CATEGORY,
];

/** The built-in rules, in English and German titles. The order matters: "1:1 interview" is hiring. */
export const DEFAULT_RULES: readonly CategoryRule[] = [
  {
    name: 'Focus time', category: 'focus',
    title: ['focus', 'focus time', 'deep work', 'heads down', 'no meetings', 'Fokuszeit', 'Fokus', 'Konzentrationszeit'],
  },
  {
    name: 'Hiring', category: 'hiring',
    title: ['interview', 'interviews', 'hiring', 'candidate', 'hiring debrief', 'recruiting', 'Vorstellungsgespräch', 'Bewerbungsgespräch', 'Bewerber', 'Bewerberin'],
  },
  {
    name: 'All-hands', category: 'all-hands',
    title: ['all hands', 'town hall', 'townhall', 'company meeting', 'all staff', 'Betriebsversammlung', 'Mitarbeiterversammlung'],
  },
  {
    name: 'Coaching and mentoring', category: 'coaching',
    title: ['coaching', 'mentoring', 'mentor', 'mentee', 'Mentorin'],
  },
  {
    name: '1:1 by title', category: 'one-on-one',
    title: ['1:1', '1-1', '1on1', '1 on 1', 'one on one', 'catch up', 'catchup', 'Einzelgespräch'],
  },
  {
    name: 'Team meetings', category: 'team',
    title: ['team meeting', 'team sync', 'team weekly', 'staff meeting', 'Teammeeting', 'Teamrunde', 'Teambesprechung'],
  },
  {
    name: 'Planning, reviews and status', category: 'planning',
    title: [
      'planning', 'plan', 'review', 'retro', 'retrospective', 'status', 'stand up', 'standup', 'sync', 'roadmap',
      'OKR', 'OKRs', 'QBR', 'sprint', 'budget', 'forecast', 'Planung', 'Statusmeeting', 'Abstimmung', 'Budget',
    ],
  },
  { name: 'Someone from outside', category: 'external', external: true },
  { name: 'Two people', category: 'one-on-one', people: { min: 2, max: 2 } },
];

export const DEFAULT_CATEGORY_RULES: CategoryRules = {
  categories: DEFAULT_CATEGORIES,
  rules: DEFAULT_RULES,
  internalDomains: [],
};
