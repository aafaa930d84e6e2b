// Markdown split at its headings of one level, for the shipped copies of README.md and CHANGELOG.md
// (shippedReadme.ts, shippedChangelog.ts). A heading inside fenced code (``` or ~~~) is text, not a
// heading; the lines are kept as written, so joining every section's lines gives the input back.

export interface Section {
  /** The heading's text, trimmed; undefined for the lines before the first heading. */
  readonly heading: string | undefined;
  /** The heading line itself first (when there is one), then the lines up to the next heading. */
  readonly lines: string[];
}

/** `lines` split at their headings of `level` (2: `## `, 3: `### `); the first section has no heading. */
export function sectionsAt(lines: readonly string[], level: number): Section[] {
  const pattern = new RegExp(`^${'#'.repeat(level)} (.+)$`);
  const result: Section[] = [{ heading: undefined, lines: [] }];
  let fenced = false;
  for (const line of lines) {
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
    }
    const heading = fenced ? undefined : pattern.exec(line)?.[1]?.trim();
    if (heading !== undefined) {
      result.push({ heading, lines: [] });
    }
    result[result.length - 1]?.lines.push(line);
  }
  return result;
}
