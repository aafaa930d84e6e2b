// The user's answers to the questions a kind's template asks, by the template's stable ids (kinds.ts):
// a structured item's answer (`- Style I actually used: coaching` → `situational.style.used`) and a
// free-answer section's text (the paragraphs under `## What did I decide?` → `decision.choice`).
// What the template asks and the user answers is the first source of truth for what the entry says
// (its situational style, a review's decisions and agreements), before anything read between the lines.
//
// Questions are recognised by their text, in English and in German, wherever the user moved them, and
// by the labels earlier versions of the templates wrote (kinds.ts LEGACY_LABELS). Front matter, fenced code and
// drafted blocks are not read. Linear in the text. The questions come from the kinds through the
// import `#kind-questions` (kindQuestions.ts; in the tagger's bundles, written out once:
// scaffoldTextTable.ts), read the first time a line is looked up.
import { kindQuestions } from '#kind-questions';
import { blankDrafted } from './drafted';
import { atxHeading, bodyLines, type BodyLine } from '../reflect/markdownLines';
import { ownString } from '../text/ownString';

/** Answers by section id (free answers) or item id (structured answers); only non-empty answers. */
export type Answers = ReadonlyMap<string, string>;

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included.
const NOT_ASCII = /[^\u0000-\u007f]/;

/** Case, emphasis, a trailing colon and runs of whitespace do not matter. */
export function questionKey(text: string): string {
  return (NOT_ASCII.test(text) ? text.normalize('NFC') : text).replace(/[*_]/g, '').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim()
    .replace(/:$/, '').trim().toLowerCase();
}

/**
 * `questionKey` of the headings and labels met so far. They repeat from entry to entry (the same
 * templates), and normalising each again was a third of reading an entry's facts for the index. The
 * keys are copies (a heading sliced from an entry would keep the whole entry alive); cleared when
 * full, so a journal of headings of its own costs no more memory than this.
 */
const KEY_MEMO = new Map<string, string>();
const KEY_MEMO_SIZE = 2000;

function memoKey(text: string): string {
  let key = KEY_MEMO.get(text);
  if (key === undefined) {
    if (KEY_MEMO.size >= KEY_MEMO_SIZE) {
      KEY_MEMO.clear();
    }
    key = questionKey(text);
    KEY_MEMO.set(ownString(text), key);
  }
  return key;
}

export interface Questions {
  /** Heading key → free-answer section id. */
  readonly sections: ReadonlyMap<string, string>;
  /** Label key → the item ids it stands for (a label such as "First step" is in two kinds). */
  readonly items: ReadonlyMap<string, readonly string[]>;
}

/**
 * Questions as scaffoldText.generated.ts writes them: one question a line, its key (questionKey), a
 * tab, and its id — or, for items, its ids separated by spaces.
 */
export function encodeQuestions(questions: Questions): { readonly sections: string; readonly items: string } {
  const line = (key: string, ids: readonly string[]): string => {
    if (key === '' || /[\t\n]/.test(key) || ids.some((id) => id === '' || /\s/.test(id))) {
      throw new Error(`questions: "${key}" → ${ids.join(', ')}: an empty key or id, a tab or line break in the key, or a space in an id`);
    }
    return `${key}\t${ids.join(' ')}`;
  };
  return {
    sections: [...questions.sections].map(([key, id]) => line(key, [id])).join('\n'),
    items: [...questions.items].map(([key, ids]) => line(key, ids)).join('\n'),
  };
}

let built: Questions | undefined;

/** The questions of every kind, read on first use (the tagger loads this module; most entries never ask). */
function questions(): Questions {
  built ??= kindQuestions();
  return built;
}

/** A list item, with an optional task box; group 1 is what follows the marker and box. */
const ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$/;

/** Labels are short; a colon further in is part of a sentence. */
const MAX_LABEL = 80;

/** Every answered question of `markdown`, by id. */
export function readAnswers(markdown: string): Answers {
  return answersInLines(bodyLines(blankDrafted(markdown)));
}

/**
 * The same, from an entry's body lines with drafted blocks blanked (for callers that read the lines
 * once); with `wanted`, only the answers with those ids (the same as the whole set filtered, without
 * gathering the text of every other section).
 */
export function answersInLines(lines: readonly BodyLine[], wanted?: ReadonlySet<string>): Answers {
  const isWanted = (id: string): boolean => wanted === undefined || wanted.has(id);
  const answers = new Map<string, string>();
  let section: string | undefined;
  let text: string[] = [];
  const closeSection = (): void => {
    const answer = text.join(' ').replace(/\s+/g, ' ').trim();
    if (section !== undefined && answer !== '' && !answers.has(section)) {
      answers.set(section, answer);
    }
    section = undefined;
    text = [];
  };
  for (const { text: line } of lines) {
    const heading = atxHeading(line);
    if (heading) {
      closeSection();
      const id = questions().sections.get(memoKey(heading.text));
      section = id !== undefined && isWanted(id) ? id : undefined;
      continue;
    }
    const item = ITEM.exec(line);
    const content = item?.[1] ?? '';
    const colon = content.indexOf(':');
    if (item && colon > 0 && colon <= MAX_LABEL) {
      const ids = questions().items.get(memoKey(content.slice(0, colon)));
      if (ids) {
        const answer = content.slice(colon + 1).trim();
        for (const id of answer === '' ? [] : ids) {
          if (isWanted(id) && !answers.has(id)) {
            answers.set(id, answer);
          }
        }
        continue;
      }
    }
    if (section !== undefined && line.trim() !== '') {
      text.push(item ? content : line);
    }
  }
  closeSection();
  return answers;
}

/** Whether `markdown` asks the question with this item id (answered or not), in any language. */
export function asksItem(markdown: string, id: string): boolean {
  const labels = [...questions().items].filter(([, ids]) => ids.includes(id)).map(([key]) => key);
  for (const { text: line } of bodyLines(blankDrafted(markdown))) {
    const content = ITEM.exec(line)?.[1];
    const colon = content?.indexOf(':') ?? -1;
    if (content !== undefined && colon > 0 && labels.includes(questionKey(content.slice(0, colon)))) {
      return true;
    }
  }
  return false;
}
