// An index record as the people's code reads it (core/reflect/people.ts `PersonSource`), for the tests
// of who the journal names: a daily entry on `date` naming `people` in its front matter and
// `mentions` (@names) in its text.
import type { PersonSource } from '../../src/core/reflect/people';

export function personSource(date: string, people: readonly string[], mentions: readonly string[] = []): PersonSource {
  return { date, path: `2026/12/${date}.md`, kind: 'daily', style: null, people, title: date, mentions };
}
