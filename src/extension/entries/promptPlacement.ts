// Where Insert Prompt puts `## <prompt>` and its answer line, decided from the cursor's line alone:
// on an empty line, there (with a blank line above when the line before holds text, as Markdown style
// and the entry templates have a heading); on a line with text, after it, two line breaks down. Pure
// (no vscode), so the decision is unit-tested; prompts.ts reads the editor and inserts.

export interface PromptPlacement {
  /** Line breaks written before the heading. */
  readonly before: '' | '\n' | '\n\n';
  /** At the start of the cursor's line (it is empty) or at its end (it holds text). */
  readonly at: 'line-start' | 'line-end';
}

/** `lineIsEmpty`: the cursor's line is empty or whitespace; `previousHasText`: a line above it exists and holds text. */
export function promptPlacement(lineIsEmpty: boolean, previousHasText: boolean): PromptPlacement {
  if (!lineIsEmpty) {
    return { before: '\n\n', at: 'line-end' };
  }
  return { before: previousHasText ? '\n' : '', at: 'line-start' };
}
