// Shows why an entry got its tags where the tags are: a CodeLens above the front matter's `tags:`
// line ("why 72% · how 28% — explain") and a hover on the tagger's keys with the top sentences.
// A pinned entry's label is the user's: its lens says so and unpins ("how · your label — unpin").
import * as vscode from 'vscode';
import { splitEntry } from '../../core/entries/entrySplit';
import { explainMarkdown } from '../../core/tagger/explain';
import { readFrontMatter } from '../../core/entries/frontMatter';
import { isPinned, PIN_KEY, TAG_KEYS } from '../../core/tagger/frontMatterTags';
import { Commands } from '../commands/commandIds';
import { isJournalEntry } from './journalDocuments';
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

/** `why · why 72% · how 28% · 1 trap — explain`; the label (`why`, `how`, `balanced`) is the tag as written. */
function lensTitle(label: string, why: number, how: number, traps: number): string {
  if (traps === 0) {
    return vscode.l10n.t('{0} · why {1}% · how {2}% — explain', label, why, how);
  }
  return traps === 1
    ? vscode.l10n.t('{0} · why {1}% · how {2}% · {3} trap — explain', label, why, how, traps)
    : vscode.l10n.t('{0} · why {1}% · how {2}% · {3} traps — explain', label, why, how, traps);
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

/** Markdown features on a journal entry; activation registers them (src/extension/extension.ts). */
export interface TagLensProviders {
  readonly codeLens: vscode.CodeLensProvider;
  readonly hover: vscode.HoverProvider;
}

export function tagLensProviders(tagger: TaggerService): TagLensProviders {
  return {
    codeLens: {
      provideCodeLenses(document) {
        if (!isJournalEntry(document)) {
          return [];
        }
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
        const result = tagger.tagDocument(document);
        const title = lensTitle(result.label, Math.round(result.why * 100), Math.round(result.how * 100), result.traps.length);
        return [new vscode.CodeLens(range, { title, command: Commands.explainTags, arguments: [document.uri] })];
      },
    },
    hover: {
      provideHover(document, position) {
        if (!isJournalEntry(document) || !tagKeyLines(document).includes(position.line)) {
          return undefined;
        }
        const markdown = new vscode.MarkdownString(explainMarkdown(tagger.tagDocument(document), 3));
        markdown.appendMarkdown(`\n[${vscode.l10n.t('Explain in full')}](command:${Commands.explainTags}?${encodeURIComponent(JSON.stringify([document.uri.toString()]))})`);
        markdown.isTrusted = { enabledCommands: [Commands.explainTags] };
        return new vscode.Hover(markdown, document.lineAt(position.line).range);
      },
    },
  };
}
