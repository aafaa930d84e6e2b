// Listing a local journal folder with Node's fs: for the Node extension host (host/localFileAccess.ts)
// and the index benchmark, which must list the folder the same way.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Markdown files under the local folder `root`, `/`-separated and relative to it, sorted; folders and
 * files whose name starts with a dot are skipped; a missing folder lists as empty (the same contract
 * as the extension's listing through vscode.workspace.fs).
 */
export async function listMarkdownUnder(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let children;
    try {
      children = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return;
      }
      throw error;
    }
    await Promise.all(children.map(async (child) => {
      if (child.name.startsWith('.')) {
        return;
      }
      if (child.isDirectory()) {
        await walk(join(dir, child.name), `${prefix}${child.name}/`);
      } else if (child.isFile() && child.name.toLowerCase().endsWith('.md')) {
        found.push(`${prefix}${child.name}`);
      }
    }));
  };
  await walk(root, '');
  return found.sort();
}

