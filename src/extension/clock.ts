// "Now", injected so commands can be driven at a fixed time in tests.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
