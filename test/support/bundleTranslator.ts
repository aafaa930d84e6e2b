// A stand-in for `vscode.l10n` that formats with the shipped bundles (l10n/), as VS Code would, for
// unit tests of code that takes the translator as a parameter; a message missing from the bundle
// fails the test. As VS Code does, a `{n}` with no argument stays as written (a message handed
// unfilled to `pluralMessage`, which fills in the count).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BundleTranslator {
  t(message: string, ...args: unknown[]): string;
}

export function bundleTranslator(language: 'en' | 'de'): BundleTranslator {
  const file = language === 'en' ? 'bundle.l10n.json' : 'bundle.l10n.de.json';
  const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', file), 'utf8')) as Record<string, string>;
  return {
    t: (message: string, ...args: unknown[]): string => {
      const template = bundle[message];
      assert.ok(template !== undefined, `"${message}" is in ${file}`);
      return template.replace(/\{(\d+)\}/g, (whole, at: string) => (Number(at) < args.length ? String(args[Number(at)]) : whole));
    },
  };
}
