// The CHANGELOG that ships in the VSIX (the extension's Changelog tab in VS Code and on the
// marketplace): CHANGELOG.md's title (what comes before the first `## `), then each `## ` version
// heading with its `### Highlights` part only — the short release summary written for users — and one
// line saying the full development log is CHANGELOG.md in the source repository. The developers'
// entries below the Highlights (every change and measurement, ~200 KB, ~65 KB packed) stay out: no
// user of the installed extension reads them, and the VSIX has a 1 MB budget. Every line kept ships as
// written. Written by the production build (build.ts) to dist/CHANGELOG.md; `npm run package` hands it
// to vsce (--changelog-path), and installExtension.ts writes the same text for `npm start` and E2E.
import { sectionsAt } from './markdownSections';

/** Where the shipped CHANGELOG is written, relative to the repository. */
export const SHIPPED_CHANGELOG = 'dist/CHANGELOG.md';

/** The `### ` part of each version that ships. */
export const HIGHLIGHTS = 'Highlights';

/** The last line of the shipped CHANGELOG. */
export const FULL_LOG_NOTE = 'The full development log, every change and measurement, is CHANGELOG.md in the source repository.';

/** `lines` without the blank lines at either end. */
function trimmed(lines: readonly string[]): string[] {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) {
    return [];
  }
  const last = lines.length - 1 - [...lines].reverse().findIndex((line) => line.trim() !== '');
  return lines.slice(first, last + 1);
}

/**
 * The shipped CHANGELOG for `changelog`. Throws when it has no version, or when a version has no
 * `### Highlights` or nothing under it, so that a release without a summary fails the build instead
 * of shipping an empty Changelog tab.
 */
export function shippedChangelog(changelog: string): string {
  const [title, ...versions] = sectionsAt(changelog.split('\n'), 2);
  if (versions.length === 0) {
    throw new Error('CHANGELOG.md has no "## " version heading (scripts/shippedChangelog.ts)');
  }
  const blocks = [trimmed(title?.lines ?? [])];
  for (const version of versions) {
    const [heading, ...parts] = version.lines;
    const highlights = sectionsAt(parts, 3).find((part) => part.heading === HIGHLIGHTS);
    if (highlights === undefined) {
      throw new Error(`CHANGELOG.md: "${heading ?? ''}" has no "### ${HIGHLIGHTS}", the short summary the VSIX ships for it (scripts/shippedChangelog.ts)`);
    }
    const kept = trimmed(highlights.lines);
    if (kept.length < 2) {
      throw new Error(`CHANGELOG.md: "${heading ?? ''}" has nothing under "### ${HIGHLIGHTS}" (scripts/shippedChangelog.ts)`);
    }
    blocks.push([heading ?? '', '', ...kept]);
  }
  blocks.push([FULL_LOG_NOTE]);
  return `${blocks.filter((block) => block.length > 0).map((block) => block.join('\n')).join('\n\n')}\n`;
}
