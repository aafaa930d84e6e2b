// Shows why an entry got its tags where the tags are: a CodeLens above the front matter's `tags:`
// line ("why · why 72% · how 28% — explain") and a hover on the tagger's keys with the top sentences.
// Both say what the file says (core/tagger/lensState.ts): the label and shares in the front matter,
// marked as the user's own when pinned, and as out of date when saving would change them (after an
// edit, or after an undo took the tagger's edit back) — never the tagger's reading in their place.
// A pinned entry's label is the user's: its lens names only that label and unpins it ("how · your
// label — unpin"), beside a second lens that explains; the shares in such a file may be an older
// reading of the tagger's, so they are not shown as the user's.
import * as vscode from 'vscode';
import { explainMarkdown } from '../../core/tagger/explain';
import { explainWords } from '../../core/tagger/explainWords';
import { readFrontMatter } from '../../core/entries/frontMatter';
import { isPinned, PIN_KEY, TAG_KEYS } from '../../core/tagger/frontMatterTags';
import { lensState, type LensState } from '../../core/tagger/lensState';
import { unclearWords } from '../../core/tagger/unclearReason';
import { percentNumber, pluralMessage } from '../../core/text/format';
import { splitEntry } from '../../core/entries/entrySplit';
import type { ProviderHandlers } from '../activationTable';
import { Commands } from '../commandIds';
import type { TaggerService } from './taggerService';

const KEY_LINE = new RegExp(`^(${[...TAG_KEYS, PIN_KEY].join('|')}):`);

/** Zero-based lines of the front matter holding the tagger's keys. */
function tagKeyLines(document: vscode.TextDocument): number[] {
  const split = splitEntry(document.getText());
  if (split.yaml === undefined) {
    return [];
  }
  const lines: number[] = [];
  const count = split.yaml.split('\n').length;
  for (let line = 1; line < Math.min(count, document.lineCount); line++) {
    if (KEY_LINE.test(document.lineAt(line).text)) {
      lines.push(line);
    }
  }
  return lines;
}

/** `why · why 72% · how 28% · 1 trap`, or `unclear · this language is not read`: the tags as the file states them. */
export function tagsSummary(state: LensState): string {
  const { tags } = state;
  if (tags.label === 'unclear') {
    return state.unclear ? vscode.l10n.t('unclear · {0}', unclearWords(vscode.l10n)[state.unclear].short) : 'unclear';
  }
  const why = percentNumber(tags.why);
  const how = percentNumber(tags.how);
  if (tags.traps === 0) {
    return vscode.l10n.t('{0} · why {1}% · how {2}%', tags.label, why, how);
  }
  // The count through the shared plural helper, each language its own forms (`1 Falle`, `2 Fallen`).
  const traps = pluralMessage(tags.traps, vscode.l10n.t('{0} trap'), vscode.l10n.t('{0} traps'));
  return vscode.l10n.t('{0} · why {1}% · how {2}% · {3}', tags.label, why, how, traps);
}

/** The label a pinned entry states, as written (`how`, or the user's own words), or undefined when it is not pinned. */
function pinnedLabel(document: vscode.TextDocument): string | undefined {
  const read = readFrontMatter(document.getText());
  if (!read.ok || !read.present || !isPinned(read.data)) {
    return undefined;
  }
  const tags = read.data.tags;
  const label = Array.isArray(tags) ? tags.map(String).join(', ') : tags === undefined || tags === null ? '' : String(tags);
  return label.length > 40 ? `${label.slice(0, 39)}…` : label;
}

/** The CodeLens title of an entry the tagger labels: the file's tags, whether they are out of date, and the link. */
export function lensTitle(state: LensState): string {
  const summary = tagsSummary(state);
  return state.stale ? vscode.l10n.t('{0} · out of date, saving updates it — explain', summary) : vscode.l10n.t('{0} — explain', summary);
}

/** The hover's first lines: what the file says, and what the explanation below is of. */
function hoverHeader(state: LensState): string {
  const lines = [vscode.l10n.t('**In the file:** {0}', tagsSummary(state))];
  if (state.tags.pinned) {
    lines.push(vscode.l10n.t('Your own label (tags-pinned: true): the tagger leaves it as it is. Its reading of the text, below, is not written.'));
  } else if (state.stale) {
    lines.push(vscode.l10n.t('The text has changed since these tags were written: saving updates them to the reading below.'));
  }
  return `${lines.join('\n\n')}\n\n---\n\n`;
}

/**
 * Markdown features on a journal entry, the activation table's `tagLens` and `tagHover` lines:
 * activation registers them (shell/registerContributions.ts) and hands them journal entries only
 * (shell/journalEntryGate.ts decides, once per call).
 */
export function tagLensProviders(tagger: TaggerService): ProviderHandlers<'tagging/tagLens'> {
  return {
    tagLens: {
      provideCodeLenses(document) {
        const line = tagKeyLines(document)[0];
        if (line === undefined) {
          return [];
        }
        const range = new vscode.Range(line, 0, line, 0);
        const pinned = pinnedLabel(document);
        if (pinned !== undefined) {
          return [
            new vscode.CodeLens(range, { title: pinned === '' ? vscode.l10n.t('your label — unpin') : vscode.l10n.t('{0} · your label — unpin', pinned), command: Commands.unpinTags, arguments: [document.uri] }),
            new vscode.CodeLens(range, { title: vscode.l10n.t('explain'), command: Commands.explainTags, arguments: [document.uri] }),
          ];
        }
        const state = lensState(document.getText(), tagger.tagDocument(document));
        return state ? [new vscode.CodeLens(range, { title: lensTitle(state), command: Commands.explainTags, arguments: [document.uri] })] : [];
      },
    },
    tagHover: {
      provideHover(document, position) {
        if (!tagKeyLines(document).includes(position.line)) {
          return undefined;
        }
        const reading = tagger.tagDocument(document);
        const state = lensState(document.getText(), reading);
        const markdown = new vscode.MarkdownString(`${state ? hoverHeader(state) : ''}${explainMarkdown(reading, 3, explainWords(vscode.l10n))}`);
        markdown.appendMarkdown(`\n[${vscode.l10n.t('Explain in full')}](command:${Commands.explainTags}?${encodeURIComponent(JSON.stringify([document.uri.toString()]))})`);
        markdown.isTrusted = { enabledCommands: [Commands.explainTags] };
        return new vscode.Hover(markdown, document.lineAt(position.line).range);
      },
    },
  };
}
