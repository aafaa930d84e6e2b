// The kinds of entry the user can create, and the Markdown body each one starts with.
// Kinds are data: a title template and a list of sections, each keyed by a stable id so a
// translation can replace the text without touching the structure. `body` is rendered from that
// data here, once, so every kind obeys the same body-format contract:
//
//   # <title>                  line 0: the title, the only line that may hold variables
//                              (besides the `{{prompt}}` heading of the daily kind)
//   <empty>
//   ## <prompt>                a section: a level-2 heading holding one prompt
//   <empty>
//   <empty>                    free-answer section: exactly one empty answer line, or
//   - <Label>: ␠               structured section: one list item per answer, blank after ": "
//   - [ ] <Label>: ␠           (a task item, for an answer that is a commitment to tick later)
//   <empty>                    one empty line before the next heading
//   ## <prompt> …
//
// The body ends with exactly one newline. Because of that, every kind's last section is a
// structured one: a free-answer section at the very end would leave the body ending in blank lines.
// The product writes the front matter (`date`, `kind`, `people`) before the body.

/**
 * The only variables a kind's body may use: `{{date}}` (2026-11-23), `{{weekday}}` (Monday),
 * `{{longdate}}` (the date written out for the locale: `23. November 2026`), `{{week}}` (the ISO week
 * label, 2026-W48), `{{person}}` and `{{prompt}}` (the prompt of the day). Bodies are plain `{{name}}`
 * templates, filled by the same renderer as the user's own templates. The English kinds use `{{date}}`;
 * a translation's titles may use `{{longdate}}` instead.
 */
export type BodyVariable = 'date' | 'weekday' | 'longdate' | 'week' | 'person' | 'prompt';

export const BODY_VARIABLES: readonly BodyVariable[] = ['date', 'weekday', 'longdate', 'week', 'person', 'prompt'];

export type EntryKindId =
  | 'daily'
  | 'weekly-review'
  | 'one-on-one'
  | 'decision'
  | 'after-action'
  | 'start-stop-continue'
  | 'situational'
  | 'trap-check'
  | 'feedback';

/** One structured answer: rendered as `- <label>: ` (or `- [ ] <label>: `) with the value left blank. */
export interface KindItem {
  /** `<section id>.<slug>`. */
  readonly id: string;
  /** No colon, no variables, no line break. */
  readonly label: string;
  /** A commitment the user ticks once it is done: rendered as a task item. Structure, not text. */
  readonly task?: boolean;
}

/**
 * Item labels earlier templates wrote, by item id. Entries made with them are still read: their
 * unanswered labels are scaffolding (scaffoldLines.ts) and their answers are answers (answers.ts).
 */
export const LEGACY_LABELS: Readonly<Record<string, readonly string[]>> = {
  // "Commitment" is the product's word for a promise to act; the check-in now asks about motivation.
  'situational.readiness.commitment': ['Commitment to this task'],
};

export interface KindSection {
  /** `<kind id>.<slug>`. */
  readonly id: string;
  /** The prompt shown as the `## ` heading. No variables, except the daily `{{prompt}}` heading. */
  readonly heading: string;
  /** Present for a structured section; absent for a free-answer section. */
  readonly items?: readonly KindItem[];
}

export interface EntryKind {
  readonly id: EntryKindId;
  /** Short name for a QuickPick. */
  readonly label: string;
  /** One sentence for the QuickPick's detail line. */
  readonly description: string;
  /**
   * Added after the date or week in the file name, with a `-`: `''` means none. `daily` →
   * `2026-11-23.md`, `review` → `2026-W48-review.md`, `1on1` with a person → `2026-11-23-1on1-ana.md`.
   */
  readonly fileSuffix: string;
  /** `week` kinds are named by the ISO week (`2026-W48`), `day` kinds by the date. */
  readonly period: 'day' | 'week';
  /** The user is asked for a person; the title uses `{{person}}`. */
  readonly needsPerson: boolean;
  /** The title template, without the leading `# `. */
  readonly title: string;
  readonly sections: readonly KindSection[];
  /** The Markdown template written after the front matter (see the contract at the top). */
  readonly body: string;
}

