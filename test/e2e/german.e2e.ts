// E2E in German: code-server started with `--locale de`, driven as a German-speaking user would. The
// workbench needs a German language pack to switch its display language (without one VS Code stays
// English and tells extensions `en`); the marketplace is out of reach here, so the test installs a
// minimal pack of its own — real `contributes.localizations`, no translations of VS Code's own text —
// and registers it in the user data as VS Code does. Everything German on screen then comes from
// this extension: package.nls.de.json, l10n/bundle.l10n.de.json (also in the webviews, which get it
// posted once and translate with @vscode/l10n) and the German kinds, packs and review words. The
// journal is seeded with a few German entries from the days before today, so the Trends view and
// the weekly review have something to say; once encrypted, the Trends count those ten, not the two
// entries the test leaves as drafted.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDays, formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { planEntry } from '../../src/core/entries/entryPlan';
import { entryKindFor, entryKindsFor } from '../../src/core/entries/localizedKinds';
import { dailyEntryPath } from '../../src/core/journal/entryPath';
import { promptOfTheDayFor } from '../../src/core/prompts/localizedPacks';
import { reviewPath, weekPeriod } from '../../src/core/reflect/reviewPeriod';
import { answerPassphrase, editorShows, filesContaining, reloadWindow, toast, waitForSealedSave } from './support/encryption';
import { startSession, type Session } from './support/session';
import { frameShowing, pickQuickItem, runCommand, screenshot, waitForActiveTab, webviewFrame } from './support/workbench';

const PACK_ID = 'leadership-journal-tests.language-pack-de';
const PASSPHRASE = 'Grüße aus dem Büro — 7 Elche';
/** Written into a seeded entry once the journal is encrypted; looked for on disk afterwards. */
const SECRET_LINE = 'Vertraulich: Jonas hat um Elternzeit im Januar gebeten.';

const GERMAN_TEXTS = [
  'Ich habe dem Team erklärt, warum die neue Aufnahme für die Familien wichtig ist, denen wir dienen.',
  'Ich habe den Dienstplan neu gebaut, die Prüfungsfrist auf Freitag gelegt und die offenen Tickets verteilt.',
  'Ich habe das Budget für das nächste Quartal geplant und die Einstellungszahlen geprüft.',
];

/**
 * German daily entries for the ten days before today (today's is written by the test). No open
 * commitment: a new daily entry would carry it over, and the test compares today's entry byte for byte.
 */
