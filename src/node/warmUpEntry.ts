// A journal entry of the usual shape and length, written for this purpose, that a fresh index worker
// reads a few times while the folder is still being listed. A new thread runs the tagger in V8's
// interpreter until its functions are compiled: its first hundred entries cost ten times the rest.
// Reading this sample first moves that cost into time the worker would spend waiting anyway.
export const WARM_UP_ENTRY = `---
date: 2026-03-04
kind: daily
people: [Ana, Tom]
---

# Wednesday, 2026-03-04

## Where did I work on the why today: purpose, direction or people?

I told the team why the new intake process matters to the families we serve, and I asked Ana what she
thought we were missing. She said the weekend shifts feel forgotten, so I promised to visit on Saturday.

## Where did I work on the how today: plans, resources or unblocking?

- Moved the audit deadline to Friday and assigned owners to the three open tickets.
- Rebuilt the rota for March; Tom covers Tuesdays while Priya is on leave.
- Checked the budget against the forecast: we are 4% over on agency staff.

## What did I notice about myself?

Instead of fixing the report myself, I asked Tom to walk me through it. It took longer, but he owns it now.
I still rewrote one paragraph of his summary, which I should not have done.

## Next

- [ ] Share the offsite agenda with the team #commit
- [x] Book the room for the planning day

- Today leaned towards (why, how or both): both
- One commitment for tomorrow: ask @Ana how the Saturday visit should go
`;

/** How many times a fresh worker reads it. */
export const WARM_UP_ROUNDS = 10;
