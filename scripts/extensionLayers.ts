// The rule that keeps src/extension a house with floors: its rooms (each folder, and each file at its
// top) import only rooms on lower floors, never back up. A room's floor is computed from the imports
// themselves — 0 for a room that imports no other room, otherwise one above the highest room it
// imports — so there is no list of floors to keep; the check fails exactly when the rooms' imports
// form a cycle. Then it names the imports that run back up, as `file:line imports spec (room → room)`:
// those that point up a greedy order of the rooms (Eades–Lin–Smyth, weighed by how many imports run
// each way), which cuts every cycle where few imports run, if not always where fewest do.
// Imports of type only count as well: they are a dependency for a reader, if not for the bundle.
// Imports outside src/extension (the core, the webview) are not rooms here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { SPECIFIER, typeScriptFiles } from './corePurity';

/** One import from one room of src/extension into another. */
export interface RoomImport {
  /** Paths relative to src/extension, with `/`. */
  readonly from: string;
  readonly to: string;
  readonly line: number;
  readonly specifier: string;
  readonly fromRoom: string;
  readonly toRoom: string;
}

export interface LayerReport {
  /** Every room and its floor (0 is the ground floor), computed with the back-edges left out. */
  readonly floors: ReadonlyMap<string, number>;
  /** The imports that run back up a floor: the check fails when there is one. */
  readonly backEdges: readonly RoomImport[];
}

function importKey(edge: RoomImport): string {
  return `${edge.from}:${edge.line}`;
}

/** `people` for `people/personPage.ts`, `config` for `config.ts`, `lazy` for `lazy/x.web.ts`. */
export function roomOf(path: string): string {
  const [first = path] = path.split('/');
  return path.includes('/') ? first : first.replace(/(\.web)?\.ts$/, '');
}

function resolveImport(rootDir: string, file: string, specifier: string): string | undefined {
  const base = join(dirname(file), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && !relative(rootDir, candidate).startsWith('..')) {
      return candidate;
    }
  }
  return undefined;
}

/** Every import under `rootDir` from one room into another. */
export function roomImports(rootDir: string): RoomImport[] {
  const found: RoomImport[] = [];
  const rel = (path: string): string => relative(rootDir, path).split(sep).join('/');
  for (const file of typeScriptFiles(rootDir)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? '';
      const target = specifier.startsWith('.') ? resolveImport(rootDir, file, specifier) : undefined;
      if (target === undefined) {
        continue;
      }
      const from = rel(file);
      const to = rel(target);
      if (roomOf(from) !== roomOf(to)) {
        const line = text.slice(0, match.index).split('\n').length;
        found.push({ from, to, line, specifier, fromRoom: roomOf(from), toRoom: roomOf(to) });
      }
    }
  }
  return found.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.line - b.line));
}

type Weights = Map<string, Map<string, number>>;

function weigh(imports: readonly RoomImport[]): Weights {
  const weights: Weights = new Map();
  for (const edge of imports) {
    const out = weights.get(edge.fromRoom) ?? new Map<string, number>();
    out.set(edge.toRoom, (out.get(edge.toRoom) ?? 0) + 1);
    weights.set(edge.fromRoom, out);
  }
  return weights;
}

function hasCycle(rooms: readonly string[], weights: Weights): boolean {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (room: string): boolean => {
    state.set(room, 'open');
    for (const next of weights.get(room)?.keys() ?? []) {
      const seen = state.get(next);
      if (seen === 'open' || (seen === undefined && visit(next))) {
        return true;
      }
    }
    state.set(room, 'done');
    return false;
  };
  return rooms.some((room) => state.get(room) === undefined && visit(room));
}

/**
 * The rooms from the top floor down, so that as few imports as the greedy rule finds point up the
 * list (Eades, Lin and Smyth 1993): rooms that import nothing left go to the bottom, rooms nothing
 * left imports go to the top, otherwise the room with the most imports out less in goes next on top.
 * Ties fall to the room's name, so the listing is the same on every run.
 */
function greedyOrder(rooms: readonly string[], weights: Weights): string[] {
  const left = new Set(rooms);
  const top: string[] = [];
  const bottom: string[] = [];
  const out = (room: string): number => [...(weights.get(room) ?? [])].reduce((sum, [to, n]) => sum + (left.has(to) ? n : 0), 0);
  const into = (room: string): number => [...left].reduce((sum, from) => sum + (weights.get(from)?.get(room) ?? 0), 0);
  const byName = [...rooms].sort();
  while (left.size > 0) {
    const sink = byName.find((room) => left.has(room) && out(room) === 0);
    const source = sink === undefined ? byName.find((room) => left.has(room) && into(room) === 0) : undefined;
    let next = sink ?? source;
    if (next === undefined) {
      let best = -Infinity;
      for (const room of byName.filter((r) => left.has(r))) {
        const score = out(room) - into(room);
        if (score > best) {
          best = score;
          next = room;
        }
      }
    }
    const room = next as string;
    left.delete(room);
    if (sink !== undefined) {
      bottom.unshift(room);
    } else {
      top.push(room);
    }
  }
  return [...top, ...bottom];
}

function floorsOf(rooms: readonly string[], weights: Weights): Map<string, number> {
  const floors = new Map<string, number>();
  const floor = (room: string): number => {
    const known = floors.get(room);
    if (known !== undefined) {
      return known;
    }
    floors.set(room, 0); // A cycle is cut before this runs; this only guards against one.
    const below = [...(weights.get(room)?.keys() ?? [])].map(floor);
    const value = below.length === 0 ? 0 : Math.max(...below) + 1;
    floors.set(room, value);
    return value;
  };
  rooms.forEach(floor);
  return floors;
}

/** The floors of the rooms under `rootDir`, and the imports that run back up. */
export function extensionLayers(rootDir: string): LayerReport {
  const imports = roomImports(rootDir);
  const rooms = [...new Set([...typeScriptFiles(rootDir)].map((file) => roomOf(relative(rootDir, file).split(sep).join('/'))))].sort();
  const weights = weigh(imports);
  let backEdges: RoomImport[] = [];
  if (hasCycle(rooms, weights)) {
    const order = greedyOrder(rooms, weights);
    const position = new Map(order.map((room, index) => [room, index]));
    // In the order, the top floor comes first: an import pointing to an earlier room runs back up.
    backEdges = imports.filter((edge) => (position.get(edge.toRoom) ?? 0) < (position.get(edge.fromRoom) ?? 0));
  }
  const up = new Set(backEdges.map(importKey));
  return { floors: floorsOf(rooms, weigh(imports.filter((edge) => !up.has(importKey(edge))))), backEdges };
}

/** The report as lines to print: the floors from the top, then what fails. */
export function layerLines(report: LayerReport): string[] {
  const byFloor = new Map<number, string[]>();
  for (const [room, floor] of report.floors) {
    byFloor.set(floor, [...(byFloor.get(floor) ?? []), room].sort());
  }
  const floors = [...byFloor.keys()].sort((a, b) => b - a).map((floor) => `  floor ${floor}: ${(byFloor.get(floor) ?? []).join(', ')}`);
  const back = report.backEdges.map((edge) => `  ${edge.from}:${edge.line} imports ${edge.specifier} (${edge.fromRoom} → ${edge.toRoom}, back up)`);
  return [...floors, ...back];
}

/** `npm run layers`: the floors, from the top; exits 1 when an import runs back up. */
export function printLayers(rootDir: string): number {
  const report = extensionLayers(rootDir);
  console.log(layerLines(report).join('\n'));
  return report.backEdges.length > 0 ? 1 : 0;
}
