// What the Explain Tags panel has on screen, so that a state sent again is not drawn again. The host
// sends the entry's state on every save, change on disk and tag write, often the same one; a redraw
// replaces every button, and one that lands between a person's mouse-down and mouse-up swallows
// the click (the "Line n" link then does nothing).
import type { ExplainStateMessage } from '../explainProtocol';

export class OnScreen {
  private drawn = '';

  /** Whether `state` in `locale` differs from what is on screen; if so it counts as drawn from now on. */
  differs(locale: string, state: ExplainStateMessage): boolean {
    const key = `${locale}\n${JSON.stringify(state)}`;
    if (key === this.drawn) {
      return false;
    }
    this.drawn = key;
    return true;
  }

  /** The screen no longer shows a state (a failure banner replaced it): the next state is drawn. */
  forget(): void {
    this.drawn = '';
  }
}
