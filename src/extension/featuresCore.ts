// The code dist/features.js hands the bundles it loads later — dist/reports.js (reviews, the HTML
// report, the metrics exports) and dist/encryption.js (the encrypted journal) — so that they do not
// carry copies of their own: the names they import from modules the features already hold (entry
// kinds in both languages, the trends, the review's scaffold and period, the text helpers, the
// journal's location). dist/features.js exports this object (features.ts); in the
// Node build, scripts/featuresCore.ts turns each import of a module listed here, inside those
// bundles, into a read of this object, so the module is not bundled again (~58 KB). The features
// load nothing more for it: each name is code they contain, though a name only a later bundle uses
// (the review's time section) is now carried here rather than there.
// Keep one `import { … } from '…';` per module — the plugin reads these lines — with the names the
// later bundles import: one they import and this list lacks fails the build (no matching export), and
// so does a module a later bundle and the features both still carry (add its names here). The web
// build is one bundle and needs none of this (featuresCore.web.ts).
import { startOfWeek } from '../core/calendar/isoWeek';
import { addDays, formatIsoDate, isoMonth, parseIsoDate, toEpochDay, weekday } from '../core/calendar/localDate';
import { asksItem, readAnswers } from '../core/entries/answers';
import { DESCRIPTOR_PATH, KEY_PATH, LOCK_PATH, MARKER_PATH, NAMES_PATH, NEXT_KEY_PATH, PRODUCT_FOLDER } from '../core/encryption/productFiles';
import { DRAFTED_END, DRAFTED_START } from '../core/entries/drafted';
import { createFrontMatter } from '../core/entries/frontMatter';
import { ENTRY_KIND_IDS } from '../core/entries/kinds';
import { isPrivateRecord, privatePaths, withoutPrivate } from '../core/entries/privateRecords';
import { mergeSuggestions } from '../core/reflect/mergeSuggestions';
import { ONE_ON_ONE_KIND, collectPeople } from '../core/reflect/people';
import { createPeopleDirectory } from '../core/reflect/peopleDirectory';
import { personKey } from '../core/reflect/personKey';
import { choosePractice, leanOf } from '../core/reflect/practices';
import { escapeInline, markdownLink } from '../core/reflect/relativeLink';
import { comparisonRange } from '../core/reflect/reviewPeriod';
import { aheadQuestions, practiceText, reasonText } from '../core/reflect/reviewScaffold';
import { ENGLISH_SCAFFOLD, GERMAN_SCAFFOLD } from '../core/reflect/reviewScaffoldWords';
import { REVIEW_KINDS, balanceOf, entriesIn, functionCounts, strongest, trapCounts } from '../core/reflect/reviewStats';
import { timeSection } from '../core/reflect/reviewTime';
import { every, pause } from '../core/runtime/eventLoopTurn';
import { ENTRY_LABELS, FUNCTION_IDS, STYLE_IDS, TRAP_IDS } from '../core/tagger/types';
import { ENTRY_LABEL_TERMS, FUNCTIONS, SIDES, STYLES, TRAPS, translatedVocabulary } from '../core/tagger/vocabulary';
import { dayFormat } from '../core/text/dates';
import { escapeHtml } from '../core/text/escapeHtml';
import { capitalise, delta, ENGLISH, percent, percentNumber, plural, pluralForm, pluralMessage, pluralWord, translatedDays, translatedPercent } from '../core/text/format';
import { errorCode, errorMessage } from '../core/text/errorMessage';
import { byCodeUnits, byDateThenPath } from '../core/text/order';
import { countedEntries, isWritten } from '../core/trends/counted';
import { heatLevel, heatTint } from '../core/trends/heatmap';
import { summarise } from '../core/trends/summary';
import { diskRefusalOf } from './journal/diskRefusal';
import { journalDiskFolderUri, relativeToFolder, resolveJournalDiskFolder } from './journal/journalLocation';
import { ENCRYPTED_SCHEME, MOUNT_AUTHORITY, MOUNT_ROOT } from './journal/journalMounts';

/** The names dist/reports.js and dist/encryption.js read, each the features bundle's own. */
export const featuresCore = {
  // dist/reports.js
  startOfWeek, addDays, formatIsoDate, isoMonth, parseIsoDate, toEpochDay, weekday,
  asksItem, readAnswers, DRAFTED_END, DRAFTED_START, createFrontMatter, ENTRY_KIND_IDS,
  isPrivateRecord, privatePaths, withoutPrivate, mergeSuggestions, ONE_ON_ONE_KIND, collectPeople,
  createPeopleDirectory, personKey, choosePractice, leanOf, escapeInline, markdownLink,
  comparisonRange, aheadQuestions, practiceText, reasonText, ENGLISH_SCAFFOLD, GERMAN_SCAFFOLD,
  REVIEW_KINDS, balanceOf, entriesIn, functionCounts, strongest,
  trapCounts, timeSection, translatedVocabulary, ENTRY_LABELS, FUNCTION_IDS, STYLE_IDS, TRAP_IDS,
  ENTRY_LABEL_TERMS, FUNCTIONS, SIDES, STYLES, TRAPS, dayFormat, escapeHtml, capitalise, delta, ENGLISH, percent, percentNumber, plural,
  pluralForm, pluralMessage, pluralWord, translatedDays, translatedPercent, byDateThenPath,
  countedEntries, isWritten, heatLevel, heatTint, summarise,
  // dist/encryption.js
  DESCRIPTOR_PATH, KEY_PATH, LOCK_PATH, MARKER_PATH, NAMES_PATH, NEXT_KEY_PATH, PRODUCT_FOLDER, errorCode, errorMessage,
  byCodeUnits, diskRefusalOf, journalDiskFolderUri, relativeToFolder, resolveJournalDiskFolder, ENCRYPTED_SCHEME,
  MOUNT_AUTHORITY, MOUNT_ROOT, every, pause,
} as const;
