// The Explain Tags panel's script in Chromium, without VS Code (see harness.ts): what it draws for
// a leading, a managing, an unclear and a trap entry, what it posts back (line numbers only), that
// entry text stays text, that keyboard focus survives a redraw, and the German strings.
//
//   npx mocha --import=tsx test/webview/explain.webview.ts
import assert from 'node:assert/strict';
import { explainTags } from '../../src/core/tagger/explanation';
import { createTagger } from '../../src/core/tagger/tagger';
import type { ExplainStateMessage } from '../../src/webview/explainProtocol';
import { describeFindings, runAxe, seriousFindings } from '../support/axe';
import { entryShowing } from '../support/corpusEntries';
import { XSS_TITLE } from './fixtures';
import { createHarness, germanL10n, type Harness, type HarnessPage } from './harness';
import { MODERN_THEME_NAMES, THEME_NAMES, THEMES_2026 } from './themes';

const tagger = createTagger({ howTerms: ['rota'] });

const LEADING = `---
date: 2026-11-23
kind: daily
---

# Monday

I told Priya why the clinic merger matters for the patients we care for, and that I trust her to shape how her ward takes it on.
Instead of handing her the answer, I asked her what she thinks the nurses fear most.
I did not tell the team what to do; I explained the purpose.
`;

const MANAGING = `---
date: 2026-11-24
---

I set up the rota for December and moved the audit deadline to Friday.
I delegated the invoice backlog to Sam and booked two extra hours of overtime for the night shift.
`;

/** A plain journal's entry (its content may be kept), or with `keepContent: false` an encrypted one's, as the host posts it. */
function stateFor(markdown: string, options: { dirty?: boolean; keepContent?: boolean } = {}): ExplainStateMessage {
  const keepContent = options.keepContent ?? true;
  return {
    type: 'explain', entry: `${keepContent ? 'file:///journal' : 'ljencrypted://journal'}/2026/11/2026-11-23.md`, name: '2026-11-23.md', status: 'ready', keepContent,
    dirty: options.dirty ?? false, explanation: explainTags(tagger.tag(markdown)),
  };
}

