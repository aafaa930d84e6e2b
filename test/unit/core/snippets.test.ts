import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScaffoldedPrompt } from '../../../src/core/entries/scaffoldLines';

interface Snippet {
  readonly scope?: unknown;
  readonly prefix?: unknown;
  readonly description?: unknown;
  readonly body?: unknown;
}

const SNIPPETS_FILE = join(__dirname, '..', '..', '..', 'snippets', 'leadership-journal.code-snippets');
const snippets = Object.entries(JSON.parse(readFileSync(SNIPPETS_FILE, 'utf8')) as Record<string, Snippet>);

function bodyLines(snippet: Snippet): string[] {
  assert.ok(Array.isArray(snippet.body) && snippet.body.every((line) => typeof line === 'string'));
  return snippet.body as string[];
}

/** The options of a `${n|a,b\,c|}` choice, unescaped. */
function choiceOptions(choice: string): string[] {
  return choice.split(/(?<!\\),/).map((option) => option.replace(/\\([,|\\])/g, '$1'));
}

describe('snippets', () => {
  it('parses as JSON and holds the eleven snippets', () => {
    assert.deepEqual(snippets.map(([, snippet]) => snippet.prefix).sort(), [
      'lj-1on1', 'lj-aar', 'lj-balance', 'lj-commit', 'lj-decision', 'lj-feedback', 'lj-how', 'lj-sl', 'lj-ssc', 'lj-trap', 'lj-why',
    ]);
  });

  it('scopes every snippet to Markdown, with a unique lj- prefix and a description', () => {
    const prefixes = new Set<string>();
    for (const [name, snippet] of snippets) {
      assert.equal(snippet.scope, 'markdown', name);
      assert.ok(typeof snippet.prefix === 'string' && snippet.prefix.startsWith('lj-'), name);
      assert.ok(!prefixes.has(snippet.prefix), `${name}: duplicate prefix`);
      prefixes.add(snippet.prefix);
      assert.ok(typeof snippet.description === 'string' && snippet.description.trim().length > 10, name);
    }
  });

  it('gives every body at least one numbered tab stop', () => {
    for (const [name, snippet] of snippets) {
      assert.match(bodyLines(snippet).join('\n'), /\$(?:\{)?[1-9]/, name);
    }
  });

  it('only uses headings and items the tagger knows are scaffolded', () => {
    for (const [name, snippet] of snippets) {
      for (const line of bodyLines(snippet)) {
        const choice = /^## \$\{\d+\|(.*)\|\}$/.exec(line);
        if (choice) {
          for (const option of choiceOptions(choice[1] ?? '')) {
            assert.equal(isScaffoldedPrompt(`## ${option}`), true, `${name}: ${option}`);
          }
        } else if (line.startsWith('## ')) {
          assert.equal(isScaffoldedPrompt(line), true, `${name}: ${line}`);
        } else if (/^- [^[].*: \$/.test(line)) {
          assert.equal(isScaffoldedPrompt(line.replace(/: \$.*$/, ':')), true, `${name}: ${line}`);
        }
      }
    }
  });

  it('offers the four styles as a choice in the situational check-in', () => {
    const sl = snippets.find(([, snippet]) => snippet.prefix === 'lj-sl')?.[1];
    assert.ok(sl);
    assert.ok(bodyLines(sl).some((line) => line.includes('${2|directing,coaching,supporting,delegating|}')));
    const oneOnOne = snippets.find(([, snippet]) => snippet.prefix === 'lj-1on1')?.[1];
    assert.ok(oneOnOne && bodyLines(oneOnOne).some((line) => line.includes('${1:person}')));
    const commit = snippets.find(([, snippet]) => snippet.prefix === 'lj-commit')?.[1];
    assert.ok(commit);
    assert.deepEqual(bodyLines(commit), ['- [ ] ${1:what} #commit']);
  });
});
