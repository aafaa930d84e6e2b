// shell/registerContributions.ts: activation registers one thing per line of the activation table,
// by the line's type, loads nothing while doing so, and hands each call to the handler the features
// hand in for that line. Run as the provider's tests are (bundled with `vscode` aliased to
// test/support/vscodeStub.ts, which records what is registered); the features are stand-ins that
// record what reaches them.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import {
  COMMAND_NAMES, commandId, contributionId, PROVIDER_NAMES, PROVIDER_TABLE, providersOfType, VIEW_NAMES, VIEW_TABLE, viewsOfType,
} from '../../../../src/extension/activationTable';
import type { Features, Shell } from '../../../../src/extension/featuresContract';
import type { registerContributions } from '../../../../src/extension/shell/registerContributions';
import { bundleWithStub } from '../../../support/stubBundle';
import type * as Stub from '../../../support/vscodeStub';

interface Probe {
  readonly registerContributions: typeof registerContributions;
  readonly vscode: typeof Stub;
}

/** A document at `path`, as far as the gate and these stand-in features look at it. */
function doc(path: string): vscode.TextDocument {
  return { uri: { path }, languageId: 'markdown' } as unknown as vscode.TextDocument;
}

const token = {} as vscode.CancellationToken;

describe('extension: activation registers every line of the activation table (shell/registerContributions.ts)', function () {
  this.timeout(60_000);
  let dir = '';
  let probe: Probe;
  let registered: typeof Stub.registered;
  let fileSystems: Shell['fileSystems'];
  /** How often a registration asked for the features (each time it hands a call on). */
  let asked = 0;
  /** What reached the features: the line's name and what it was handed. */
  const reached: [string, ...unknown[]][] = [];
  const fileSystem = { stat: async () => ({ type: 1, ctime: 0, mtime: 0, size: 0 }), onDidChangeFile: () => ({ dispose: () => undefined }) };

  function handlerOf(name: string, type: string): unknown {
    switch (type) {
      case 'tree':
        return (view: unknown) => {
          reached.push([name, view]);
          return { getChildren: () => [`${name} row`], getTreeItem: (row: string) => ({ label: row }) };
        };
      case 'webview':
        return { resolveWebviewView: (view: unknown) => reached.push([name, view]) };
      case 'codeLens':
        return { provideCodeLenses: (document: vscode.TextDocument) => [`${name} lens of ${document.uri.path}`] };
      case 'hover':
        return { provideHover: (document: vscode.TextDocument) => `${name} hover of ${document.uri.path}` };
      case 'documentLink':
        return { provideDocumentLinks: (document: vscode.TextDocument) => [`${name} link in ${document.uri.path}`] };
      case 'willSave':
        return (event: { document: vscode.TextDocument }) => reached.push([name, event.document.uri.path]);
      case 'webviewPanel':
        return { deserializeWebviewPanel: async (panel: unknown, state: unknown) => { reached.push([name, panel, state]); } };
      case 'fileSystem':
        return () => fileSystem;
      default:
        throw new Error(type);
    }
  }

  const features = {
    commands: Object.fromEntries(COMMAND_NAMES.map((name) => [name, (...args: unknown[]) => {
      reached.push([name, ...args]);
      return `${name} ran`;
    }])),
    views: Object.fromEntries(VIEW_NAMES.map((name) => [name, handlerOf(name, VIEW_TABLE[name].type)])),
    providers: Object.fromEntries(PROVIDER_NAMES.map((name) => [name, handlerOf(name, PROVIDER_TABLE[name].type)])),
  } as unknown as Features;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-contributions-'));
    probe = await bundleWithStub<Probe>(dir, 'probe', "export { registerContributions } from './src/extension/shell/registerContributions';");
    registered = probe.vscode.registered;
    const context = { subscriptions: [] as { dispose(): void }[] } as unknown as vscode.ExtensionContext;
    fileSystems = probe.registerContributions(context, () => { asked++; return features; }, (document) => document.uri.path.startsWith('/journal/'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('registers one of each line by its type, and asks for nothing yet', () => {
    assert.deepEqual([...registered.commands.keys()], COMMAND_NAMES.map(commandId));
    assert.deepEqual([...registered.treeViews.keys()], viewsOfType('tree').map(contributionId));
    assert.deepEqual([...registered.webviewViews.keys()], viewsOfType('webview').map(contributionId));
    assert.deepEqual([...registered.panelSerializers.keys()], providersOfType('webviewPanel').map(contributionId));
    assert.equal(registered.codeLenses.length, providersOfType('codeLens').length);
    assert.equal(registered.hovers.length, providersOfType('hover').length);
    assert.equal(registered.documentLinks.length, providersOfType('documentLink').length);
    assert.equal(registered.willSave.length, providersOfType('willSave').length);
    for (const { selector } of [...registered.codeLenses, ...registered.hovers, ...registered.documentLinks]) {
      assert.deepEqual(selector, { language: 'markdown' });
    }
    // No workspace, so no encrypted journal: the file system waits for the features to attach theirs.
    assert.equal(registered.fileSystems.size, 0);
    assert.deepEqual(Object.keys(fileSystems), providersOfType('fileSystem'));
    assert.equal(asked, 0, 'activation alone asks nothing of the features');
  });

  it("hands a command's arguments to the line's handler and its result back", async () => {
    const run = registered.commands.get(commandId('newEntry'));
    assert.ok(run);
    assert.equal(await run({ kind: 'daily' }, 2), 'newEntry ran');
    assert.deepEqual(reached.at(-1), ['newEntry', { kind: 'daily' }, 2]);
    assert.equal(await registered.commands.get(commandId('openToday'))?.(), 'openToday ran');
    assert.deepEqual(reached.at(-1), ['openToday']);
  });

  it("asks a tree line's handler for its provider once, with the view, the first time rows are asked for", async () => {
    for (const name of viewsOfType('tree')) {
      const tree = registered.treeViews.get(contributionId(name));
      const provider = tree?.provider as vscode.TreeDataProvider<string> | undefined;
      assert.ok(tree && provider);
      const before = reached.length;
      assert.deepEqual(await provider.getChildren(), [`${name} row`]);
      assert.deepEqual(reached.slice(before), [[name, tree.view]]);
      assert.deepEqual(await provider.getChildren(), [`${name} row`]);
      assert.deepEqual(await provider.getTreeItem(`${name} row`), { label: `${name} row` });
      assert.equal(reached.length, before + 1, 'the provider is made once');
    }
  });

  it("resolves a webview view and restores a panel through the line's handler", async () => {
    const trends = registered.webviewViews.get(contributionId('trends')) as vscode.WebviewViewProvider;
    const view = { id: 'a view' } as unknown as vscode.WebviewView;
    await trends.resolveWebviewView(view, {} as vscode.WebviewViewResolveContext, token);
    assert.deepEqual(reached.at(-1), ['trends', view]);
    const serializer = registered.panelSerializers.get(contributionId('explainTags')) as vscode.WebviewPanelSerializer;
    const panel = { title: 'a panel' } as unknown as vscode.WebviewPanel;
    await serializer.deserializeWebviewPanel(panel, { entry: 'x' });
    assert.deepEqual(reached.at(-1), ['explainTags', panel, { entry: 'x' }]);
  });

  it('hands the journal entry lines journal entries only, without asking the features for any other file', async () => {
    const lens = registered.codeLenses[0]?.provider as vscode.CodeLensProvider;
    const hover = registered.hovers[0]?.provider as vscode.HoverProvider;
    const links = registered.documentLinks[0]?.provider as vscode.DocumentLinkProvider;
    const willSave = registered.willSave[0];
    assert.ok(lens && hover && links && willSave);
    const before = asked;
    assert.deepEqual(await lens.provideCodeLenses(doc('/README.md'), token), []);
    assert.deepEqual(await links.provideDocumentLinks(doc('/README.md'), token), []);
    assert.equal(await hover.provideHover(doc('/README.md'), {} as vscode.Position, token), undefined);
    willSave({ document: doc('/README.md') });
    assert.equal(asked, before);
    assert.deepEqual(await lens.provideCodeLenses(doc('/journal/a.md'), token), ['tagLens lens of /journal/a.md']);
    assert.equal(await hover.provideHover(doc('/journal/a.md'), {} as vscode.Position, token), 'tagHover hover of /journal/a.md');
    assert.deepEqual(await links.provideDocumentLinks(doc('/journal/a.md'), token), ['personLinks link in /journal/a.md']);
    willSave({ document: doc('/journal/a.md') });
    assert.deepEqual(reached.at(-1), ['tagOnSave', '/journal/a.md']);
  });

  it('registers a file system once the features attach theirs, and answers with the provider the line hands in', async () => {
    fileSystems.encryptedJournal.attach(fileSystem as unknown as vscode.FileSystemProvider);
    const registeredFs = registered.fileSystems.get(PROVIDER_TABLE.encryptedJournal.scheme) as vscode.FileSystemProvider | undefined;
    assert.ok(registeredFs);
    assert.deepEqual(await registeredFs.stat({} as vscode.Uri), { type: 1, ctime: 0, mtime: 0, size: 0 });
  });
});
