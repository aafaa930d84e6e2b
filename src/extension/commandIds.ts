// The ids the code uses for what it contributes. The command ids are derived from the activation
// table (activationTable.ts), one line per command; `Commands.newEntry` is `leadershipJournal.newEntry`.
import { COMMAND_NAMES, commandId, type CommandIdOf, type CommandName } from './activationTable';

export const Commands = Object.fromEntries(COMMAND_NAMES.map((name) => [name, commandId(name)])) as { readonly [N in CommandName]: CommandIdOf<N> };

export type CommandId = (typeof Commands)[CommandName];

/** The Explain Tags panels' webview type (tagging/explainPanels.ts); package.json activates on it. */
export const EXPLAIN_VIEW_TYPE = 'leadershipJournal.explainTags';

export const ViewIds = {
  trends: 'leadershipJournal.trends',
  commitments: 'leadershipJournal.commitments',
  onThisDay: 'leadershipJournal.onThisDay',
  dueToRevisit: 'leadershipJournal.dueToRevisit',
} as const;