/** The heading of the daily section that receives the prompt of the day. */
export const PROMPT_OF_THE_DAY_HEADING = '{{prompt}}';

type KindSource = Omit<EntryKind, 'body'>;

export function free(id: string, heading: string): KindSection {
  return { id, heading };
}

export function structured(id: string, heading: string, items: readonly (readonly [slug: string, label: string, task?: 'task'])[]): KindSection {
  return { id, heading, items: items.map(([slug, label, task]) => ({ id: `${id}.${slug}`, label, ...(task ? { task: true } : {}) })) };
}

const daily: KindSource = {
  id: 'daily',
  label: 'Daily reflection',
  description: "A few minutes before I close the day: today's prompt, where I worked on the why and the how, and a commitment for tomorrow.",
  fileSuffix: '',
  period: 'day',
  needsPerson: false,
  title: '{{weekday}}, {{date}}',
  sections: [
    free('daily.prompt-of-the-day', PROMPT_OF_THE_DAY_HEADING),
    free('daily.why', 'Where did I work on the why today: purpose, direction or people?'),
    free('daily.how', 'Where did I work on the how today: plans, resources or unblocking?'),
    structured('daily.close', 'Closing the day', [
      ['lean', 'Today leaned towards (why, how or both)'],
      ['commitment', 'One commitment for tomorrow', 'task'],
    ]),
  ],
};

const weeklyReview: KindSource = {
  id: 'weekly-review',
  label: 'Weekly review',
  description: 'Look back over the week: what moved, how my attention split between direction and organisation, and what to focus on next.',
  fileSuffix: 'review',
  period: 'week',
  needsPerson: false,
  title: 'Week {{week}} review',
  sections: [
    free('weekly-review.moved', 'What moved forward this week that I am glad about?'),
    free('weekly-review.why', 'Where did I set direction or give meaning this week?'),
    free('weekly-review.how', 'Where did I plan, organise or clear the way this week?'),
    free('weekly-review.neglected', 'Which side, the why or the how, got too little of my attention?'),
    free('weekly-review.pattern', 'Which pattern in my week would I like to change?'),
    structured('weekly-review.next', 'Next week', [
      ['leading-focus', 'My leading focus'],
      ['managing-focus', 'My managing focus'],
      ['let-go', 'One thing I will let go of'],
    ]),
  ],
};

const oneOnOne: KindSource = {
  id: 'one-on-one',
  label: '1:1 preparation',
  description: 'Get ready for a one-to-one: what I want them to leave with, what to recognise, what to ask, and what we agree.',
  fileSuffix: '1on1',
  period: 'day',
  needsPerson: true,
  title: '1:1 with {{person}}, {{date}}',
  sections: [
    free('one-on-one.leave-with', 'What do I want them to leave this conversation with?'),
    free('one-on-one.recognise', 'What have they achieved since we last met that I want to acknowledge?'),
    free('one-on-one.weighing', 'What might be weighing on them right now?'),
    free('one-on-one.open-question', 'Which open question will I ask, and then simply listen to the answer?'),
    free('one-on-one.direction', 'How much direction do they need from me on their main piece of work?'),
    free('one-on-one.feedback', 'What feedback do I owe them?'),
    structured('one-on-one.agreements', 'What we agreed', [
      ['they-will', 'They will'],
      ['i-will', 'I will'],
      ['next-check-in', 'Next check-in'],
    ]),
  ],
};

const decision: KindSource = {
  id: 'decision',
  label: 'Decision log',
  description: 'Record a decision while it is fresh: the situation, the options, the reasoning, who it touches, and how it will be carried out and checked.',
  fileSuffix: 'decision',
  period: 'day',
  needsPerson: false,
  title: 'Decision, {{date}}',
  sections: [
    free('decision.context', 'What situation calls for this decision?'),
    free('decision.options', 'Which options did I seriously consider?'),
    free('decision.choice', 'What did I decide?'),
    free('decision.why', 'Why is this the right choice over the alternatives?'),
    free('decision.affected', 'Who will feel the effects of this decision?'),
    structured('decision.follow-through', 'Carrying it out and checking it', [
      ['first-step', 'First step'],
      ['owner', 'Owner'],
      ['deadline', 'Deadline'],
      ['success-sign', 'How I will know it worked'],
      ['review-on', 'Review on'],
    ]),
  ],
};

