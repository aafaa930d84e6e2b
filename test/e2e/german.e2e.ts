// E2E in German: code-server started with `--locale de`, driven as a German-speaking user would. The
// workbench needs a German language pack to switch its display language (without one VS Code stays
// English and tells extensions `en`); the marketplace is out of reach here, so the test installs a
// minimal pack of its own — real `contributes.localizations`, no translations of VS Code's own text —
// and registers it in the user data as VS Code does. Everything German on screen then comes from
// this extension: package.nls.de.json, l10n/bundle.l10n.de.json and the German kinds and packs.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { planEntry } from '../../src/core/entries/entryPlan';
import { entryKindFor, entryKindsFor } from '../../src/core/entries/localizedKinds';
import { promptOfTheDayFor } from '../../src/core/prompts/localizedPacks';
import { startSession, type Session } from './support/session';
import { pickQuickItem, runCommand, screenshot, waitForActiveTab } from './support/workbench';

const PACK_ID = 'leadership-journal-tests.language-pack-de';

function installGermanLanguagePack(extensionsDir: string): string {
  const folder = join(extensionsDir, `${PACK_ID}-0.0.0`);
  mkdirSync(join(folder, 'translations'), { recursive: true });
  writeFileSync(join(folder, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({
    name: 'language-pack-de',
    publisher: 'leadership-journal-tests',
    version: '0.0.0',
    engines: { vscode: '*' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [{
        languageId: 'de', languageName: 'German', localizedLanguageName: 'Deutsch',
        translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
      }],
    },
  }));
  return folder;
}

describe('Leadership Journal in German, in the real VS Code', function () {
  let session: Session;
  let packFolder = '';

  before(async function () {
    session = await startSession({
      args: ['--locale', 'de'],
      extraExtensions: [(extensionsDir) => {
        packFolder = installGermanLanguagePack(extensionsDir);
      }],
      seedUserData: (userDataDir) => {
        writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({
          de: {
            hash: 'lj-e2e-de',
            extensions: [{ extensionIdentifier: { id: PACK_ID }, version: '0.0.0' }],
            translations: { vscode: join(packFolder, 'translations', 'main.i18n.json') },
            label: 'Deutsch',
          },
        }));
      },
    });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await screenshot(session.page, `failed-german-${this.currentTest.title.replace(/\W+/g, '-')}`);
    }
  });

  after(async function () {
    await session?.close();
  });

  it('shows the German command title for New Entry in the Command Palette', async function () {
    const { page } = session;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Leadership Journal: Neuer');
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Leadership Journal: Neuer Eintrag…' }).first();
    await row.waitFor();
    // The German title is the row's label; VS Code adds the English original beneath it as an alias
    // whenever the display language is not English, which shows the workbench really runs in German.
    // (The row also shows the command's key binding, Ctrl+Alt+J N, between them.)
    const lines = (await row.innerText()).split('\n');
    assert.equal(lines[0], 'Leadership Journal: Neuer Eintrag…');
    assert.ok(lines.includes('Leadership Journal: New Entry…'), lines.join(' | '));
    await screenshot(page, 'german-01-palette');
    await page.keyboard.press('Escape');
  });

  it('asks for the kind in German and writes a daily entry with German headings and an ISO file name', async function () {
    const { page, workspace } = session;
    await runCommand(page, 'Leadership Journal: Neuer Eintrag…');
    await page.locator('.quick-input-widget input[placeholder="Welche Art von Eintrag?"]').waitFor();
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    await rows.first().waitFor();
    const labels = (await rows.allInnerTexts()).join('\n');
    for (const kind of entryKindsFor('de').slice(0, 4)) {
      assert.ok(labels.includes(kind.label), `${kind.label} in ${labels}`);
    }
    assert.ok(labels.includes('Standard'), 'the default kind is marked in German');
    await screenshot(page, 'german-02-kind-picker');

    await pickQuickItem(page, 'Tägliche Reflexion');
    const today = localDateOf(new Date());
    const plan = planEntry({
      kind: entryKindFor('daily', 'de'), date: today, weekStart: 1, locale: 'de', prompt: promptOfTheDayFor(today, 'de').text,
    });
    assert.ok(plan.ok);
    const name = `${formatIsoDate(today)}.md`;
    assert.equal(plan.path.slice(plan.path.lastIndexOf('/') + 1), name, 'the file name stays ISO');
    await waitForActiveTab(page, name);
    const text = readFileSync(join(workspace, 'journal', plan.path), 'utf8');
    assert.equal(text, plan.text);
    const weekday = new Intl.DateTimeFormat('de', { weekday: 'long' }).format(new Date());
    const written = new Intl.DateTimeFormat('de', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    assert.ok(text.includes(`\n# ${weekday}, ${written}\n`), text);
    assert.ok(text.includes('\n## Wo habe ich heute am Warum gearbeitet: an Sinn, Richtung oder an den Menschen?\n'), text);
    // The resolution for tomorrow is a commitment: a task item the Commitments view follows.
    assert.ok(text.includes('\n- [ ] Ein Vorsatz für morgen: \n'), text);
    await page.locator('.editor-group-container.active .view-line', { hasText: `# ${weekday}, ${written}` }).waitFor();
    const shot = await screenshot(page, 'german-03-daily-entry');
    assert.ok(shot.endsWith('.png'));
  });
});
