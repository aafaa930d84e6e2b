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
  unpinTags: 'leadershipJournal.unpinTags',
  showTrends: 'leadershipJournal.showTrends',
  startWeeklyReview: 'leadershipJournal.startWeeklyReview',
  startMonthlyReview: 'leadershipJournal.startMonthlyReview',
  showOpenCommitments: 'leadershipJournal.showOpenCommitments',
  openPerson: 'leadershipJournal.openPerson',
  newOneOnOne: 'leadershipJournal.newOneOnOne',
  revisitDecision: 'leadershipJournal.revisitDecision',
  searchJournal: 'leadershipJournal.searchJournal',
  exportMetrics: 'leadershipJournal.exportMetrics',
  exportReport: 'leadershipJournal.exportReport',
  refreshDraftedSection: 'leadershipJournal.refreshDraftedSection',
  mergePeople: 'leadershipJournal.mergePeople',
  importCalendar: 'leadershipJournal.importCalendar',
  editCalendarRules: 'leadershipJournal.editCalendarRules',
  explainCalendarEvent: 'leadershipJournal.explainCalendarEvent',
  encryptJournal: 'leadershipJournal.encryptJournal',
  decryptJournal: 'leadershipJournal.decryptJournal',
  changeJournalPassphrase: 'leadershipJournal.changeJournalPassphrase',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/** The Explain Tags panels' webview type (tagging/explainPanels.ts); package.json activates on it. */
export const EXPLAIN_VIEW_TYPE = 'leadershipJournal.explainTags';

export const ViewIds = {
  trends: 'leadershipJournal.trends',
  commitments: 'leadershipJournal.commitments',
  onThisDay: 'leadershipJournal.onThisDay',
  dueToRevisit: 'leadershipJournal.dueToRevisit',
} as const;
