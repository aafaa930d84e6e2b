// Our key bindings against VS Code's own defaults, read from the real workbench (Preferences: Open
// Default Keyboard Shortcuts (JSON)) on this platform: neither our chords nor their first key may
// already mean something.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { reset } from './helpers';

interface Binding {
  readonly key: string;
  readonly command: string;
  readonly mac?: string;
}

/** The default keybindings document: JSON with `//` comment lines. */
function parseDefaults(text: string): Binding[] {
  const json = text.split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
  return JSON.parse(json) as Binding[];
}

describe('Key bindings (extension host)', () => {
  after(reset);

  it('binds New Entry and Insert Prompt to chords that VS Code\'s defaults leave free', async () => {
    const extension = vscode.extensions.getExtension('leadership-journal.leadership-journal');
    assert.ok(extension);
    const manifest = JSON.parse(readFileSync(join(extension.extensionPath, 'package.json'), 'utf8')) as {
      contributes: { keybindings: Binding[] };
    };
    const ours = manifest.contributes.keybindings;
    assert.deepEqual(ours.map((b) => b.command).sort(), ['leadershipJournal.insertPrompt', 'leadershipJournal.newEntry']);

    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document, 'the default keybindings document opened');
    const defaults = parseDefaults(document.getText()).filter((b) => !b.command.startsWith('leadershipJournal.'));
    assert.ok(defaults.length > 500, `read ${defaults.length} default bindings`);
    const taken = new Set(defaults.map((b) => b.key.toLowerCase()));
    for (const binding of ours) {
      const [first] = binding.key.split(' ');
      assert.ok(!taken.has(binding.key), `${binding.key} is already a default`);
      assert.ok(!taken.has(first as string), `${first as string} (the first key of ${binding.key}) is already a default`);
      assert.ok(![...taken].some((key) => key.startsWith(`${first as string} `)), `${first as string} already starts a default chord`);
    }
  });
});
