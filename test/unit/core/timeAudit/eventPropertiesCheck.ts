// The check that eventProperties.ts reads a VEVENT as ical.js does, shared by its unit and property
// tests: either it hands the block to ical.js whole, or ical.js reads the block without error and
// the properties it gives are exactly ical.js's, less the ones the audit never reads.
import * as assert from 'node:assert/strict';
import { readEventProperties } from '../../../../src/core/timeAudit/eventProperties';
import { parseComponents, type JCalProperty } from '../../../../src/core/timeAudit/icalLibrary';

/** What eventRecord.ts reads; everything else is dropped. */
export const READ_PROPERTIES = new Set([
  'uid', 'summary', 'status', 'transp', 'dtstart', 'dtend', 'recurrence-id', 'duration', 'attendee', 'organizer',
  'sequence', 'rrule', 'rdate', 'exdate',
]);

/** How the block was read: here (`fast`), or by ical.js whole because it asked to (`whole`). */
export type BlockPath = 'fast' | 'whole';

/** Asserts the contract on one block (the text from its BEGIN line to past its END line). */
export function assertReadAsIcal(block: string): BlockPath {
  const fast = readEventProperties(block, 0, block.length);
  if (fast === undefined) {
    return 'whole';
  }
  let reference: JCalProperty[];
  try {
    reference = parseComponents(block)[0]?.[1] ?? [];
  } catch (error) {
    assert.fail(`read here, but ical.js refuses the block (${String(error)}):\n${JSON.stringify(block)}`);
  }
  assert.deepEqual(fast[1], reference.filter((property) => READ_PROPERTIES.has(property[0])), JSON.stringify(block));
  return 'fast';
}

/** The VEVENT blocks of a calendar text: from each BEGIN:VEVENT line to past its END:VEVENT line. */
export function veventBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (let start = text.search(/^BEGIN:VEVENT/m); start !== -1;) {
    const endLine = text.indexOf('END:VEVENT', start);
    const newline = text.indexOf('\n', endLine);
    const end = newline === -1 ? text.length : newline + 1;
    blocks.push(text.slice(start, end));
    const next = text.slice(end).search(/^BEGIN:VEVENT/m);
    start = next === -1 ? -1 : end + next;
  }
  return blocks;
}
