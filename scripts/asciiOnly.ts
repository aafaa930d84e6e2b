// An esbuild plugin for the bundles that hold the tagger (dist/tagger.js, dist/cli.js, and the
// benchmarks' copies of the tagger): once written, every character past ASCII in the output becomes a
// `\uXXXX` escape. Node reads a file of ASCII straight into a one-byte string; one other character
// makes it decode the whole bundle from UTF-8 into a two-byte string and compile that, which cost
// about 2 ms of the tagger's load (4 ms of the CLI's).
// esbuild already writes strings ASCII-only, but not regular-expression literals or raw templates; in
// the tagger, and in the rest of the CLI, those are regular expressions and the sources given to
// `new RegExp`, where `\uXXXX` means the character itself (a surrogate pair's two escapes, one
// character under the `u` flag).
// Minified builds only: a development build's source map would point past the escaped columns.
import { readFileSync, writeFileSync } from 'node:fs';
import type * as esbuild from 'esbuild';

/** `text` with every UTF-16 code unit past ASCII written as a `\uXXXX` escape. */
export function escapeNonAscii(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const asciiOnly: esbuild.Plugin = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      const { outfile, minify } = build.initialOptions;
      if (result.errors.length > 0 || outfile === undefined || minify !== true) {
        return;
      }
      const text = readFileSync(outfile, 'utf8');
      const escaped = escapeNonAscii(text);
      if (escaped !== text) {
        writeFileSync(outfile, escaped);
      }
    });
  },
};
