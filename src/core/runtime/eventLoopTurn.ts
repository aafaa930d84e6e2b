// One turn of the event loop, for code that makes records or classifies texts on its own thread
// while worker threads run (the CLI's report and classify, the extension's index): it lets in what
// waits — a worker's answer, I/O, the window's own work — between slices of its own.
//
// The core's callers run in Node (the CLI, the desktop extension host) and in a web worker (VS Code
// for the Web's extension host), and the core's type check has neither Node's nor the DOM's types.
// So the two timers are typed here, as crypto/webGlobals.ts types the web globals, and Node's
// setImmediate is used only where it exists: it runs once pending I/O is handled, where Node's
// setTimeout(0) waits at least a millisecond. A host without it (a browser, a web worker) gets
// setTimeout(0), the next macrotask there.

interface TimerGlobals {
  readonly setImmediate?: (callback: () => void) => unknown;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly setInterval: (callback: () => void, ms: number) => unknown;
  readonly clearInterval: (timer: unknown) => void;
}

const timers = globalThis as unknown as TimerGlobals;

/** Resolves after one turn of the event loop: setImmediate where the host has it, else setTimeout(0). */
export function turn(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof timers.setImmediate === 'function') {
      timers.setImmediate(resolve);
    } else {
      timers.setTimeout(resolve, 0);
    }
  });
}

/** Resolves after `ms` milliseconds (the host's setTimeout): a short wait between two tries (namesLock.ts). */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    timers.setTimeout(resolve, ms);
  });
}

/** Calls `run` every `ms` milliseconds (the host's setInterval) until the returned function is called: a holder's beat (namesLock.ts). */
export function every(ms: number, run: () => void): () => void {
  const timer = timers.setInterval(run, ms);
  return () => timers.clearInterval(timer);
}
