// When an attempt shows a progress notification, and when it may tell its result. VS Code's workbench
// keeps a progress notification on screen for at least 800 ms after it appears (an extension cannot
// change that), so one shown for a key refused in milliseconds stayed beside the box that already said
// the key is wrong. Here a notification is shown only once the attempt has run for SHOW_AFTER_MS, and
// once shown, the attempt's result (a value or an error) is held until the workbench has closed it:
// no notification outlives its attempt. Imports neither vscode nor Node: the timers are handed in.

/** How long an attempt runs before its notification is shown (a refused age key takes a few ms). */
export const SHOW_AFTER_MS = 300;
/** The workbench's minimum (progressService.ts: `Promise.all([timeout(800), promise])`). */
export const WORKBENCH_MINIMUM_MS = 800;
/** For the workbench starting the notification a little after the extension asked (a message between two hosts). */
export const MARGIN_MS = 200;

/** How long to hold an attempt's result that ended at `endedAt`, its notification shown at `shownAt` (undefined: none was). */
export function holdFor(shownAt: number | undefined, endedAt: number): number {
  return shownAt === undefined ? 0 : Math.max(0, shownAt + WORKBENCH_MINIMUM_MS + MARGIN_MS - endedAt);
}

export interface ProgressClock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Shows a notification through `show` (it settles when the function it is handed settles). */
export type ShowProgress = <T>(run: () => Promise<T>) => Promise<T>;

type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

function settle<T>(attempt: Promise<T>): Promise<Settled<T>> {
  return attempt.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
}

function told<T>(result: Settled<T>): T {
  if (!result.ok) {
    throw result.error;
  }
  return result.value;
}

/** `attempt`'s result, a notification shown (through `show`) only while it runs late, and closed before the result is told. */
export async function withLateProgress<T>(attempt: Promise<T>, show: ShowProgress, clock: ProgressClock): Promise<T> {
  const result = settle(attempt);
  const early = await Promise.race([result, clock.sleep(SHOW_AFTER_MS).then(() => undefined)]);
  if (early !== undefined) {
    return told(early);
  }
  return told(await show(async () => {
    const shownAt = clock.now();
    const late = await result;
    await clock.sleep(holdFor(shownAt, clock.now()));
    return late;
  }));
}
