// The README that ships in the VSIX (the extension's page in VS Code and on the marketplace): the
// repository's README.md without the sections written for contributors — how the tests work, the
// measured figures, the source layout, contributing, the dependencies — which no user of the
// installed extension reads and which cost ~25 KB of the VSIX's 1 MB budget. One short section in their place says where they are.
// Written by the production build (build.ts) to dist/README.md; `npm run package` hands it to vsce
// (--readme-path). Every other byte of README.md ships as written.
import { sectionsAt } from './markdownSections';

/** The `## ` sections left out of the shipped README, by heading. */
export const CONTRIBUTOR_SECTIONS: readonly string[] = ['How the tests work', 'Figures', 'Layout', 'Contributing', 'Dependencies, and why'];

/** Where the shipped README is written, relative to the repository. */
export const SHIPPED_README = 'dist/README.md';

const NOTE = [
  '## For contributors',
  '',
  'How the tests work, the measured figures (speed, size, the tagger\'s accuracy), the source layout,',
  'how to contribute and the dependencies are described in the README of the source repository; the',
  'copy shipped with the extension leaves them out.',
  '',
];

/**
 * The shipped README for `readme`. Throws if a contributor section is not found, so that renaming one
 * in README.md fails the build instead of shipping it unnoticed.
 */
export function shippedReadme(readme: string): string {
  const all = sectionsAt(readme.split('\n'), 2);
  const missing = CONTRIBUTOR_SECTIONS.filter((heading) => !all.some((section) => section.heading === heading));
  if (missing.length > 0) {
    throw new Error(`README.md has no section ${missing.map((heading) => `"## ${heading}"`).join(', ')} (scripts/shippedReadme.ts)`);
  }
  let noted = false;
  const kept = all.flatMap((section) => {
    if (section.heading === undefined || !CONTRIBUTOR_SECTIONS.includes(section.heading)) {
      return section.lines;
    }
    if (noted) {
      return [];
    }
    noted = true;
    return NOTE;
  });
  return kept.join('\n');
}
