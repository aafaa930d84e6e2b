// What the people features (person pages, New 1:1 with This Person…, Merge People…, the links to a
// person page) are handed by the composition root (features.ts), built once there: the journal
// index, the journal's mount, the output channel, people.yml's reader, the clock, the preview panels
// and the imported calendars. Each registration names the part it reads (a `Pick` of this). In
// people/ because people.yml's reader is one of them; reflect/ extends it (reflectServices.ts).
import type { CalendarAudits } from '../calendar/calendarAudits';
import type { Clock } from '../clock';
import type { Settings } from '../settingsService';
import type { JournalStore } from '../journal/journalStore';
import type { ReflectSource } from '../index/reflectSource';
import type { JournalMount } from '../journal/journalMounts';
import type { Log } from '../output';
import type { PreviewPanels } from '../webviews/previewPanels';
import type { PeopleLoader } from './peopleLoader';

export interface PeopleServices {
  readonly index: ReflectSource;
  /** Which journal is unlocked in this window: entries are read and written through it (journalMounts.ts). */
  readonly mount: JournalMount;
  /** The extension's one output channel (output.ts). */
  readonly log: Log;
  /** people.yml, read with its problems reported once (peopleLoader.ts). */
  readonly people: PeopleLoader;
  readonly clock: Clock;
  /** The settings now, kept current on each change (settingsService.ts). */
  readonly settings: Settings;
  /** The journal's files, read and written through the mount (journal/journalStore.ts). */
  readonly store: JournalStore;
  readonly previews: PreviewPanels;
  /** The imported calendars: with one, a person page has the 1:1s the calendar held, reviews a *Time* section. */
  readonly calendar: CalendarAudits;
}
