// Waiting briefly for the journal index before a new entry is written: a cold, large journal never
// holds up a new entry, which then simply starts without what the index would have added.
import type { ReflectSource } from '../index/reflectSource';

/** How long a new entry waits for the index to be read. */
export const INDEX_WAIT_MS = 2000;

/** True when the index is ready within {@link INDEX_WAIT_MS}. */
export async function indexReady(index: ReflectSource): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = await Promise.race([
    index.ensureBuilt().then(() => true),
    new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), INDEX_WAIT_MS); }),
  ]);
  clearTimeout(timer);
  return waited && index.state.state === 'ready';
}
