// Shows why an entry got its tags where the tags are: a CodeLens above the front matter's `tags:`
// line ("why 72% · how 28% — explain") and a hover on the tagger's keys with the top sentences.
import * as vscode from 'vscode';
import { splitEntry } from '../../core/entries/entrySplit';
import { explainMarkdown } from '../../core/tagger/explain';
import { TAG_KEYS } from '../../core/tagger/frontMatterTags';
import { Commands } from '../commands/commandIds';
import { isJournalEntry } from './journalDocuments';
import type { TaggerService } from './taggerService';

const KEY_LINE = new RegExp(`^(${TAG_KEYS.join('|')}):`);

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
        const result = tagger.tagDocument(document);
        const title = lensTitle(result.label, Math.round(result.why * 100), Math.round(result.how * 100), result.traps.length);
        return [new vscode.CodeLens(new vscode.Range(line, 0, line, 0), { title, command: Commands.explainTags, arguments: [document.uri] })];
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
