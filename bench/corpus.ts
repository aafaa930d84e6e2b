// A synthetic journal for benchmarks: deterministic (seeded), shaped like real entries (front matter,
// a title, prompt headings, prose, list items, structured answers, a link, sometimes a code block),
// with words drawn from leadership, management and neutral vocabularies so a tagger finds work to do
// in it. It is for measuring speed only; nothing here is labelled or meant to be classified correctly.
import { mulberry32 } from '../src/core/text/random';

export { mulberry32 };


type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

const PEOPLE = ['Ana', 'Tom', 'Priya', 'Kwame', 'Elena', 'Marek', 'Chloe', 'Dev', 'Zoe', 'Amir', 'Grace', 'Hugo'];
const LEADING_VERBS = ['explained why', 'coached', 'listened to', 'encouraged', 'thanked', 'trusted', 'inspired', 'asked', 'backed', 'recognised'];
const MANAGING_VERBS = ['scheduled', 'assigned', 'budgeted', 'reviewed', 'tracked', 'escalated', 'planned', 'allocated', 'reorganised', 'checked'];
const NEUTRAL_VERBS = ['met', 'talked with', 'called', 'saw', 'had lunch with', 'walked with', 'emailed', 'sat with'];
const LEADING_NOUNS = ['the vision', 'our purpose', 'the direction', 'her growth', 'his career', 'the values', 'the why behind it', 'team morale', 'the story', 'their ideas'];
const MANAGING_NOUNS = ['the rota', 'the budget', 'the roadmap', 'the deadline', 'the backlog', 'the metrics', 'the headcount plan', 'the process', 'the milestones', 'the Q3 forecast'];
const NEUTRAL_NOUNS = ['the meeting', 'the client', 'the project', 'the office', 'the week', 'the coffee machine', 'the train', 'the weather', 'the release', 'the notes'];
const TAILS = ['before lunch', 'after the standup', 'again', 'for the first time', 'on Friday', 'with the whole team', 'in our 1:1', 'at 9 a.m.', 'e.g. the usual way', 'by 3.5 days'];
const OPENERS = ['Today', 'This morning', 'Honestly,', 'After the review', 'In the end', 'Later', 'Once more'];
const PROMPTS = [
  'Where did I give someone a reason, not just a task, today?',
  'What did I plan, organise or unblock, and what is still at risk?',
  'What will I do differently tomorrow?',
  'Where did I work on the why today: purpose, direction or people?',
  'Where did I work on the how today: plans, resources or unblocking?',
];
const LABELS = ['Today leaned towards (why, how or both)', 'One commitment for tomorrow', 'They will', 'I will', 'Next check-in'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function sentence(random: Random): string {
  const side = random();
  const verbs = side < 0.4 ? LEADING_VERBS : side < 0.8 ? MANAGING_VERBS : NEUTRAL_VERBS;
  const nouns = random() < 0.4 ? LEADING_NOUNS : random() < 0.6 ? MANAGING_NOUNS : NEUTRAL_NOUNS;
  const opener = random() < 0.3 ? `${pick(random, OPENERS)} ` : '';
  const subject = random() < 0.7 ? 'I' : pick(random, PEOPLE);
  const object = random() < 0.5 ? `${pick(random, PEOPLE)} about ${pick(random, nouns)}` : pick(random, nouns);
  const tail = random() < 0.6 ? ` ${pick(random, TAILS)}` : '';
  const emphasis = random() < 0.1 ? '**' : '';
  const end = random() < 0.1 ? '?' : random() < 0.05 ? '!' : '.';
  const text = `${opener}${subject} ${emphasis}${pick(random, verbs)}${emphasis} ${object}${tail}`;
  const ended = end === '.' && text.endsWith('.') ? text : `${text}${end}`; // `at 9 a.m.` takes no second stop.
  return `${ended.charAt(0).toUpperCase()}${ended.slice(1)}`;
}

function paragraph(random: Random, sentences: number): string {
  const parts = Array.from({ length: sentences }, () => sentence(random));
  // Hard-wrap some paragraphs, as editors with a ruler do.
  return random() < 0.3 ? parts.join('\n') : parts.join(' ');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** One entry of about `words` words (front matter not counted; headings, items and labels are). */
export function journalEntry(random: Random, index: number, words = 300): string {
  const month = 1 + (index % 12);
  const day = 1 + (index % 28);
  const date = `2026-${pad(month)}-${pad(day)}`;
  const people = random() < 0.3 ? [`people: [${pick(random, PEOPLE)}]`] : [];
  const lines = ['---', `date: ${date}`, 'kind: daily', ...people, '---', ''];
  let count = 0;
  const add = (...added: string[]): void => {
    lines.push(...added);
    count += added.reduce((sum, line) => sum + wordCount(line), 0);
  };
  add(`# ${pick(random, WEEKDAYS)}, ${date}`, '');
  let linked = false;
  while (count < words) {
    add(`## ${pick(random, PROMPTS)}`, '');
    const kind = random();
    if (kind < 0.55) {
      const text = paragraph(random, 2 + Math.floor(random() * 4));
      add(linked ? text : `${text} See [the plan](https://example.com/plans/${index}) for details.`, '');
      linked = true;
    } else if (kind < 0.85) {
      for (let item = 2 + Math.floor(random() * 3); item > 0; item--) {
        add(`${random() < 0.2 ? '- [ ] ' : '- '}${sentence(random)}`);
      }
      add('');
    } else {
      for (const label of LABELS.slice(0, 2)) {
        add(`- ${label}: ${random() < 0.8 ? sentence(random) : ''}`);
      }
      add('');
    }
    if (random() < 0.05) {
      add('```', `rota --week ${index} --check`, '```', '');
    }
  }
  return lines.join('\n');
}

/** `count` entries from one seed: the same seed gives the same journal, byte for byte. */
export function journalCorpus(count: number, seed = 20261123, words = 300): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, index) => journalEntry(random, index, words));
}
