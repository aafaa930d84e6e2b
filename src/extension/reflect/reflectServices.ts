// What the reflection features are handed by the composition root (features.ts), built once there:
// the journal index, the journal's mount, the output channel, people.yml, the clock, the preview
// panels, the imported calendars, the views activation created and the extension's version. Each registration names the part it reads (a `Pick` of this),
// so a test or a new caller can see at a glance what a feature depends on.
import type { CalendarAudits } from '../calendar/calendarAudits';
import type { Clock } from '../clock';
import type { DeferredTree } from '../featuresContract';
import type { JournalMount } from '../journal/journalMounts';
import type { Log } from '../output';
import type { PeopleLoader } from './peopleLoader';
import type { PreviewPanels } from '../webviews/previewPanels';
import type { ReflectSource } from '../index/reflectSource';

/** The views activation created, filled by the reflection features. */
export interface ReflectTrees {
  readonly commitments: DeferredTree;
  readonly onThisDay: DeferredTree;
  readonly dueToRevisit: DeferredTree;
}

export interface ReflectServices {
  readonly index: ReflectSource;
  /** Which journal is unlocked in this window: entries are read and written through it (journalMounts.ts). */
  readonly mount: JournalMount;
  /** The extension's one output channel (output.ts). */
  readonly log: Log;
  /** people.yml, read with its problems reported once (peopleLoader.ts). */
  readonly people: PeopleLoader;
  readonly clock: Clock;
  readonly previews: PreviewPanels;
  /** The imported calendars: with one, reviews have a *Time* section and exports the calendar hours. */
  readonly calendar: CalendarAudits;
  readonly trees: ReflectTrees;
  /** The extension's version, for the report's footer. */
  readonly version: string;
}