const afterAction: KindSource = {
  id: 'after-action',
  label: 'After-action review',
  description: 'Learn from something that just happened: the intent, the outcome, the reasons for the gap, and what to keep or change.',
  fileSuffix: 'aar',
  period: 'day',
  needsPerson: false,
  title: 'After-action review, {{date}}',
  sections: [
    free('after-action.intended', 'What did we expect to happen?'),
    free('after-action.actual', 'What actually happened?'),
    free('after-action.gap', 'What explains the gap between the plan and the result?'),
    structured('after-action.next-time', 'Next time', [
      ['sustain', 'Keep doing'],
      ['improve', 'Change'],
      ['tell', 'Who needs to hear about this'],
    ]),
  ],
};

const startStopContinue: KindSource = {
  id: 'start-stop-continue',
  label: 'Start, stop, continue',
  description: 'Three quick questions about my own habits as a leader and a manager, and the one change I will make first.',
  fileSuffix: 'ssc',
  period: 'day',
  needsPerson: false,
  title: 'Start, stop, continue, {{date}}',
  sections: [
    free('start-stop-continue.start', 'What is one thing I should start doing?'),
    free('start-stop-continue.stop', 'What is one thing I should stop doing?'),
    free('start-stop-continue.continue', 'What is working well enough that I should keep doing it?'),
    structured('start-stop-continue.act', 'Acting on it', [
      ['change', 'The change I will make first'],
      ['first-step', 'First step'],
      ['check-back', 'Check back on'],
    ]),
  ],
};

const situational: KindSource = {
  id: 'situational',
  label: 'Situational check-in',
  description: "For one person and one task: how able and how willing they are, which style that calls for, and whether it matches the style I used.",
  fileSuffix: 'situational',
  period: 'day',
  needsPerson: true,
  title: 'Situational check-in: {{person}}, {{date}}',
  sections: [
    free('situational.task', 'Which task or goal is this check-in about?'),
    free('situational.evidence', 'What have I actually observed of their work on this task?'),
    structured('situational.readiness', 'Their readiness (low, some or high)', [
      ['competence', 'Competence on this task'],
      ['commitment', 'Motivation and confidence for this task'],
    ]),
    structured('situational.style', 'Style (directing, coaching, supporting or delegating)', [
      ['fits', 'Style that fits'],
      ['used', 'Style I actually used'],
      ['matched', 'Did the two match'],
    ]),
    structured('situational.next', 'Next step', [
      ['adjust', 'What I will adjust'],
      ['check-again', 'When I will check again'],
    ]),
  ],
};

// One section per trap, keyed by the domain's stable trap ids.
const trapCheck: KindSource = {
  id: 'trap-check',
  label: 'Trap check',
  description: 'Four honest questions about the ways leading and managing go wrong, and one small counter-move.',
  fileSuffix: 'traps',
  period: 'day',
  needsPerson: false,
  title: 'Trap check, {{date}}',
  sections: [
    free('trap-check.micromanaging-leader', 'Where did I hold on to details that I had already handed over?'),
    free('trap-check.visionless-manager', 'Which routine did I defend without asking whether it still serves us?'),
    free('trap-check.nice-leader-no-follow-through', 'Which of my ideas or promises is still waiting for follow-through?'),
    free('trap-check.taskmaster-manager', 'When did I drive the pace without checking how people were holding up?'),
    structured('trap-check.counter-move', 'Closing the check', [
      ['closest-trap', 'The trap I came closest to'],
      ['counter-move', 'One small counter-move I will try'],
    ]),
  ],
};

