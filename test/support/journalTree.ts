// What a user would check after a run that must leave their journal alone: the folder's tree, name
// for name and byte for byte. A snapshot maps every path under the folder (dot-files, folders and
// links included; links recorded by their target, never followed, so a link loop is one entry) to
// what is there; `assertTreeIs` names each path added, removed or changed between two snapshots.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Path (relative, with `/`) → `folder`, `link → TARGET`, or `file SIZE SHA-256`. */
export type TreeSnapshot = ReadonlyMap<string, string>;

/** How a file with these bytes is recorded in a snapshot. */
export function fileState(bytes: Uint8Array): string {
  return `file ${bytes.length} ${createHash('sha256').update(bytes).digest('hex')}`;
}

export function snapshotTree(root: string): TreeSnapshot {
  const tree = new Map<string, string>();
  const walk = (folder: string, prefix: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const key = `${prefix}${name}`;
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        tree.set(key, `link → ${readlinkSync(path)}`);
      } else if (stat.isDirectory()) {
        tree.set(key, 'folder');
        walk(path, `${key}/`);
      } else {
        tree.set(key, fileState(readFileSync(path)));
      }
    }
  };
  walk(root, '');
  return tree;
}

/** Fails naming every path added, removed or changed when the tree under `root` is not `expected`. */
export function assertTreeIs(root: string, expected: TreeSnapshot, what = 'the journal folder'): void {
  const now = snapshotTree(root);
  const added = [...now.keys()].filter((path) => !expected.has(path));
  const removed = [...expected.keys()].filter((path) => !now.has(path));
  const changed = [...now.keys()].filter((path) => expected.has(path) && expected.get(path) !== now.get(path));
  const lines = [...added.map((p) => `added ${p}`), ...removed.map((p) => `removed ${p}`), ...changed.map((p) => `changed ${p}: ${expected.get(p)} → ${now.get(p)}`)];
  assert.deepEqual(lines, [], `${what} ${root} is not as it was`);
}

/**
 * Runs `act` and asserts the tree under `root` is then exactly as before it, or as `expect` makes the
 * snapshot taken before (for a test that changes the journal itself, to say what it changed).
 */
export async function leavesTreeAlone<T>(root: string, act: () => Promise<T>, expect: (before: Map<string, string>) => void = () => undefined): Promise<T> {
  const before = new Map(snapshotTree(root));
  const result = await act();
  expect(before);
  assertTreeIs(root, before);
  return result;
}
