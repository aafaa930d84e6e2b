// The ids the code uses for what it contributes, all derived from the activation table
// (activationTable.ts): `Commands.newEntry` is `leadershipJournal.newEntry`, `ViewIds.trends` is
// `leadershipJournal.trends`, `PanelTypes.preview` is `leadershipJournal.preview`, and the Explain
// Tags panels' webview type is its provider line's id.
import {
  COMMAND_NAMES, commandId, contributionId, PANEL_NAMES, VIEW_NAMES, type CommandIdOf, type CommandName, type IdOf, type PanelName, type ViewName,
} from './activationTable';

export const Commands = Object.fromEntries(COMMAND_NAMES.map((name) => [name, commandId(name)])) as { readonly [N in CommandName]: CommandIdOf<N> };

export type CommandId = (typeof Commands)[CommandName];

/** The Explain Tags panels' webview type (tagging/explainPanels.ts): the `explainTags` provider line's id. */
export const EXPLAIN_VIEW_TYPE = contributionId('explainTags');

export const ViewIds = Object.fromEntries(VIEW_NAMES.map((name) => [name, contributionId(name)])) as { readonly [N in ViewName]: IdOf<N> };

/** The webview types of the panels the features open and VS Code does not restore (the table's panel lines). */
export const PanelTypes = Object.fromEntries(PANEL_NAMES.map((name) => [name, contributionId(name)])) as { readonly [N in PanelName]: IdOf<N> };
