// The SBI check, run when a feedback note is saved: which of situation, behaviour and impact the
// note lacks, and whether it says whom it is for, as hints on a line — never an error, never a
// refusal to save. It applies to an entry of kind `feedback`, and to any other entry once it holds
// two of the three parts (the lj-feedback snippet in a daily entry; one stray "Situation:" line in a
// daily is not a feedback note). Written in the entry's language.
import { readFrontMatter } from '../entries/frontMatter';
import { contentLanguage, type ContentLanguage } from '../locale/contentLanguage';
import { extractMentions } from '../reflect/mentions';
import { findParts, isFeedbackNote, SBI_PARTS, type FoundPart, type SbiPart } from './sbiParts';

export const FEEDBACK_KIND = 'feedback';

export interface FeedbackHint {
  /** Zero-based line the hint belongs on (front matter counted). */
  readonly line: number;
  /** The part the note lacks, or `person` when it names no one. */
  readonly missing: SbiPart | 'person';
  readonly message: string;
}

interface Words {
  readonly empty: Readonly<Record<SbiPart, string>>;
  readonly absent: Readonly<Record<SbiPart, string>>;
  readonly person: string;
}

const WORDS: Readonly<Record<ContentLanguage, Words>> = {
  en: {
    empty: {
      situation: 'No situation yet: when and where was it?',
      behaviour: 'No behaviour yet: what exactly did they do or say, as I saw or heard it?',
      impact: 'No impact yet: what did it lead to, for the work, the team or me?',
    },
    absent: {
      situation: 'This feedback has no situation: add when and where it was (SBI: situation, behaviour, impact).',
      behaviour: 'This feedback has no behaviour: add what exactly they did or said (SBI: situation, behaviour, impact).',
      impact: 'This feedback has no impact: add what it led to, for the work, the team or me (SBI: situation, behaviour, impact).',
    },
    person: 'Whom is this feedback for? Add their name to people: in the front matter, or write @name.',
  },
  de: {
    empty: {
      situation: 'Noch keine Situation: Wann und wo war es?',
      behaviour: 'Noch kein Verhalten: Was genau hat die Person getan oder gesagt, wie ich es gesehen oder gehört habe?',
      impact: 'Noch keine Wirkung: Wozu hat es geführt, für die Arbeit, das Team oder mich?',
    },
    absent: {
      situation: 'Diesem Feedback fehlt die Situation: Wann und wo war es? (SBI: Situation, Verhalten, Wirkung)',
      behaviour: 'Diesem Feedback fehlt das Verhalten: Was genau hat die Person getan oder gesagt? (SBI: Situation, Verhalten, Wirkung)',
      impact: 'Diesem Feedback fehlt die Wirkung: Wozu hat es geführt? (SBI: Situation, Verhalten, Wirkung)',
    },
    person: 'Für wen ist dieses Feedback? Den Namen unter people: in den Front Matter schreiben, oder @Name.',
  },
};

/** The zero-based line of the first `# ` title, else of the first line after the front matter. */
function titleLine(text: string, parts: readonly FoundPart[]): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const title = lines.findIndex((line) => /^# /.test(line));
  return title >= 0 ? title : parts[0]?.line ?? 0;
}

/**
 * The hints for one entry: for each of situation, behaviour and impact, none when it is answered
 * somewhere; on its heading or label when it is there but unanswered; on the note's title when it is
 * not there at all. For a `feedback` entry, a hint on the front matter when it names no one (no
 * `people:` and no @mention). No hints for an entry that is not a feedback note. `locale` is the
 * entry's language.
 */
export function checkFeedback(text: string, locale?: string): FeedbackHint[] {
  const words = WORDS[contentLanguage(locale)];
  const front = readFrontMatter(text);
  const kind = front.ok ? front.data.kind : undefined;
  const parts = findParts(text);
  const isNote = kind === FEEDBACK_KIND || isFeedbackNote(parts);
  if (!isNote) {
    return [];
  }
  const hints: FeedbackHint[] = [];
  if (kind === FEEDBACK_KIND) {
    const people = front.ok ? front.data.people : undefined;
    const named = (Array.isArray(people) && people.some((name) => typeof name === 'string' && name.trim() !== '')) || (typeof people === 'string' && people.trim() !== '');
    if (!named && extractMentions(text).length === 0) {
      hints.push({ line: 0, missing: 'person', message: words.person });
    }
  }
  for (const part of SBI_PARTS) {
    const found = parts.filter((candidate) => candidate.part === part);
    if (found.some((candidate) => candidate.answer !== '')) {
      continue;
    }
    const first = found[0];
    hints.push(first
      ? { line: first.line, missing: part, message: words.empty[part] }
      : { line: titleLine(text, parts), missing: part, message: words.absent[part] });
  }
  return hints.sort((a, b) => a.line - b.line);
}