function seedGermanJournal(workspace: string): void {
  const today = localDateOf(new Date());
  for (let i = 1; i <= 10; i++) {
    const date = addDays(today, -i);
    const file = join(workspace, 'journal', dailyEntryPath(date));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\ndate: ${formatIsoDate(date)}\nkind: daily\n---\n\n# Tag ${formatIsoDate(date)}\n\n${GERMAN_TEXTS[i % GERMAN_TEXTS.length] ?? ''}\n`);
  }
}

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
      seed: seedGermanJournal,
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

  it('shows the Trends view in German: the webview translates itself with the bundle posted once', async function () {
    const { page } = session;
    await page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').click();
    const frame = webviewFrame(page, 'Trends');
    await frame.locator('h1', { hasText: 'Ihre Führungstrends' }).waitFor({ timeout: 90_000 });
    assert.equal(await frame.locator('html').getAttribute('lang'), 'de');
    await frame.locator('#entry-count', { hasText: /Einträge?$/ }).waitFor();
    assert.equal(await frame.getByRole('radio', { name: 'Woche' }).count(), 1);
    await screenshot(page, 'german-04-trends');
  });

  it('writes the weekly review in German, and its preview shows it', async function () {
    const { page, workspace } = session;
    const period = weekPeriod(localDateOf(new Date()), 1);
    const path = reviewPath(period);
    assert.ok(path.ok);
    await runCommand(page, 'Leadership Journal: Wochenrückblick beginnen');
    await waitForActiveTab(page, path.path.split('/').pop() ?? '');
    const frame = await frameShowing(page, 'h1', `Wochenrückblick ${period.label}`, 90_000);
    await frame.locator('h2', { hasText: 'Zusagen' }).waitFor();
    await frame.locator('h2', { hasText: 'Ausblick' }).waitFor();
    await frame.locator('h3', { hasText: 'Eine ausgleichende Übung für nächste Woche' }).waitFor();
    const text = readFileSync(join(workspace, 'journal', path.path), 'utf8');
    assert.match(text, new RegExp(`^---\\ndate: ${formatIsoDate(localDateOf(new Date()))}\\nkind: weekly-review\\nweek: ${period.label}\\n---\\n`), 'front matter stays English and ISO');
    assert.match(text, /\n## Zusagen\n/);
    assert.match(text, /\n### Beginnen\n\n\*Was werde ich nächste Woche beginnen\?\*\n/);
    assert.ok(text.endsWith('\n- Wo ich es zuerst ausprobiere: \n'), text);
    for (const english of ['## Why and how', '## Commitments', '## Looking ahead', 'Suggested because']) {
      assert.ok(!text.includes(english), `no "${english}" in the German review:\n${text}`);
    }
    await screenshot(page, 'german-05-weekly-review');
  });

  it('encrypts the journal, asks for the passphrase again after a reload and saves an entry sealed, all in German', async function () {
    // The Node extension host derives the key with Node's scrypt: seconds, more on a busy machine.
    this.timeout(600_000);
    const { page, workspace } = session;
    await runCommand(page, 'Leadership Journal: Journal verschlüsseln…');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 60_000 });
    assert.match(await dialog.innerText(), /Das Journal in .+ verschlüsseln\?/);
    await dialog.getByRole('button', { name: 'Verschlüsseln, Namen lesbar lassen' }).click();
    await pickQuickItem(page, 'Mit einer Passphrase');
    await answerPassphrase(page, 'Wählen Sie eine Passphrase', PASSPHRASE);
    await answerPassphrase(page, 'Geben Sie dieselbe Passphrase noch einmal ein', PASSPHRASE);
    // Every entry file is encrypted, written in or not: the ten seeded days, today's daily entry and
    // this week's review, both as the extension drafted them.
    await toast(page, /\b12 Einträge verschlüsselt/, 240_000);
    await screenshot(page, 'german-06-encrypted');

    await reloadWindow(page);
    // The editors restored from the encrypted journal ask for the passphrase, in German.
    await answerPassphrase(page, 'Das Journal ist verschlüsselt. Geben Sie seine Passphrase ein', PASSPHRASE, 240_000);
    const date = addDays(localDateOf(new Date()), -1);
    const name = `${formatIsoDate(date)}.md`;
    await runCommand(page, 'Leadership Journal: Eintrag für Datum öffnen…');
    await page.locator('.quick-input-widget input').fill(formatIsoDate(date));
    await page.keyboard.press('Enter');
    await waitForActiveTab(page, name);
    await editorShows(page, 'kind: daily', 120_000);
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(`\n${SECRET_LINE}\n`);
    await page.keyboard.press('Control+S');
    await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: 240_000 });
    const sealed = join(workspace, 'journal', `${dailyEntryPath(date)}.age`);
    const key = join(workspace, 'journal', '.leadership-journal', 'key.age');
    const opened = await waitForSealedSave(page, { file: sealed, identity: key, passphrase: PASSPHRASE, scratch: dirname(workspace) }, (text) => text.includes(SECRET_LINE), 240);
    assert.ok(opened.includes(SECRET_LINE), `age decrypts the saved entry: ${opened}`);
    assert.deepEqual(filesContaining(workspace, SECRET_LINE), [], 'the line is nowhere in the workspace in plain');
    await screenshot(page, 'german-07-encrypted-saved');
  });

  it('counts in the Trends what the user wrote: the ten seeded days, not today\'s untouched entry nor the drafted review', async function () {
    this.timeout(180_000);
    const { page } = session;
    // Twelve entries were encrypted, and ten count: by design only an entry the user has written
    // something in counts (core/trends/counted.ts), and today's daily entry and the weekly review are
    // still as the extension drafted them. The footer says so, in German.
    await runCommand(page, 'Leadership Journal: Trends anzeigen');
    const frame = await frameShowing(page, '#entry-count', '10 Einträge', 120_000);
    await frame.locator('#not-counted', { hasText: '2 Einträge noch nicht gezählt: nichts darin geschrieben oder nach heute datiert' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'german-08-encrypted-trends');
  });
});
