// The prompt packs: questions a coach might ask a manager looking back on a day, grouped by theme.
// This file is data only. Every pack and prompt has a stable id (`pack.slug`) that translations,
// settings and stored state refer to, so an id is never renamed or reused once shipped; only the
// English text beside it may be reworded. Texts are unique across all packs (case and whitespace
// ignored), because the tagger recognises a scaffolded heading by its text alone.

export type PackId = 'leading' | 'managing' | 'balance' | 'situational' | 'traps' | 'reflection';

export interface Prompt {
  /** `<pack id>.<kebab-case slug>`, e.g. `leading.why-today`. */
  readonly id: string;
  /** One first-person question, answerable in a few lines. No line breaks, no Markdown. */
  readonly text: string;
}

export interface PromptPack {
  readonly id: PackId;
  readonly label: string;
  readonly description: string;
  readonly prompts: readonly Prompt[];
}

const leading: PromptPack = {
  id: 'leading',
  label: 'Leading: the why',
  description: 'Direction, meaning, trust and growth: how I helped people see what their work is for, and grow.',
  prompts: [
    { id: 'leading.why-today', text: 'When did I explain why a piece of work matters, rather than only what to do?' },
    { id: 'leading.future-picture', text: 'How would I describe where my team is heading in a year, in two sentences anyone could repeat?' },
    { id: 'leading.spark', text: 'What did I notice that lit someone up at work today?' },
    { id: 'leading.trust-extended', text: 'What did I trust someone with today that genuinely mattered to me?' },
    { id: 'leading.listened', text: 'What did I hear today because I listened without preparing my reply?' },
    { id: 'leading.courage', text: 'What did I say or decide today that took some nerve?' },
    { id: 'leading.question-habit', text: 'Which of our accepted ways of working am I ready to question?' },
    { id: 'leading.change-story', text: 'How would I explain the change we are living through to someone who joined yesterday?' },
    { id: 'leading.growth', text: "Whose growth did I invest in today, even in a small way?" },
    { id: 'leading.hidden-strength', text: 'Which strength in someone on my team deserves a bigger stage?' },
    { id: 'leading.motivations', text: 'Whose motivations do I understand least well right now?' },
    { id: 'leading.values', text: 'Which of my choices today showed what I stand for?' },
    { id: 'leading.awaited-direction', text: 'Where is the team waiting on me to say where we are going?' },
    { id: 'leading.recognition', text: 'Whose contribution did I name out loud today?' },
  ],
};

const managing: PromptPack = {
  id: 'managing',
  label: 'Managing: the how',
  description: "Plans, people's time, budgets, deadlines and numbers: how I turned intentions into work that gets done.",
  prompts: [
    { id: 'managing.how-today', text: 'Which piece of work did I move forward today by planning, organising or unblocking it?' },
    { id: 'managing.next-step', text: 'Which of our goals still lacks a concrete next step?' },
    { id: 'managing.roadblock', text: "What is standing in someone's way that I could clear this week?" },
    { id: 'managing.deadline-risk', text: 'Which of our deadlines is most at risk right now?' },
    { id: 'managing.capacity', text: "Where is my team's capacity thinner than our plan assumes?" },
    { id: 'managing.early-signal', text: 'Which number would warn me early that we are drifting off course?' },
    { id: 'managing.process-friction', text: 'Which step in how we work costs more effort than it returns?' },
    { id: 'managing.handover-gap', text: 'For the last task I handed over, what did I leave unclear: the owner, the deadline or what done looks like?' },
    { id: 'managing.check-in-rhythm', text: 'How often will I look at progress on the work I delegated this week?' },
    { id: 'managing.top-three', text: 'If we can only finish three things this week, which three are they?' },
    { id: 'managing.missing-resource', text: 'What is our plan quietly missing: time, money, people or tools?' },
    { id: 'managing.meeting-cost', text: 'Which of our recurring meetings could be shorter, rarer or gone?' },
    { id: 'managing.unowned-action', text: 'Which action we agreed in a meeting this week still has no owner?' },
    { id: 'managing.dependency', text: 'Which dependency on another team could stall us?' },
  ],
};