describe('Explain Tags webview', function () {
  this.timeout(60_000);
  let harness: Harness;
  let view: HarnessPage | undefined;

  before(async () => {
    harness = await createHarness('explain');
  });

  after(async () => {
    await harness?.close();
  });

  afterEach(async () => {
    if (view) {
      assert.deepEqual(view.dialogs, [], 'no dialog opened');
      assert.deepEqual(view.errors, [], 'no page errors, no CSP violation');
      await view.close();
      view = undefined;
    }
  });

  async function show(state: ExplainStateMessage, options: Parameters<Harness['open']>[0] = {}): Promise<HarnessPage> {
    view = await harness.open({ width: 640, ...options });
    await view.post(state);
    await view.page.waitForSelector(`body[data-label="${state.explanation?.label ?? 'missing'}"]`);
    return view;
  }

  it('posts ready when it starts', async () => {
    view = await harness.open();
    await view.page.waitForFunction('window.__posted.length > 0');
    assert.deepEqual((await view.posted())[0], { type: 'ready' });
  });

  it('shows the label and shares on top, then each sentence with its side, line and cues, as text', async () => {
    const state = stateFor(LEADING);
    const { page } = await show(state);
    assert.equal(await page.locator('h1').innerText(), '2026-11-23.md');
    assert.equal(await page.locator('#entry-label').innerText(), 'why');
    // The shares are the tagger's own, shown as whole percents; this entry leans
    // almost wholly to leading (the model's probability mass, not a count, so not always 100 / 0).
    const summary = await page.locator('.summary').innerText();
    assert.match(summary, /Mostly leading: the why\.[\s\S]*Why \(leading\) (\d+) %[\s\S]*How \(managing\) (\d+) %[\s\S]*Sentences that show a side: 3 of 3\. Read as English\./);
    const [, why, how] = /Why \(leading\) (\d+) %[\s\S]*How \(managing\) (\d+) %/.exec(summary) ?? [];
    assert.equal(Number(why), Math.round((state.explanation?.why ?? 0) * 100));
    assert.equal(Number(how), Math.round((state.explanation?.how ?? 0) * 100));
    assert.ok(Number(why) >= 90 && Number(how) <= 10, summary);
    const sentences = page.locator('li.sentence');
    assert.equal(await sentences.count(), 3);
    const first = await sentences.first().innerText();
    assert.match(first, /^WHY\s+Line 8\s+I told Priya why the clinic merger matters/);
    assert.match(first, /“trust her” counts for why/);
    assert.match(await sentences.nth(1).innerText(), /the part after “instead of” counted for little/);
    assert.match(await sentences.nth(2).innerText(), /“did not” negates, but the topic still counts/);
    assert.doesNotMatch(await page.content(), /\\[+.-]/, 'no Markdown escapes anywhere');
  });

  it('lists only reasons as cues: a contrast or negation is a note under them, and a sentence with no word to show says it was read as a whole', async () => {
    const state = stateFor(LEADING);
    const explanation = state.explanation;
    assert.ok(explanation);
    const [first, second] = explanation.sentences;
    assert.ok(first && second);
    const { page } = await show({
      ...state,
      explanation: {
        ...explanation,
        sentences: [
          { ...first, cues: [{ kind: 'evidence', words: 'trust her', side: 'why' }, { kind: 'negation', words: 'did not', side: null }] },
          { ...second, label: 'why', cues: [{ kind: 'contrast', words: 'instead of', side: null }] },
        ],
      },
    });
    const sentences = page.locator('li.sentence');
    assert.deepEqual(await sentences.first().locator('ul.cues li').allInnerTexts(), ['“trust her” counts for why']);
    assert.match(await sentences.first().locator('.reading-note').innerText(), /“did not” negates, but the topic still counts/);
    assert.equal(await sentences.nth(1).locator('ul.cues').count(), 0, 'a note alone is no list of reasons');
    assert.match(await sentences.nth(1).innerText(), /No word in it is a clear reason on its own: the sentence as a whole leans this way\.[\s\S]*the part after “instead of” counted for little/);
  });

  it('shows whatever the entry says as text, markup included', async () => {
    const state = stateFor(LEADING);
    const explanation = state.explanation;
    assert.ok(explanation);
    const hostile = {
      ...state,
      name: XSS_TITLE,
      explanation: {
        ...explanation,
        sentences: explanation.sentences.map((sentence) => ({
          ...sentence, text: `${sentence.text} ${XSS_TITLE}`, cues: [{ kind: 'evidence' as const, words: '<b>trust</b>', side: 'why' as const }],
        })),
        traps: [{ id: 'taskmaster-manager' as const, evidence: [{ text: XSS_TITLE, line: 7 }] }],
      },
    };
    const { page } = await show(hostile);
    assert.equal(await page.locator('h1').innerText(), XSS_TITLE);
    assert.match(await page.locator('li.sentence').first().innerText(), /<img src=x onerror=alert\(1\)>[\s\S]*“<b>trust<\/b>” counts for why/);
    assert.match(await page.locator('li.trap').innerText(), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await page.locator('main img, main b').count(), 0);
  });

  it('posts openLine with the sentence\'s zero-based line, by click and by keyboard, and openEntry', async () => {
    const { page } = await show(stateFor(LEADING));
    await page.getByRole('button', { name: 'Line 9: open the entry at this line' }).click();
    assert.deepEqual((await view?.posted())?.at(-1), { type: 'openLine', line: 8 });
    await page.getByRole('button', { name: 'Open the entry', exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.deepEqual((await view?.posted())?.at(-1), { type: 'openLine', line: 7 }, 'Tab reaches the first line link');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    assert.deepEqual((await view?.posted())?.at(-1), { type: 'openLine', line: 8 });
    await page.getByRole('button', { name: 'Open the entry', exact: true }).click();
    assert.deepEqual((await view?.posted())?.at(-1), { type: 'openEntry' });
  });

  it('redraws for each new state (a save, a retag), keeping focus and the state for a restored panel', async () => {
    const { page } = await show(stateFor(LEADING));
    await page.locator('#sentence-1').focus();
    await view?.post(stateFor(`${LEADING}\nI booked the room and set the budget for the offsite.\n`, { dirty: true }));
    await page.locator('li.sentence').nth(3).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sentence-1');
    assert.match(await page.locator('#dirty').innerText(), /Unsaved changes/);
    const saved = await view?.savedState() as { last: ExplainStateMessage };
    assert.equal(saved.last.explanation?.sentences.length, 4);
    await view?.close();
    view = await harness.open({ savedState: saved });
    await view.page.waitForSelector('li.sentence >> nth=3');
    assert.equal(await view.page.locator('#dirty').count(), 1, 'a restored panel draws its last state before the host answers');
  });

  it('keeps only the entry\'s URI and the language for an encrypted entry, and a panel restored from them draws nothing until the host answers', async () => {
    const state = stateFor(LEADING, { keepContent: false });
    const { page } = await show(state);
    await view?.post(germanL10n());
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    const saved = await view?.savedState();
    assert.deepEqual(saved, { entry: state.entry, l10n: germanL10n() }, 'no sentence, no label, no name');
    assert.ok(!JSON.stringify(saved).includes('Priya'));
    await view?.close();
    view = await harness.open({ savedState: saved, l10n: null });
    await view.page.waitForFunction('window.__posted.length >= 1');
    assert.deepEqual(await view.posted(), [{ type: 'ready' }]);
    assert.equal(await view.page.locator('li.sentence').count(), 0, 'nothing drawn from the saved state');
    assert.equal(await view.page.evaluate(() => document.documentElement.lang), 'de', 'in the language kept');
    await view.post(state);
    await view.page.locator('li.sentence').first().waitFor();
    assert.equal(await view.page.locator('li.sentence').count(), state.explanation?.sentences.length, 'drawn from the entry read again');
  });

  it('drops a plain entry\'s kept sentences once the host says they may not be kept (the journal was encrypted)', async () => {
    await show(stateFor(LEADING));
    assert.ok(JSON.stringify(await view?.savedState()).includes('Priya'), 'a plain entry\'s state is kept');
    const encrypted = stateFor(LEADING, { keepContent: false });
    await view?.post(encrypted);
    await view?.page.waitForFunction((entry) => (window as unknown as { __state?: { entry?: string } }).__state?.entry === entry, encrypted.entry);
    assert.deepEqual(Object.keys(await view?.savedState() as object).sort(), ['entry', 'l10n']);
  });

  it('leaves the panel as it is when the host sends the same state again, so a click in progress lands', async () => {
    const { page } = await show(stateFor(LEADING));
    const mark = (): Promise<void> => page.evaluate(() => { (document.getElementById('sentence-1') as HTMLElement & { marked?: boolean }).marked = true; });
    const marked = (): Promise<boolean> => page.evaluate(() => (document.getElementById('sentence-1') as HTMLElement & { marked?: boolean }).marked === true);
    await mark();
    await view?.post(stateFor(LEADING)); // A save and the tag write after it send the same state twice.
    // Messages arrive in order: once a later one is seen, the panel has handled the state sent again.
    // (A string, as the bundler's name helpers do not exist in the page.)
    await page.evaluate(`new Promise((resolve) => {
      window.addEventListener('message', function seen(event) {
        if (event.data === 'after') { window.removeEventListener('message', seen); resolve(); }
      });
      window.postMessage('after', '*');
    })`);
    assert.equal(await marked(), true, 'the same button, not a redrawn one');
    await view?.post(stateFor(LEADING, { dirty: true }));
    await page.locator('#dirty').waitFor();
    assert.equal(await marked(), false, 'a changed state is drawn');
  });

  it('explains a managing entry, with the user\'s own term shown once', async () => {
    const { page } = await show(stateFor(MANAGING));
    assert.equal(await page.locator('#entry-label').innerText(), 'how');
    const first = await page.locator('li.sentence').first().innerText();
    assert.match(first, /“rota” counts for how \(your term\)/);
    assert.equal(first.match(/“rota”/g)?.length, 1);
  });

  it('says plainly why an entry is unclear, with no shares, and why another language is not read', async () => {
    const plain = await show(stateFor('---\ndate: 2026-11-25\n---\n\nIt rained all day. Lunch was soup. The train was late again.\n'));
    assert.equal(await plain.page.locator('#entry-label').innerText(), 'unclear');
    assert.match(await plain.page.locator('#unclear-reason').innerText(), /^Nothing written here shows leading or managing/);
    assert.equal(await plain.page.locator('.share-bar').count(), 0);
    assert.match(await plain.page.locator('li.sentence').first().innerText(), /^NO SIDE/);
    await plain.screenshot('explain-unclear');
    await plain.close();
    const other = await show(stateFor('Hemos revisado el plan de ventas con el equipo. La fecha es el lunes.\n'));
    assert.match(await other.page.locator('#unclear-reason').innerText(), /not written in English or German/);
    assert.equal(await other.page.locator('li.sentence').count(), 0, 'no list of sentences the tagger did not read');
  });

  it('lists traps with their meaning and the sentences that show them, each linked to its line', async () => {
    const entry = entryShowing('micromanaging-leader');
    const { page } = await show(stateFor(entry.text));
    const trap = page.locator('li.trap', { hasText: 'Micromanaging leader' });
    assert.match(await trap.innerText(), /holding every detail instead of trusting the team[\s\S]*What shows it/);
    const links = trap.locator('button.line-link');
    assert.ok(await links.count() > 0);
    await links.first().click();
    const posted = (await view?.posted())?.at(-1) as { type: string; line: number };
    assert.equal(posted.type, 'openLine');
    const evidence = stateFor(entry.text).explanation?.traps.find((found) => found.id === 'micromanaging-leader')?.evidence[0];
    assert.equal(posted.line, evidence?.line);
    await view?.screenshot('explain-trap');
  });

  it('reads in German with the German strings', async () => {
    const { page } = await show(stateFor(MANAGING), { l10n: germanL10n() });
    const text = await page.locator('main').innerText();
    assert.match(text, /Warum diese Tags\?[\s\S]*Vor allem Managen: das Wie\.[\s\S]*Satz für Satz/i);
    assert.match(text, /„rota“ zählt für Wie \(Ihr Begriff\)/);
    assert.match(text, /Zeile 5/);
    await view?.screenshot('explain-german');
  });

  it('ignores a message that is not a valid state', async () => {
    const { page } = await show(stateFor(LEADING));
    await view?.post({ ...stateFor(MANAGING), explanation: { label: 'great' } } as unknown as ExplainStateMessage);
    await page.waitForTimeout(100);
    assert.equal(await page.locator('#entry-label').innerText(), 'why');
  });

  for (const theme of [...THEMES_2026, ...MODERN_THEME_NAMES, ...THEME_NAMES]) {
    it(`is themed by VS Code's colours, with no serious or critical axe-core findings (${theme})`, async () => {
      const trapEntry = entryShowing('micromanaging-leader').text;
      const { page } = await show(stateFor(`${trapEntry}\nI booked the room and set the budget for the offsite.\n`, { dirty: true }), { theme });
      const colours = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { color: style.color, background: style.backgroundColor };
      });
      assert.notEqual(colours.color, colours.background);
      assert.equal(await page.locator('li.trap').count() > 0 && await page.locator('#dirty').count(), 1, 'a trap and the unsaved notice are shown');
      await page.locator('li.sentence button').first().hover();
      const serious = seriousFindings(await runAxe(page));
      assert.equal(serious.length, 0, `axe-core, Explain Tags, ${theme}:\n${describeFindings(serious)}`);
      assert.equal(await page.locator('h1').count(), 1);
      await view?.screenshot(`explain-${theme}`);
    });
  }

  it('has no serious axe-core findings for an unclear entry (Light Modern)', async () => {
    const { page } = await show(stateFor('---\ndate: 2026-11-25\n---\n\nIt rained all day. Lunch was soup.\n'), { theme: 'light-modern' });
    const serious = seriousFindings(await runAxe(page));
    assert.equal(serious.length, 0, describeFindings(serious));
  });
});
