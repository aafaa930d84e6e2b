// The headline numbers for a whole range, combined from its buckets with the buckets' own rule, so
// the totals and the chart can never disagree.
import type { Bucket } from './aggregate';

/** The same measures as a bucket's, over the whole range (means over all its tagged entries). */
export type RangeTotals = Pick<Bucket, 'entries' | 'words' | 'tagged' | 'labels' | 'whyShare' | 'howShare' | 'balancedShare'>;

export function totalsOf(buckets: readonly Bucket[]): RangeTotals {
  let entries = 0;
  let words = 0;
  let tagged = 0;
  let why = 0;
  let how = 0;
  const labels = { why: 0, how: 0, balanced: 0, unclear: 0 };
  for (const bucket of buckets) {
    entries += bucket.entries;
    words += bucket.words;
    tagged += bucket.tagged;
    // A bucket's share is its tagged entries' mean; times their number it is their sum again.
    why += (bucket.whyShare ?? 0) * bucket.tagged;
    how += (bucket.howShare ?? 0) * bucket.tagged;
    labels.why += bucket.labels.why;
    labels.how += bucket.labels.how;
    labels.balanced += bucket.labels.balanced;
    labels.unclear += bucket.labels.unclear;
  }
  return {
    entries,
    words,
    tagged,
    labels,
    whyShare: tagged > 0 ? why / tagged : null,
    howShare: tagged > 0 ? how / tagged : null,
    balancedShare: tagged > 0 ? labels.balanced / tagged : null,
  };
}
