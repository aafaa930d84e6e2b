// Whether the tags in an entry's front matter are the user's own reading rather than the tagger's
// (issue #12, item 6), for entries with no fingerprint (`tags-hash`, tagFingerprint.ts): those written
// before fingerprints, or whose fingerprint line the user deleted. The tagger always writes a set
// that agrees with itself: one label, shares that sum to 1 (or are both 0), the label its rules give
// for those shares and traps, and only ids it knows. A set that does not agree with itself was edited by hand — `tags: [how]` while the
// shares say balanced — and is kept: the entry is pinned instead of overwritten.
//
// "Its rules" are every version's: the label rule of the tagger in this build (entryLabel.ts), and
// the rule earlier builds wrote with (thresholds 0.65 and 0.35, managing-side traps deciding close
// calls). An entry with no evidence was `balanced` with both shares 0 before `unclear` existed; both
// are the tagger's writing. So upgrading the tagger never pins an entry it wrote itself.
//
// What this cannot see: a hand edit that agrees with itself (a label changed together with its
// shares, or only the functions or traps changed). The fingerprint sees those; an entry without one
// gets it on its next write.
import { percent } from '../text/format';
import { entryLabel, MANAGING_TRAPS } from './entryLabel';
import { FUNCTION_IDS, STYLE_IDS, TRAP_IDS, type TrapId } from './types';

/** Every label any version of the tagger writes. */
const LABELS = ['why', 'how', 'balanced', 'unclear'];

/** The shares are written rounded to two decimals; their sum may be off by a rounding step. */
const ROUNDING = 0.011;

/**
 * The label rule of the builds before `unclear` (kept as it was, so their entries stay theirs); the
 * managing-side trap rule came in part-way, so both with and without it.
 */
function earlierLabels(why: number, how: number, traps: readonly TrapId[]): string[] {
  if (why + how === 0) {
    return ['balanced'];
  }
  const byShares = why > 0.65 ? 'why' : why < 0.35 ? 'how' : 'balanced';
  return why <= 0.5 && why >= 0.35 && traps.some((trap) => MANAGING_TRAPS.includes(trap)) ? ['how', byShares] : [byShares];
}

/** Half a rounding step: a build may have labelled on the shares before rounding them for writing. */
const HALF_STEP = 0.005;

function isShare(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

function idsWithin(value: unknown, known: readonly string[]): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.every((item) => typeof item === 'string' && known.includes(item)));
}

/**
 * Why the tags in `data` (an entry's front matter) are the user's reading, or undefined when they
 * are the tagger's — or absent (no `tags` key: nothing to keep).
 */
export function userReading(data: Readonly<Record<string, unknown>>): string | undefined {
  if (!Object.hasOwn(data, 'tags')) {
    return undefined;
  }
  const { tags, why, how, traps } = data;
  if (!Array.isArray(tags) || tags.length !== 1 || !LABELS.includes(String(tags[0]))) {
    return `tags: ${JSON.stringify(tags)} is not a label the tagger writes`;
  }
  const label = String(tags[0]);
  if (!isShare(why) || !isShare(how) || (why + how !== 0 && Math.abs(why + how - 1) > ROUNDING)) {
    return `the shares (why ${JSON.stringify(why ?? null)}, how ${JSON.stringify(how ?? null)}) are not ones the tagger writes`;
  }
  if (!idsWithin(data.functions, FUNCTION_IDS) || !idsWithin(traps, TRAP_IDS) || !(data.style === undefined || data.style === null || STYLE_IDS.includes(data.style as never))) {
    return 'the functions, style or traps hold names the tagger does not write';
  }
  const trapIds = (Array.isArray(traps) ? traps : []) as TrapId[];
  const trapResults = trapIds.map((id) => ({ id, evidence: [] }));
  const possible = why + how === 0
    ? ['balanced', 'unclear']
    : [why - HALF_STEP, why, why + HALF_STEP].flatMap((share) => [entryLabel(share, 1 - share, trapResults), ...earlierLabels(share, 1 - share, trapIds)]);
  return possible.includes(label) ? undefined : `the label ${label} is not what the tagger gives for why ${percent(why)} and how ${percent(how)}`;
}