// Feedback in the SBI form (situation, behaviour, impact), then what I will say: a recognition or a
// request. The three parts are free sections, read by feedback/sbiCheck.ts by their first word.
const feedback: KindSource = {
  id: 'feedback',
  label: 'Feedback note',
  description: 'Note feedback for one person while it is fresh: the situation, what they did, its impact, and the recognition or the request I will give.',
  fileSuffix: 'feedback',
  period: 'day',
  needsPerson: true,
  title: 'Feedback for {{person}}, {{date}}',
  sections: [
    free('feedback.situation', 'Situation: when and where was it?'),
    free('feedback.behaviour', 'Behaviour: what exactly did they do or say?'),
    free('feedback.impact', 'Impact: what did it lead to, for the work, the team or me?'),
    structured('feedback.say', 'What I will say', [
      ['recognition', 'Recognition (what to keep doing)'],
      ['request', 'Request (what to do differently)'],
    ]),
  ],
};

/**
 * Renders a kind's body by the contract at the top of this file. Exported for the entries the product
 * writes from others (a decision's revisit, revisitKind.ts), which obey the same contract.
 */
export function renderBody(kind: Pick<KindSource, 'title' | 'sections'>): string {
  const lines = [`# ${kind.title}`, ''];
  kind.sections.forEach((section, index) => {
    if (index > 0) {
      lines.push('');
    }
    lines.push(`## ${section.heading}`, '');
    if (section.items) {
      lines.push(...section.items.map((item) => `- ${item.task ? '[ ] ' : ''}${item.label}: `));
    } else {
      lines.push('');
    }
  });
  return `${lines.join('\n')}\n`;
}

/** All kinds in QuickPick order: the everyday ones first (feedback, added later, last). */
export const ENTRY_KINDS: readonly EntryKind[] = [
  daily, weeklyReview, oneOnOne, decision, afterAction, startStopContinue, situational, trapCheck, feedback,
].map((kind) => ({ ...kind, body: renderBody(kind) }));

export const ENTRY_KIND_IDS: readonly EntryKindId[] = ENTRY_KINDS.map((kind) => kind.id);

export function isEntryKindId(value: unknown): value is EntryKindId {
  return typeof value === 'string' && (ENTRY_KIND_IDS as readonly string[]).includes(value);
}

/**
 * A kind's texts in another language, keyed by the stable ids above: each kind's `label`,
 * `description` and `title` by kind id, and every section heading and structured item label by its
 * section or item id (`daily.why`, `daily.close.lean`). Structure (sections, items, file names,
 * periods) is never translated. The prompt-of-the-day heading is `{{prompt}}` in every language and
 * is not listed.
 */
export interface KindTranslation {
  readonly kinds: Readonly<Record<EntryKindId, Pick<EntryKind, 'label' | 'description' | 'title'>>>;
  readonly texts: Readonly<Record<string, string>>;
}

/**
 * {@link ENTRY_KINDS} with the translation's texts, bodies rendered by the same contract.
 * @throws RangeError naming the first id the translation lacks.
 */
export function translateKinds(translation: KindTranslation): readonly EntryKind[] {
  const text = (id: string): string => {
    const value = translation.texts[id];
    if (value === undefined) {
      throw new RangeError(`The translation has no text for ${id}`);
    }
    return value;
  };
  return ENTRY_KINDS.map((kind): EntryKind => {
    const source: KindSource = {
      ...kind,
      ...translation.kinds[kind.id],
      sections: kind.sections.map((section) => ({
        id: section.id,
        heading: section.heading === PROMPT_OF_THE_DAY_HEADING ? section.heading : text(section.id),
        ...(section.items ? { items: section.items.map((item) => ({ ...item, label: text(item.id) })) } : {}),
      })),
    };
    return { ...source, body: renderBody(source) };
  });
}

export function entryKind(id: EntryKindId): EntryKind {
  const kind = ENTRY_KINDS.find((candidate) => candidate.id === id);
  if (!kind) {
    throw new RangeError(`Unknown entry kind: ${id}`);
  }
  return kind;
}
