// The context keys the Getting Started walkthrough's steps complete on (package.json: each step's
// `completionEvents` holds `onContext:<key>` besides the commands that do the step). A step ticks off
// when what it asks for is done, however it was done — a command, a link in the walkthrough, a file
// written by hand — not only when one named command ran. No `vscode` import: the manifest test reads it.
export const WALKTHROUGH_KEYS = {
  /** The journal folder was found and read. */
  journalFolder: 'leadershipJournal.walkthrough.folder',
  /** The journal holds an entry with something written in it. */
  firstEntry: 'leadershipJournal.walkthrough.entry',
  /** An entry's tags were written on save, or explained. */
  seeTags: 'leadershipJournal.walkthrough.tags',
  /** The trends were shown. */
  trends: 'leadershipJournal.walkthrough.trends',
} as const;

export type WalkthroughStep = keyof typeof WALKTHROUGH_KEYS;
