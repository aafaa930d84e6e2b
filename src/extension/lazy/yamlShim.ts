// Stands in for the `yaml` package inside dist/features.js, dist/reports.js and the index workers
// (scripts/lazyYaml.ts maps the import here). The library is ~110 KB, and most front matter is read
// without it (core/entries/simpleFrontMatter.ts), so each export below loads `dist/yaml.js` on its
// first call. Only the names the code uses are here: importing any other
// name from 'yaml' fails the build, so the shim cannot silently fall out of step.
import { join } from 'node:path';
import type * as Yaml from 'yaml';

/** A cache of code (the bundle, required once), not state: the services are built in features.ts. */
let loaded: typeof Yaml | undefined;

function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(__dirname, 'yaml.js')) as typeof Yaml;
  return loaded;
}

export type { CST, Document, Node } from 'yaml';

export const isMap: typeof Yaml.isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isNode: typeof Yaml.isNode = ((node: unknown) => yaml().isNode(node)) as typeof Yaml.isNode;
export const isScalar: typeof Yaml.isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq: typeof Yaml.isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;
export const parseDocument: typeof Yaml.parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const parse: typeof Yaml.parse = ((...args: Parameters<typeof Yaml.parse>) => yaml().parse(...args)) as typeof Yaml.parse;

/** `new LineCounter()` builds the library's own LineCounter (a constructor may return another object). */
export const LineCounter = function LineCounter(): Yaml.LineCounter {
  return new (yaml().LineCounter)();
} as unknown as typeof Yaml.LineCounter;

/** The CST parser and the composer, constructed the same way (src/core/text/boundedYaml.ts). */
export const Parser = function Parser(onNewLine?: (offset: number) => void): Yaml.Parser {
  return new (yaml().Parser)(onNewLine);
} as unknown as typeof Yaml.Parser;
export const Composer = function Composer(options?: ConstructorParameters<typeof Yaml.Composer>[0]): Yaml.Composer {
  return new (yaml().Composer)(options);
} as unknown as typeof Yaml.Composer;