const balance: PromptPack = {
  id: 'balance',
  label: 'Balance: why and how together',
  description: 'Direction paired with care, handing over, curiosity on both sides, and turning an aim into steps.',
  prompts: [
    { id: 'balance.split-today', text: 'Roughly how much of my day went to the why, and how much to the how?' },
    { id: 'balance.why-before-how', text: 'Where did I jump into the details before the purpose was clear?' },
    { id: 'balance.pace-and-care', text: "Whose workload did I weigh when I set today's pace?" },
    { id: 'balance.ready-to-own', text: 'What am I still doing myself that someone else is ready to own?' },
    { id: 'balance.make-room', text: "Where could I step back this week to make room for someone else's ideas?" },
    { id: 'balance.bold-option', text: 'Which bold option have I ruled out too quickly?' },
    { id: 'balance.sustainable', text: 'Which part of our plan would be hard to keep up for months?' },
    { id: 'balance.aim-to-steps', text: 'What three steps would turn our current aim into something a person could start tomorrow?' },
    { id: 'balance.line-of-sight', text: 'Who on my team might not see how their current task serves our larger aim?' },
    { id: 'balance.missing-side', text: 'Which did this week need more of from me: direction or organisation?' },
    { id: 'balance.switch-moment', text: 'At what moment today did I need to shift from inspiring to organising?' },
    { id: 'balance.talent-not-tasks', text: "Where am I tracking someone's tasks when I could be growing their talent?" },
    { id: 'balance.reason-and-plan', text: 'Which conversation today needed both a reason and a plan from me?' },
  ],
};

const situational: PromptPack = {
  id: 'situational',
  label: 'Situational: fitting my style',
  description: "Reading each person's skill and drive on a specific task, and choosing to direct, coach, support or delegate to match.",
  prompts: [
    { id: 'situational.competence', text: 'On the task I have in mind, how much skill has this person already shown?' },
    { id: 'situational.commitment', text: 'How much confidence and drive have I seen from this person on this particular task?' },
    { id: 'situational.style-used', text: 'Which style did I use with someone today: directing, coaching, supporting or delegating?' },
    { id: 'situational.direction-fit', text: 'Did the amount of direction I gave today match what the person needed?' },
    { id: 'situational.over-directing', text: 'Where might I be giving more instructions than someone now needs?' },
    { id: 'situational.confidence-dip', text: 'Who on my team does the work well but seems to have lost some confidence in it?' },
    { id: 'situational.new-starter', text: 'Who is starting something unfamiliar and would benefit from clearer steps and closer check-ins from me?' },
    { id: 'situational.ready-to-run', text: 'Who has shown enough skill and drive to run with a task without me?' },
    { id: 'situational.unspoken-expectation', text: 'Which expectation have I assumed rather than said out loud?' },
    { id: 'situational.shortfall', text: 'What do I understand about the reasons behind a recent result that fell short?' },
    { id: 'situational.accountability', text: 'How can I raise a missed commitment so that respect stays intact on both sides?' },
    { id: 'situational.closing-gap', text: 'What support from me would close the distance between where someone is and what their task asks?' },
    { id: 'situational.varies-by-task', text: 'Whose readiness do I see changing most from one task to another?' },
    { id: 'situational.slipping', text: 'Who on my team seems less sure of a task they once handled with ease?' },
  ],
};

