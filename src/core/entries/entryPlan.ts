// Everything needed to create one entry, decided without touching a file: where it goes, its text
// (front matter the product owns, then the kind's body or the user's template), and where the
// cursor lands. The extension only checks that the path is free and writes the text.
import { formatIsoWeek, isoWeekOf, weekAnchor, type WeekStart } from '../calendar/isoWeek';
import { formatIsoDate, type LocalDate } from '../calendar/localDate';
import { defaultPattern, renderEntryPath, slugify } from '../journal/pathPattern';
import { dayFormat } from '../text/dates';
import { pluralMessage } from '../text/format';
import { createFrontMatter } from './frontMatter';
import type { EntryKind } from './kinds';
import { cleanPersonName } from './personName';
import { firstAnswerLocation, type AnswerLocation } from './scaffoldLines';
import { calendarTemplateVars, renderTemplate, type TemplateProblem } from './templateText';

export interface EntryRequest {
  readonly kind: EntryKind;
  /** The day the user is writing for (already shifted by the day-start hour). */
  readonly date: LocalDate;
  /** Required when `kind.needsPerson`. */
  readonly person?: string;
  readonly weekStart: WeekStart;
  /** BCP 47 tag for `{{weekday}}` and `{{longdate}}`; English when absent or unknown. */
  readonly locale?: string;
  /** The prompt of the day, for `{{prompt}}`. */
  readonly prompt: string;
  /** The user's path pattern for this kind; the kind's default when absent. */
  readonly pattern?: string;
  /** The user's template for this kind (from the journal's `.templates/`); the built-in body when absent. */
  readonly template?: string;
  /**
   * The title of another entry of this kind on this day (a second decision log): its file name gets a
   * short slug of it (`2026-12-02-decision-hiring-freeze.md`) and its `# ` title line gets the title.
   */
  readonly extra?: string;
}

/** Words of an extra entry's title kept in its file name. */
const EXTRA_SLUG_WORDS = 5;
const EXTRA_SLUG_LENGTH = 40;

/**
 * The short slug of a title for a file name: its first five words, as slugify writes a name, at most
 * 40 characters; `entry` when nothing in it can be kept (a title in another script).
 */
export function titleSlug(title: string): string {
  const words = title.trim().split(/\s+/).slice(0, EXTRA_SLUG_WORDS).join(' ');
  const slug = slugify(words).slice(0, EXTRA_SLUG_LENGTH).replace(/-+$/, '');
  return /[a-z0-9]/.test(words.toLowerCase().normalize('NFKD')) && slug !== '' ? slug : 'entry';
}

/** `base.md` → `base-<slug>.md`; `n` > 1 adds `-n` for a slug already taken. */
export function extraPath(path: string, title: string, n = 1): string {
  return path.replace(/\.md$/i, `-${titleSlug(title)}${n > 1 ? `-${n}` : ''}.md`);
}

export type EntryPlan =
  | {
    readonly ok: true;
    readonly path: string;
    readonly text: string;
    readonly cursor: AnswerLocation;
    /** Something the user should be told about the file, e.g. that a Windows device name was renamed. */
    readonly notice?: string;
  }
  | { readonly ok: false; readonly message: string; readonly problems: readonly TemplateProblem[] };

/** The weekday's name in the locale, e.g. `Montag` for `de`; English if the locale is unknown. */
export function localWeekday(date: LocalDate, locale: string | undefined): string {
  return dayFormat(locale, 'weekday')(date);
}

/** The date written out in the locale: `23. November 2026` for `de`, `November 23, 2026` for `en`. */
export function localLongDate(date: LocalDate, locale: string | undefined): string {
  return dayFormat(locale, 'long')(date);
}

/** The date's month and year written out in the locale: `März 2026` for `de`, `March 2026` for `en`. */
export function localMonthYear(date: LocalDate, locale: string | undefined): string {
  return dayFormat(locale, 'monthYear')(date);
}

export function planEntry(request: EntryRequest): EntryPlan {
  const { kind } = request;
  // Only a kind about one person records a person; a stray one on any other kind is ignored.
  const cleaned = kind.needsPerson && request.person !== undefined ? cleanPersonName(request.person) : undefined;
  if (cleaned && !cleaned.ok && request.person?.trim() !== '') {
    return { ok: false, message: cleaned.message, problems: [] };
  }
  const person = cleaned?.ok ? cleaned.name : undefined;
  if (kind.needsPerson && !person) {
    return { ok: false, message: `A ${kind.label.toLowerCase()} entry needs the person's name.`, problems: [] };
  }
  // A weekly entry is filed under one fixed day of its week, so any day of the week finds it.
  const filedUnder = kind.period === 'week' ? weekAnchor(request.date, request.weekStart) : request.date;
  const pattern = request.pattern ?? defaultPattern(kind);
  const path = renderEntryPath(pattern, { date: filedUnder, fileSuffix: kind.fileSuffix, ...(person ? { person } : {}) });
  if (!path.ok) {
    return { ok: false, message: path.message, problems: [] };
  }
  const week = formatIsoWeek(isoWeekOf(filedUnder));
  const body = renderTemplate(request.template ?? kind.body, {
    ...calendarTemplateVars(request.date),
    weekday: localWeekday(request.date, request.locale),
    longdate: localLongDate(request.date, request.locale),
    week,
    person: person ?? '',
    prompt: request.prompt,
    kind: kind.id,
  });
  if (!body.ok) {
    return {
      ok: false,
      message: `The template for "${kind.label}" has ${pluralMessage(body.problems.length, 'a problem', '{0} problems')}.`,
      problems: body.problems,
    };
  }
  const frontMatter = createFrontMatter({
    date: formatIsoDate(request.date),
    kind: kind.id,
    ...(kind.period === 'week' ? { week } : {}),
    ...(person ? { people: [person] } : {}),
  });
  let bodyText = body.text.endsWith('\n') ? body.text : `${body.text}\n`;
  const extra = request.extra?.replace(/[\r\n]+/g, ' ').trim();
  if (extra) {
    bodyText = bodyText.replace(/^(# [^\n]*?)[ \t]*$/m, `$1: ${extra}`);
  }
  const text = `${frontMatter}\n${bodyText}`;
  const cursor = firstAnswerLocation(text) ?? { line: frontMatter.split('\n').length, character: 0 };
  return { ok: true, path: extra ? extraPath(path.path, extra) : path.path, text, cursor, ...(path.notice !== undefined ? { notice: path.notice } : {}) };
}
