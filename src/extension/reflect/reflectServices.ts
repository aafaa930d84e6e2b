// What the reflection features (reviews, commitments, on this day, due to revisit, what a new entry
// brings in) are handed by the composition root (features.ts), built once there: what the people
// features are handed (people/peopleServices.ts: the index, the mount, the output channel,
// people.yml, the clock, the preview panels, the calendars); the views they fill are handed to them
// by activation, when first shown (activationTable.ts `ViewHandlers`). Each registration names the
// part it reads (a `Pick` of this), so a test or a new caller can see at a glance what a feature
// depends on.
import type { PeopleServices } from '../people/peopleServices';

export type ReflectServices = PeopleServices;