// Three prompts per trap, in the order of the trap ids: micromanaging-leader, visionless-manager,
// nice-leader-no-follow-through, taskmaster-manager.
const traps: PromptPack = {
  id: 'traps',
  label: 'Traps: honest self-checks',
  description: 'Four ways the why and the how go wrong: holding on too tightly, losing sight of where we are going, promising without delivering, pushing without caring.',
  prompts: [
    { id: 'traps.redid-handed-work', text: 'Did I redo or rework something today that I had already handed to someone?' },
    { id: 'traps.kept-decisions', text: 'Which decisions am I keeping for myself that the team could make?' },
    { id: 'traps.over-checking', text: "Whose work am I checking more often than their track record justifies?" },
    { id: 'traps.purpose-unknown', text: 'Which routine task did I complete today whose purpose I could not explain?' },
    { id: 'traps.resisted-idea', text: 'What new idea did I push back on mainly because it would disturb our routine?' },
    { id: 'traps.heading-talk', text: 'When did I last talk with my team about where we are heading, not just what is due?' },
    { id: 'traps.open-promise', text: 'Which promise of mine is still waiting for me to act on it?' },
    { id: 'traps.excitement-no-plan', text: 'Which idea did I get people excited about without a plan to make it happen?' },
    { id: 'traps.avoided-conversation', text: 'Which difficult conversation am I putting off so that I stay liked?' },
    { id: 'traps.how-are-you', text: 'When did I last ask someone how they are, not just how the work is going?' },
    { id: 'traps.unseen-strain', text: 'What signs of strain in the team have I been too busy to notice?' },
    { id: 'traps.bare-request', text: 'Which request did I make today without any reason attached?' },
  ],
};

const reflection: PromptPack = {
  id: 'reflection',
  label: 'Reflection',
  description: 'Open questions for looking back: what worked, what I learned, what I would change.',
  prompts: [
    { id: 'reflection.went-well', text: 'What part did I play in something that went well today?' },
    { id: 'reflection.learned', text: 'What did I learn today that I want to remember?' },
    { id: 'reflection.replay', text: 'If I could replay one moment from today, what would I do differently?' },
    { id: 'reflection.surprise', text: 'What surprised me today?' },
    { id: 'reflection.quiet-pride', text: 'Which moment today am I quietly proud of?' },
    { id: 'reflection.energy-gain', text: 'What gave me energy today?' },
    { id: 'reflection.energy-cost', text: 'What took more out of me than it should have?' },
    { id: 'reflection.feedback', text: 'What feedback did I receive today, spoken or unspoken?' },
    { id: 'reflection.thanks', text: 'Who deserves a thank-you from me for today?' },
    { id: 'reflection.let-go', text: 'What am I carrying into tomorrow that I could set down?' },
    { id: 'reflection.wrong-assumption', text: 'Which of my assumptions turned out to be wrong?' },
    { id: 'reflection.first-thing', text: 'What is the first thing I want to do tomorrow?' },
  ],
};

/** All packs, in the order a settings list or picker shows them. */
export const PROMPT_PACKS: readonly PromptPack[] = [leading, managing, balance, situational, traps, reflection];

export const PACK_IDS: readonly PackId[] = PROMPT_PACKS.map((pack) => pack.id);

/** Every prompt of every pack, pack by pack in {@link PROMPT_PACKS} order. */
export const ALL_PROMPTS: readonly Prompt[] = PROMPT_PACKS.flatMap((pack) => pack.prompts);

export function promptPack(id: PackId): PromptPack {
  const pack = PROMPT_PACKS.find((candidate) => candidate.id === id);
  if (!pack) {
    throw new RangeError(`Unknown prompt pack: ${id}`);
  }
  return pack;
}

/** Narrows a settings value to a {@link PackId}. */
export function isPackId(value: unknown): value is PackId {
  return typeof value === 'string' && (PACK_IDS as readonly string[]).includes(value);
}

/** The prompts of the given packs, in {@link PROMPT_PACKS} order whatever the order of `ids`. */
export function promptsOfPacks(ids: readonly PackId[]): readonly Prompt[] {
  return PROMPT_PACKS.filter((pack) => ids.includes(pack.id)).flatMap((pack) => pack.prompts);
}

export function findPrompt(id: string): Prompt | undefined {
  return ALL_PROMPTS.find((prompt) => prompt.id === id);
}
