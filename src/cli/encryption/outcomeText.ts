// A migration's outcome in words for the terminal: what was done, what is left for the user and why,
// and what to run next. Every path and reason goes through printable().
import type { MigrationOutcome } from '../../core/encryption/migrationRun';
import type { NameMode } from '../../core/encryption/journalState';
import { plural as pluralPlain } from '../../core/text/format';

const DONE: Readonly<Record<MigrationOutcome['operation'], string>> = { encrypt: 'Encrypted', decrypt: 'Decrypted', 'change-passphrase': 'Re-encrypted' };

/** `1,234 files`: counts here can run to thousands, so they are grouped. */
function plural(count: number, one: string, many = `${one}s`): string {
  return pluralPlain(count, one, many, (value) => value.toLocaleString('en-US'));
}

function nextSteps(outcome: MigrationOutcome, dir: string): string {
  const command = `leadership-journal ${outcome.operation} ${dir}`;
  switch (outcome.operation) {
    case 'encrypt':
      return `Run "${command}" again to go on, or "leadership-journal decrypt ${dir}" to undo it.`;
    case 'decrypt':
      return `Run "${command}" again to go on, or "leadership-journal encrypt ${dir}" to undo it.`;
    case 'change-passphrase':
      return `Run "${command}" again with both passphrase files to go on, or add --undo to go back to the old passphrase.`;
  }
}

/** The lines to print, and the exit code: 0 done, 1 incomplete or stopped, 2 nothing done because of what was given. */
export function outcomeText(outcome: MigrationOutcome, dir: string, names: NameMode | undefined): { readonly lines: string[]; readonly code: number } {
  const lines: string[] = [];
  const counts = `${DONE[outcome.operation]} ${plural(outcome.converted, 'entry', 'entries')}${outcome.already > 0 ? ` (${plural(outcome.already, 'was', 'were')} already done)` : ''}`;
  if (outcome.resumedFromDeadRun) {
    lines.push('An earlier run was interrupted; this one went on from where it stopped.');
  }
  if (outcome.status === 'stopped') {
    const changedNothing = outcome.stoppedBy === 'key' || outcome.stoppedBy === 'lock' || (outcome.stoppedBy === 'journal' && outcome.converted === 0);
    lines.push(`Stopped: ${outcome.reason ?? 'for an unknown reason'}.`);
    if (!changedNothing) {
      lines.push(`Nothing was lost: every entry is whole, as the file it was or as the file it became. ${counts} before it stopped.`);
      lines.push(nextSteps(outcome, dir));
    }
    for (const item of outcome.attention) {
      lines.push(`  ${item.path}: ${item.reason}`);
    }
    return { lines, code: outcome.stoppedBy === 'key' ? 2 : 1 };
  }
  lines.push(`${counts} in ${dir}.`);
  if (outcome.status === 'done' && outcome.operation === 'encrypt' && names === 'readable') {
    lines.push('File names stay readable: dates and kinds of entries can be seen, their text cannot (encrypt a new journal with --opaque-names to hide names too).');
  }
  for (const note of outcome.notes) {
    lines.push(`  note: ${note.path} ${note.reason}`);
  }
  if (outcome.status === 'incomplete') {
    lines.push(`${plural(outcome.attention.length, 'file needs', 'files need')} you; nothing of them was lost:`);
    for (const item of outcome.attention) {
      lines.push(`  ${item.path}: ${item.reason}`);
    }
    lines.push(`The journal stays marked as not finished. ${nextSteps(outcome, dir)}`);
    return { lines, code: 1 };
  }
  return { lines, code: 0 };
}
