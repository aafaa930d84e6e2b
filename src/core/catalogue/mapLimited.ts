// Bounded concurrency for the catalogue's stats and reads: an adapter whose calls travel (VS Code's
// file system in a remote window or the web worker host) keeps several in flight; a synchronous one
// (Node's fs in the CLI) resolves each at once, so the bound costs it nothing.

/** `work` applied to every item with at most `limit` calls in flight; results in the items' order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
