// The command line over the core. `run` takes its arguments and host as parameters and resolves to
// the exit code, so tests call it directly; `main.ts` wires it to the process. Each command's module
// is loaded when that command runs (in the one bundle, esbuild runs a module's top level on its first
// import), so a report never sets up the tagger's tables for nothing, the age library or ical.js:
// half the CLI bundle's start before this.
import { formatIsoDate, localDateOf, parseIsoDate } from '../core/calendar/localDate';
import { dailyEntryPath } from '../core/journal/entryPath';
import { isEncryptionCommand } from './encryption/encryptionRoute';
import { terminalSafe } from '../core/text/terminalSafe';
import type { CliIo } from './io';

export const USAGE = `Usage: leadership-journal <command> [options]

Commands:
  classify --jsonl          Read {"text": "..."} lines on stdin; write one JSON result per line.
      --jobs N              Threads that classify a long input: this one and N-1 workers
                            (default: one per core other processes leave free, judged by the CPU
                            time they use in the command's first ~60 ms; at most 4).
  classify FILE... [--json] Classify Markdown entries: a readable summary, or JSON lines with --json.
  classify                  Classify the whole of stdin as one Markdown entry.
      --why-term TERM       Add a word or phrase to the why lexicon (repeatable).
      --how-term TERM       Add a word or phrase to the how lexicon (repeatable).
  path [DATE]               Print the journal-relative path of the daily entry for DATE
                            (YYYY-MM-DD; default: today in the local time zone).
  report DIR                The trends over the journal folder DIR as a terminal summary.
      --since DATE          Only entries on or after DATE (YYYY-MM-DD).
      --json                The report as JSON on stdout instead.
      --html FILE           The report as one self-contained HTML page with charts, written to
                            FILE (replacing it). --json and --html cannot be combined.
      --cache DIR           Keep the journal's index between runs in DIR, so the next report reads
                            only the files that changed. Default: $XDG_CACHE_HOME/leadership-journal
                            (else ~/.cache/leadership-journal; ~/Library/Caches/leadership-journal
                            on macOS, %LOCALAPPDATA%\\leadership-journal\\Cache on Windows), never
                            inside the journal folder unless named here. A damaged or out-of-date
                            cache is rebuilt; one that cannot be written is said and skipped.
      --no-cache            Read every file and keep nothing.
      --jobs N              Threads that make the records of a large journal: this one and N-1
                            workers (default: one per core other processes leave free, judged by
                            the CPU time they use from the start until reading; at most 4).
      --calendar FILE...    Add the hours of these calendars (.ics files exported by Outlook, Google
                            or Apple Calendar, or folders of them) over the same weeks: hours per
                            category, meetings, said vs did. Rules from DIR/.calendar/rules.yml.
                            Only numbers are reported, never titles or attendees; problems go to
                            stderr. Put DIR before --calendar, or end the list with another option.
      --me ADDRESS          Your address in the calendars (repeatable): events you declined are left out.
  encrypt | decrypt | change-passphrase DIR
                            Encrypt the journal folder with age, or decrypt it (see encrypt --help);
                            report and classify read .md.age entries with the passphrase or --identity.
  tag FILE...               Tag entries as saving them in VS Code does (pins respected, only the
                            tagger's keys changed) and print what would change.
      --write               Write the changes (each file replaced atomically, and only if it
                            did not change while being tagged).
      --check               Exit with 1 when any entry's tags are stale (for hooks and CI).
      --why-term, --how-term TERM   As for classify.

Options:
  -h, --help                Show this help.
  -v, --version             Show the version.

Nothing is sent anywhere: the CLI reads its input and writes to the terminal, FILE, the cache and,
with tag --write, the entries named.
`;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  if (isEncryptionCommand(command, rest)) { // encrypt, decrypt, change-passphrase; .md.age in report, classify
    await io.prepareEncryption?.();
    const { runEncryptionCommand } = await import('./encryption/encryptionCli');
    const encryption = await runEncryptionCommand(command, rest, io);
    if (encryption !== undefined) {
      return encryption;
    }
  }
  if (command === 'path') {
    return runPath(rest, io);
  }
  if (command === 'classify') {
    return (await import('./classify')).runClassify(rest, io);
  }
  if (command === 'report') {
    return (await import('./report')).runReport(rest, io);
  }
  if (command === 'tag') {
    return (await import('./tag')).runTag(rest, io);
  }
  io.stderr(`leadership-journal: unknown command "${terminalSafe(command)}"\n\n${USAGE}`);
  return 2;
}

function runPath(args: readonly string[], io: CliIo): number {
  if (args.length > 1) {
    io.stderr('leadership-journal path: expected at most one DATE\n');
    return 2;
  }
  const date = args[0] === undefined ? localDateOf(io.now()) : parseIsoDate(args[0]);
  if (date === undefined) {
    io.stderr(`leadership-journal path: "${terminalSafe(args[0] ?? '')}" is not a date; use YYYY-MM-DD, e.g. ${formatIsoDate(localDateOf(io.now()))}\n`);
    return 2;
  }
  io.stdout(`${dailyEntryPath(date)}\n`);
  return 0;
}
