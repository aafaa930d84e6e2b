// Localisation stays complete: every `%key%` of the manifest has an English and a German string,
// no string is left unused, the runtime bundle is what @vscode/l10n-dev extracts from the source
// today, and the German bundle translates every message with the same `{n}` placeholders.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getL10nJson, type l10nJsonFormat } from '@vscode/l10n-dev';

const root = join(__dirname, '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const strings = (path: string): Record<string, string> => readJson(path) as Record<string, string>;

/** Every `%key%` placeholder anywhere in the manifest. */
function manifestKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%([^%\s]+)%$/.exec(value);
    if (match?.[1]) {
      found.add(match[1]);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item) => manifestKeys(item, found));
  } else if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach((item) => manifestKeys(item, found));
  }
  return found;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\d+)\}/g)].map((match) => match[1] ?? '').sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

function messageOf(value: l10nJsonFormat[string]): string {
  return typeof value === 'string' ? value : value.message;
}

describe('localisation', () => {
  const manifest = readJson('package.json') as { l10n?: string };
  const english = strings('package.nls.json');
  const german = strings('package.nls.de.json');

  it('points the manifest at the l10n folder', () => {
    assert.equal(manifest.l10n, './l10n');
  });

  it('has an English and a German string for every %key% in package.json, and no unused key', () => {
    const keys = [...manifestKeys(manifest)].sort();
    assert.ok(keys.length > 30, `only ${keys.length} keys`);
    assert.deepEqual(Object.keys(english).sort(), keys, 'package.nls.json');
    assert.deepEqual(Object.keys(german).sort(), keys, 'package.nls.de.json');
    for (const key of keys) {
      assert.ok(english[key]?.trim(), key);
      assert.ok(german[key]?.trim(), key);
    }
  });

  it('leaves no manifest string a person reads untranslated', () => {
    const contributes = (readJson('package.json') as { contributes: Record<string, unknown> }).contributes;
    const plain: string[] = [];
    const visit = (value: unknown, key: string): void => {
      if (typeof value === 'string' && ['title', 'name', 'description', 'markdownDescription', 'displayName', 'category'].includes(key) && !/^%.+%$/.test(value)) {
        plain.push(value);
      } else if (Array.isArray(value)) {
        value.forEach((item) => visit(item, key === 'enumDescriptions' ? 'description' : ''));
      } else if (typeof value === 'object' && value !== null) {
        Object.entries(value).forEach(([k, v]) => visit(v, k));
      }
    };
    visit(contributes, '');
    assert.deepEqual(plain, []);
  });

  describe('runtime bundle', () => {
    const bundle = strings('l10n/bundle.l10n.json');
    const bundleDe = strings('l10n/bundle.l10n.de.json');

    it('translates every message into German with the same {n} placeholders, and nothing more', () => {
      assert.deepEqual(Object.keys(bundleDe).sort(), Object.keys(bundle).sort());
      for (const [key, message] of Object.entries(bundle)) {
        const translated = bundleDe[key] ?? '';
        assert.ok(translated.trim() !== '', key);
        assert.deepEqual(placeholders(translated), placeholders(messageOf(message)), key);
      }
    });

    it('calls the disk one thing in German, "Festplatte", as the encrypted journal\'s strings do (never "Datenträger")', () => {
      const both = [...Object.entries(bundleDe), ...Object.entries(german)];
      assert.deepEqual(both.filter(([, message]) => /Datenträger/.test(message)).map(([key]) => key), []);
      assert.ok(both.some(([, message]) => /Festplatte/.test(message)), 'the term is in use');
    });

    it('is up to date with the source (npm run l10n:export)', async function () {
      // A hang guard, not a speed check: extracting from all of src/ takes ~5 s idle and passed 30 s on
      // this 2-core machine while other sessions' E2E tests ran.
      this.timeout(180000);
      const files = [...sourceFiles('src/extension'), ...sourceFiles('src/webview'), ...sourceFiles('src/core')].map((path) => ({ contents: readFileSync(join(root, path), 'utf8'), extension: '.ts' }));
      const extracted = await getL10nJson(files);
      assert.deepEqual(
        Object.fromEntries(Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))),
        Object.fromEntries(Object.entries(extracted).sort(([a], [b]) => a.localeCompare(b))),
        'l10n/bundle.l10n.json differs from the strings in src/extension, src/webview and src/core: run npm run l10n:export',
      );
    });
  });
});
