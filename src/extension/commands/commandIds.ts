// Every command id the extension contributes, declared once. A unit test checks this list against
// `contributes.commands` in package.json, so the two cannot drift apart.
export const Commands = {
  newEntry: 'leadershipJournal.newEntry',
  openToday: 'leadershipJournal.openToday',
  openPrevious: 'leadershipJournal.openPrevious',
  openNext: 'leadershipJournal.openNext',
  openForDate: 'leadershipJournal.openForDate',
  openJournalFolder: 'leadershipJournal.openJournalFolder',
  insertPrompt: 'leadershipJournal.insertPrompt',
  insertPromptOfTheDay: 'leadershipJournal.insertPromptOfTheDay',
  customizeTemplate: 'leadershipJournal.customizeTemplate',
  tagEntry: 'leadershipJournal.tagEntry',
  retagAll: 'leadershipJournal.retagAll',
  explainTags: 'leadershipJournal.explainTags',
  showTrends: 'leadershipJournal.showTrends',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

export const ViewIds = {
  trends: 'leadershipJournal.trends',
} as const;
