// A user's entry template: plain text with `{{variable}}` placeholders. Rendering is substitution and
// nothing else: no expressions, no escapes, no evaluation, and a value is inserted as it is, never
// expanded again. A placeholder sits on one line; `{{ date }}` with spaces inside is the same as `{{date}}`.
import { formatIsoWeek, isoWeekOf } from '../calendar/isoWeek';
import { formatIsoDate, type LocalDate } from '../calendar/localDate';
import { dayFormat } from '../text/dates';

/** `Monday`: a template's `{{weekday}}` is English (entryPlan.ts writes the entry language's over it). */
const englishWeekday = dayFormat('en', 'weekday');

export const TEMPLATE_VARIABLES = ['date', 'weekday', 'longdate', 'week', 'person', 'prompt', 'kind'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/**
 * The values for one entry. A variable the template uses but that has no value here (a `{{person}}`
 * in a daily entry) is reported as a problem; pass `''` to render it empty on purpose.
 */
export type TemplateVars = { readonly [V in TemplateVariable]?: string };

/** `line` is 1-based, counted in the template as the user's editor shows it. */
export interface TemplateProblem {
  readonly line: number;
  readonly message: string;
}

export type TemplateResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

/** `{{date}}` (2026-11-23), `{{weekday}}` (Monday) and `{{week}}` (2026-W48) for a day. */
export function calendarTemplateVars(date: LocalDate): Required<Pick<TemplateVars, 'date' | 'weekday' | 'week'>> {
  return { date: formatIsoDate(date), weekday: englishWeekday(date), week: formatIsoWeek(isoWeekOf(date)) };
}

/**
 * Renders the template, or lists every problem with its line: unknown variables, variables without a
 * value, `{{` without `}}` on its line, `}}` without `{{`, and `{{ }}` holding no variable name.
 * A leading byte-order mark is dropped and CRLF (or a lone CR) becomes LF; both are fine, not problems.
 */
export function renderTemplate(text: string, vars: TemplateVars): TemplateResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const problems: TemplateProblem[] = [];
  const rendered = lines.map((line, index) =>
    renderLine(line, vars, (message) => problems.push({ line: index + 1, message })),
  );
  return problems.length === 0 ? { ok: true, text: rendered.join('\n') } : { ok: false, problems };
}

const VARIABLE_LIST = TEMPLATE_VARIABLES.map((name) => `{{${name}}}`).join(', ');
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * One line, in one pass: each search for `{{` or `}}` starts where the last one ended and is not
 * repeated while its answer still lies ahead, so a line of 2 MB of stray `}}` is linear (it took 12 s
 * when every stray `}}` searched the rest of the line for a `{{` again).
 */
function renderLine(line: string, vars: TemplateVars, report: (message: string) => void): string {
  let out = '';
  let from = 0;
  let open = line.indexOf('{{');
  let close = line.indexOf('}}');
  for (;;) {
    if (open >= 0 && open < from) {
      open = line.indexOf('{{', from);
    }
    if (close >= 0 && close < from) {
      close = line.indexOf('}}', from);
    }
    if (close >= 0 && (open < 0 || close < open)) {
      report('"}}" has no "{{" before it.');
      out += line.slice(from, close + 2);
      from = close + 2;
      continue;
    }
    if (open < 0) {
      return out + line.slice(from);
    }
    out += line.slice(from, open);
    close = line.indexOf('}}', open + 2);
    if (close < 0) {
      report(`"{{" is not closed by "}}" on this line. Write a variable as {{date}}.`);
      return out + line.slice(open);
    }
    out += valueOf(line.slice(open + 2, close), vars, report);
    from = close + 2;
  }
}

/** The value for the text between `{{` and `}}`, or '' after reporting why there is none. */
function valueOf(inner: string, vars: TemplateVars, report: (message: string) => void): string {
  const name = inner.trim();
  if (name === '') {
    report(`"{{${inner}}}" holds no variable name. Variables: ${VARIABLE_LIST}.`);
    return '';
  }
  if (!NAME.test(name)) {
    report(`"{{${inner}}}" is not a variable. Variables: ${VARIABLE_LIST}.`);
    return '';
  }
  if (!isTemplateVariable(name)) {
    const hint = isTemplateVariable(name.toLowerCase()) ? ` Did you mean {{${name.toLowerCase()}}}?` : '';
    report(`Unknown variable {{${name}}}.${hint} Variables: ${VARIABLE_LIST}.`);
    return '';
  }
  const value = vars[name];
  if (value === undefined) {
    report(`{{${name}}} has no value for this entry.`);
    return '';
  }
  return value;
}

function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}
