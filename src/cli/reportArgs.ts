// The command line of `leadership-journal report DIR [--since DATE] [--json | --html FILE]
// [--cache DIR | --no-cache] [--jobs N] [--calendar FILE… [--me ADDRESS]]`: the arguments after
// `report` read into `ReportArgs`, or a message saying what is wrong with them. Apart from report.ts
// so that deciding which module runs a command (run.ts, encryption/encryptionRoute.ts) loads nothing
// of the report itself.
import { parseIsoDate, type LocalDate } from '../core/calendar/localDate';
import type { CacheChoice } from './reportJournal';

export interface ReportArgs {
  readonly dir: string;
  readonly since: LocalDate | undefined;
  readonly output: { readonly format: 'text' } | { readonly format: 'json' } | { readonly format: 'html'; readonly file: string };
  readonly cache: CacheChoice;
  /** Threads to make records on, this one included (`--jobs`); undefined: one per spare core (spareThreads.ts). */
  readonly jobs: number | undefined;
  /** `.ics` files or folders of them (`--calendar`), and the user's own addresses in them (`--me`). */
  readonly calendars: readonly string[];
  readonly me: readonly string[];
}

export const REPORT_USAGE = 'Usage: leadership-journal report DIR [--since YYYY-MM-DD] [--json | --html FILE] [--cache DIR | --no-cache] [--jobs N] [--calendar FILE… [--me ADDRESS]]';

/** The arguments after `report`, or a message saying what is wrong with them. */
export function parseReportArgs(args: readonly string[]): ReportArgs | string {
  const dirs: string[] = [];
  let since: LocalDate | undefined;
  let json = false;
  let html: string | undefined;
  let cacheDir: string | undefined;
  let noCache = false;
  let jobs: number | undefined;
  const calendars: string[] = [];
  const me: string[] = [];
  let sawCalendar = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) {
        return inline;
      }
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        return undefined;
      }
      i++;
      return next;
    };
    if (name === '--since') {
      const text = value();
      if (text === undefined) {
        return '--since needs a DATE (YYYY-MM-DD)';
      }
      since = parseIsoDate(text);
      if (since === undefined) {
        return `--since: "${text}" is not a date; use YYYY-MM-DD, e.g. 2026-01-01`;
      }
    } else if (name === '--json' && inline === undefined) {
      json = true;
    } else if (name === '--html') {
      html = value();
      if (html === undefined || html === '') {
        return '--html needs a FILE to write';
      }
    } else if (name === '--cache') {
      cacheDir = value();
      if (cacheDir === undefined || cacheDir === '') {
        return '--cache needs a DIR to keep the cache in';
      }
    } else if (name === '--no-cache' && inline === undefined) {
      noCache = true;
    } else if (name === '--jobs') {
      const count = Number(value());
      if (!Number.isInteger(count) || count < 1 || count > 64) {
        return '--jobs needs a whole number from 1 to 64';
      }
      jobs = count;
    } else if (name === '--calendar') {
      // Every argument up to the next option is a calendar: `--calendar a.ics b.ics`.
      sawCalendar = true;
      const first = value();
      if (first === undefined || first === '') {
        return '--calendar needs at least one FILE (an .ics file or a folder of them)';
      }
      calendars.push(first);
      while (inline === undefined && args[i + 1] !== undefined && !(args[i + 1] ?? '').startsWith('-')) {
        calendars.push(args[++i] ?? '');
      }
    } else if (name === '--me') {
      const address = value();
      if (address === undefined || !address.includes('@')) {
        return '--me needs your e-mail ADDRESS as it appears in the calendar';
      }
      me.push(address.replace(/^mailto:/i, '').toLowerCase());
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else {
      dirs.push(arg);
    }
  }
  if (json && html !== undefined) {
    return '--json and --html cannot be used together: choose one';
  }
  if (noCache && cacheDir !== undefined) {
    return '--cache and --no-cache cannot be used together: choose one';
  }
  if (me.length > 0 && !sawCalendar) {
    return '--me is only used with --calendar';
  }
  if (dirs.length !== 1 || dirs[0] === undefined) {
    return dirs.length === 0 ? 'expected the journal folder, DIR' : `expected one DIR, got ${dirs.length}: ${dirs.join(' ')}`;
  }
  const output = html !== undefined ? { format: 'html' as const, file: html } : { format: json ? 'json' as const : 'text' as const };
  const cache: CacheChoice = noCache ? { kind: 'none' } : cacheDir !== undefined ? { kind: 'dir', dir: cacheDir } : { kind: 'default' };
  return { dir: dirs[0], since, output, cache, jobs, calendars, me };
}
