// The command line over the core. `run` takes its arguments and streams as parameters and returns
// the exit code, so tests call it directly; `main.ts` wires it to the process.
import { formatIsoDate, localDateOf, parseIsoDate } from '../core/calendar/localDate';
import { dailyEntryPath } from '../core/journal/entryPath';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  readonly version: string;
}

export const USAGE = `Usage: leadership-journal <command> [options]

Commands:
  path [DATE]     Print the journal-relative path of the daily entry for DATE
                  (YYYY-MM-DD; default: today in the local time zone).

Options:
  -h, --help      Show this help.
  -v, --version   Show the version.
`;

export function run(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  if (command === 'path') {
    return runPath(rest, io);
  }
  io.stderr(`leadership-journal: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

function runPath(args: readonly string[], io: CliIo): number {
  if (args.length > 1) {
    io.stderr('leadership-journal path: expected at most one DATE\n');
    return 2;
  }
  const date = args[0] === undefined ? localDateOf(io.now()) : parseIsoDate(args[0]);
  if (date === undefined) {
    io.stderr(`leadership-journal path: "${args[0]}" is not a date; use YYYY-MM-DD, e.g. ${formatIsoDate(localDateOf(io.now()))}\n`);
    return 2;
  }
  io.stdout(`${dailyEntryPath(date)}\n`);
  return 0;
}
