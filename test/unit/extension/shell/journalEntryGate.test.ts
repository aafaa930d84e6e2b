// shell/journalEntryGate.ts: activation's CodeLens, hover and tag-on-save (the activation table's
// `codeLens`, `hover` and `willSave` lines) ask whether a document is a journal entry once per call,
// there alone, and start the features for journal entries only. The features' providers
// (tagging/tagLens.ts, tagging/tagOnSave.ts) no longer ask: this is the one place.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { ProviderHandlerOf } from '../../../../src/extension/activationTable';
import { entryCodeLens, entryHover, entryWillSave, type EntryTest } from '../../../../src/extension/shell/journalEntryGate';

/** The features' providers of the three line types, as the gate is handed them. */
interface EntryProviders {
  readonly codeLens: ProviderHandlerOf['codeLens'];
  readonly hover: ProviderHandlerOf['hover'];
  readonly willSave: ProviderHandlerOf['willSave'];
}

/** A document, as far as the gate and these stand-in features look at it. */
function doc(path: string): vscode.TextDocument {
  return { uri: { path }, languageId: 'markdown' } as unknown as vscode.TextDocument;
}

const token = {} as vscode.CancellationToken;
const position = {} as vscode.Position;

function counted(entryPaths: readonly string[]) {
  const calls = { isEntry: 0, started: 0, lens: 0, hover: 0, saved: 0 };
  const features: EntryProviders = {
    codeLens: { provideCodeLenses: () => { calls.lens++; return []; } },
    hover: { provideHover: () => { calls.hover++; return undefined; } },
    willSave: () => { calls.saved++; },
  };
  const isEntry: EntryTest = (document) => { calls.isEntry++; return entryPaths.includes(document.uri.path); };
  const started = (): EntryProviders => { calls.started++; return features; };
  const gate = {
    codeLens: entryCodeLens(isEntry, () => started().codeLens),
    hover: entryHover(isEntry, () => started().hover),
    willSave: entryWillSave(isEntry, () => started().willSave),
  };
  return { calls, gate };
}

describe('extension: the journal-entry gate of activation (shell/journalEntryGate.ts)', () => {
  it('asks once per call for a journal entry, and hands it to the features', async () => {
    const { calls, gate } = counted(['/journal/2026/12/03.md']);
    const entry = doc('/journal/2026/12/03.md');
    await gate.codeLens.provideCodeLenses(entry, token);
    assert.deepEqual(calls, { isEntry: 1, started: 1, lens: 1, hover: 0, saved: 0 });
    await gate.hover.provideHover(entry, position, token);
    assert.deepEqual(calls, { isEntry: 2, started: 2, lens: 1, hover: 1, saved: 0 });
    gate.willSave({ document: entry } as vscode.TextDocumentWillSaveEvent);
    assert.deepEqual(calls, { isEntry: 3, started: 3, lens: 1, hover: 1, saved: 1 });
  });

  it('asks once per call for any other Markdown file, and never starts the features for it', async () => {
    const { calls, gate } = counted([]);
    const readme = doc('/README.md');
    assert.deepEqual(await gate.codeLens.provideCodeLenses(readme, token), []);
    assert.equal(await gate.hover.provideHover(readme, position, token), undefined);
    gate.willSave({ document: readme } as vscode.TextDocumentWillSaveEvent);
    assert.deepEqual(calls, { isEntry: 3, started: 0, lens: 0, hover: 0, saved: 0 });
  });

  it("is the only test on the way: the features' providers it hands entries to do not ask again", () => {
    for (const file of ['tagLens.ts', 'tagOnSave.ts']) {
      const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'src', 'extension', 'tagging', file), 'utf8');
      assert.doesNotMatch(text, /journalDocuments/, `tagging/${file} imports the journal-entry test`);
    }
  });
});
