// The rule that keeps src/extension's composition root the only place state lives
// (docs/contributing.md › One composition root): no module of src/extension keeps mutable state at module
// scope, where every caller would share it around the services `features.ts` builds and hands down.
// It finds, at the top level of each file:
// - a `let` or `var` (a variable anyone in the module may reassign);
// - a `const` whose value the same file changes: a Map, Set or array written through
//   (`x.set(…)`, `x.push(…)`, `x[k] = …`, `x.size = …`, `x.n++`…), or an object given new values.
// A `const` that is only read (a table, a frozen set of kinds) is data, not state, and passes.
// The allow-list names the exceptions by file and name, each with its reason: the bundle caches
// (a `let loaded` holding a bundle required once, which is code, not state). An entry whose
// declaration is gone fails too, so the list cannot outlive what it allows. Run by scripts/build.ts
// and held in the unit tier by test/unit/scripts/moduleState.test.ts.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import * as ts from 'typescript';
import { typeScriptFiles } from './corePurity';

/** What may keep module-level state, as `path relative to src/extension: name` → why. */
export const MODULE_STATE_ALLOWED: Readonly<Record<string, string>> = {
  'webviews/renderModule.ts: loaded': 'a bundle cache (dist/render.js, required once)',
  'export/reportsModule.ts: loaded': 'a bundle cache (dist/reports.js, required once)',
  'lazy/yamlShim.ts: loaded': 'a bundle cache (dist/yaml.js, required once)',
  'shell/featuresModule.ts: loaded': 'a bundle cache (dist/features.js, required once)',
  'encryption/encryptionModule.ts: loaded': 'a bundle cache (dist/encryption.js, required once)',
  'tagging/heavyModule.ts: loaded': 'a bundle cache (dist/tagger.js, required once)',
  'calendar/calendarModule.ts: loaded': 'a bundle cache (dist/calendar.js, required once)',
};

/** Methods that change a Map, Set, WeakMap, WeakSet or array in place. */
const MUTATORS = new Set([
  'set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin',
]);

/** One declaration of module-level state. */
export interface ModuleState {
  /** Relative to the folder checked, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly name: string;
  /** `let`, `var`, or how a `const` is changed (`.set(…)`, `[…] =`…). */
  readonly how: string;
}

/** The name written through in `x.push(…)`, `x[k] = …`, `x.a.b = …`: `x`. */
function rootName(expression: ts.Expression): string | undefined {
  let node: ts.Expression = expression;
  while (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) {
    node = node.expression;
  }
  return ts.isIdentifier(node) ? node.text : undefined;
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** How each name of `names` is changed anywhere in `source`, first change only. */
function changes(source: ts.SourceFile, names: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  const note = (name: string | undefined, how: string): void => {
    if (name !== undefined && names.has(name) && !found.has(name)) {
      found.set(name, how);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATORS.has(node.expression.name.text)) {
      note(rootName(node.expression.expression), `.${node.expression.name.text}(…)`);
    } else if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)
      && (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))) {
      note(rootName(node.left), ts.isElementAccessExpression(node.left) ? '[…] =' : `.${(node.left as ts.PropertyAccessExpression).name.text} =`);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node))
      && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
      && (ts.isPropertyAccessExpression(node.operand) || ts.isElementAccessExpression(node.operand))) {
      note(rootName(node.operand), '++/--');
    } else if (ts.isDeleteExpression(node)) {
      note(rootName(node.expression), 'delete');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The module-level state declared in one file's text. */
export function moduleStateIn(file: string, text: string): ModuleState[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const consts = new Map<string, number>();
  const found: ModuleState[] = [];
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) {
      continue;
    }
    const flags = statement.declarationList.flags;
    const constant = (flags & ts.NodeFlags.Const) !== 0;
    const keyword = (flags & ts.NodeFlags.Let) !== 0 ? 'let' : 'var';
    for (const declaration of statement.declarationList.declarations) {
      const names = ts.isIdentifier(declaration.name)
        ? [declaration.name.text]
        : declaration.name.elements.flatMap((element) => (ts.isBindingElement(element) && ts.isIdentifier(element.name) ? [element.name.text] : []));
      for (const name of names) {
        if (constant) {
          consts.set(name, lineOf(declaration));
        } else {
          found.push({ file, line: lineOf(declaration), name, how: keyword });
        }
      }
    }
  }
  for (const [name, how] of changes(source, new Set(consts.keys()))) {
    found.push({ file, line: consts.get(name) ?? 0, name, how: `const changed through ${how}` });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** `file: name`, the allow-list's key. */
export function stateKey(state: Pick<ModuleState, 'file' | 'name'>): string {
  return `${state.file}: ${state.name}`;
}

/**
 * What fails under `rootDir`: each module-level state not in `allowed`, as `file:line name (how)`,
 * and each entry of `allowed` that declares nothing any more.
 */
export function moduleStateProblems(rootDir: string, allowed: Readonly<Record<string, string>> = MODULE_STATE_ALLOWED): string[] {
  const states = [...typeScriptFiles(rootDir)].flatMap((file) => moduleStateIn(relative(rootDir, file).split(sep).join('/'), readFileSync(file, 'utf8')));
  const seen = new Set(states.map(stateKey));
  return [
    ...states.filter((state) => !(stateKey(state) in allowed)).map((state) => `${state.file}:${state.line} ${state.name} (${state.how})`),
    ...Object.keys(allowed).filter((key) => !seen.has(key)).map((key) => `${key} is allowed but no longer declared: remove it from MODULE_STATE_ALLOWED`),
  ];
}
