import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './read-readme-examples';

// STYLE.md: "Nothing happens at import time". Node runs every module-level statement of a package
// on import, whatever `sideEffects: false` or `/* @__PURE__ */` tell bundlers. So each published
// entry is bundled from its built dist the way a bundler would, but with those hints ignored
// (`ignoreAnnotations`): what esbuild still keeps is what esbuild cannot prove idle. Each kept
// top-level statement is then parsed and must be a declaration that only binds a value.
// (esbuild itself drops a few built-ins it knows are idle — `Symbol.for`, `new Set([...literals])`,
// `new WeakMap()` — which is fine: they cost nothing worth deferring.)

/** A module-level call that costs nothing worth deferring, with why it stays. */
interface CheapCall {
  shape: string;
  reason: string;
  matches: (node: ts.Expression) => boolean;
}

const cheapCalls: CheapCall[] = [
  {
    shape: 'new Uint8Array(<number literal>)',
    reason: 'one small fixed allocation (eventstream shares one empty buffer instead of making one per frame)',
    matches: (node) => ts.isNewExpression(node) && isGlobal(node.expression, 'Uint8Array') && (node.arguments ?? []).every(ts.isNumericLiteral),
  },
  {
    shape: "Symbol.for('<string literal>')",
    reason: 'a lookup in the global symbol registry; the error and schema markers must exist before anything is thrown or checked',
    matches: (node) =>
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      isGlobal(node.expression.expression, 'Symbol') &&
      node.expression.name.text === 'for' &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0]!),
  },
];

/** Work a package still does at import, known and accepted for now: entry, the statement, why. */
const knownWork: { specifier: string; statement: RegExp; reason: string }[] = [
  // Both come from @smithy/signature-v4, which aws-auth bundles (decision 0007), so aws-auth cannot
  // simply edit them; aws-auth is owned elsewhere. About a microsecond together.
  { specifier: '@bedrock-kit/aws-auth', statement: /^SIGNATURE_HEADER = SIGNATURE_QUERY_PARAM\.toLowerCase\(\)$/, reason: "smithy's lowercased header name" },
  { specifier: '@bedrock-kit/aws-auth', statement: /^for \(let i = 0; i < 256; i\+\+\)[^]*SHORT_TO_HEX\[i\] = /, reason: "smithy's 256-entry hex table" },
  // `/all` reads the one family list as a namespace (`import * as families`, issue 13): a bundler builds that
  // namespace object at load, one getter per family; no family code runs.
  { specifier: '@bedrock-kit/bedrock/all', statement: /^__defProp = Object\.defineProperty$/, reason: "the bundler's helper for the family list's namespace object" },
  { specifier: '@bedrock-kit/bedrock/all', statement: /^__export\(families_exports, \{[^}]*\}\);$/, reason: 'the family list as a namespace object' },
  // @ai-sdk/provider (a dependency of the AI SDK provider, not our code) marks each error class with a registered symbol at load.
  { specifier: '@bedrock-kit/ai-sdk', statement: /^symbol(\$\d+)? = Symbol\.for\(marker(\$\d+)?\)$/, reason: "@ai-sdk/provider's error-class markers" },
];

const isGlobal = (node: ts.Expression, name: string) => ts.isIdentifier(node) && node.text === name;

/** True when evaluating `node` only builds a value: literals, data, functions, arithmetic on constants. */
function isIdle(node: ts.Expression): boolean {
  if (ts.isLiteralExpression(node) || ts.isIdentifier(node)) return true;
  if ([ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(node.kind)) return true;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return true; // defined, not run
  if (ts.isParenthesizedExpression(node) || ts.isVoidExpression(node)) return isIdle(node.expression);
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => isIdle(span.expression));
  if (ts.isPrefixUnaryExpression(node)) return node.operator !== ts.SyntaxKind.PlusPlusToken && node.operator !== ts.SyntaxKind.MinusMinusToken && isIdle(node.operand);
  if (ts.isBinaryExpression(node)) return !isAssignment(node.operatorToken.kind) && isIdle(node.left) && isIdle(node.right);
  if (ts.isConditionalExpression(node)) return isIdle(node.condition) && isIdle(node.whenTrue) && isIdle(node.whenFalse);
  // Spreading another module-level literal (`{ ...claude3, images: false }`) copies a few fields.
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => (ts.isSpreadElement(element) ? ts.isIdentifier(element.expression) : ts.isOmittedExpression(element) || isIdle(element)));
  if (ts.isObjectLiteralExpression(node)) return node.properties.every(isIdleProperty);
  if (ts.isClassExpression(node)) return isIdleClass(node);
  return cheapCalls.some((call) => call.matches(node));
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

function isIdleName(name: ts.PropertyName | undefined): boolean {
  return name === undefined || !ts.isComputedPropertyName(name) || isIdle(name.expression);
}

function isIdleProperty(property: ts.ObjectLiteralElementLike): boolean {
  if (ts.isSpreadAssignment(property)) return ts.isIdentifier(property.expression);
  if (ts.isPropertyAssignment(property)) return isIdleName(property.name) && isIdle(property.initializer);
  return isIdleName(property.name); // shorthand, methods and accessors: nothing runs
}

/** A class body runs at definition only through `extends`, computed names, static fields and static blocks. */
function isIdleClass(node: ts.ClassLikeDeclaration): boolean {
  const heritage = (node.heritageClauses ?? []).flatMap((clause) => clause.types.map((type) => type.expression));
  return (
    heritage.every(isIdle) &&
    node.members.every((member) => {
      if (ts.isClassStaticBlockDeclaration(member)) return false;
      if (!isIdleName(member.name)) return false;
      const isStatic = ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
      return !(isStatic && ts.isPropertyDeclaration(member) && member.initializer && !isIdle(member.initializer));
    })
  );
}

/** The top-level statements (or `name = initializer` declarations) of a module that do work when it loads. */
function findImportTimeWork(code: string): string[] {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const text = (node: ts.Node) => node.getText(source).replace(/\s+/g, ' ');
  return source.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isFunctionDeclaration(statement) || ts.isEmptyStatement(statement)) return [];
    if (ts.isClassDeclaration(statement)) return isIdleClass(statement) ? [] : [text(statement)];
    if (ts.isVariableStatement(statement)) {
      return statement.declarationList.declarations.filter((declaration) => declaration.initializer && !isIdle(declaration.initializer)).map(text);
    }
    return [text(statement)];
  });
}

/** Bundles `import '<specifier>'` from dist with tree-shaking, ignoring `sideEffects` and `@__PURE__`. */
async function bundleImport(specifier: string, ownPackage: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import '${specifier}';`, resolveDir: repositoryRoot, loader: 'js' },
    absWorkingDir: repositoryRoot,
    bundle: true,
    write: false,
    logLevel: 'silent',
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    treeShaking: true,
    ignoreAnnotations: true,
    // Syntax minification drops and folds what full minification does; names stay readable for the report.
    minifySyntax: true,
    // Each package answers for its own code: the other packages are checked on their own.
    external: ['@smithy/*', '#sha256', 'node:*', ...builtinModules, ...publishedPackages.filter((name) => name !== ownPackage).map((name) => `@bedrock-kit/${name}`)],
    // A dynamic import() (the facade's tracing code) runs when called, never at import: inlined, esbuild would
    // wrap the chunks it shares in lazy initialisers that read as import-time work. It stays a chunk of its own.
    plugins: [{ name: 'dynamic-imports-stay-chunks', setup: (builder) => builder.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
  });
  return result.outputFiles[0]?.text ?? '';
}

const publishedPackages = readdirSync(join(repositoryRoot, 'packages'));
const entries = publishedPackages.flatMap((name) => {
  const { exports } = JSON.parse(readFileSync(join(repositoryRoot, 'packages', name, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  return Object.keys(exports)
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => ({ name, specifier: `@bedrock-kit/${name}${subpath.slice(1)}` }));
});

describe('importing a published entry does no work (dist, sideEffects and @__PURE__ ignored)', () => {
  it.each(entries)('$specifier', async ({ name, specifier }) => {
    const work = findImportTimeWork(await bundleImport(specifier, name));
    const accepted = knownWork.filter((known) => known.specifier === specifier);
    expect(work.filter((statement) => !accepted.some((known) => known.statement.test(statement)))).toEqual([]);
  });

  it('covers every published package, including the /all preset and /fixtures', () => {
    expect(entries.map((entry) => entry.specifier)).toEqual(expect.arrayContaining(['@bedrock-kit/core', '@bedrock-kit/aws-auth', '@bedrock-kit/bedrock/all', '@bedrock-kit/meta-llama']));
  });
});

describe('findImportTimeWork', () => {
  it.each([
    ['a table built with .map', 'var rows = [["a", 1]], models = rows.map(([id]) => ({ id }));', ['models = rows.map(([id]) => ({ id }))']],
    ['a Map from computed entries', 'var byId = new Map(Object.entries(table));', ['byId = new Map(Object.entries(table))']],
    ['Object.fromEntries', 'var index = Object.fromEntries(pairs);', ['index = Object.fromEntries(pairs)']],
    ['a method call on a constant', 'var HEADER = NAME.toLowerCase();', ['HEADER = NAME.toLowerCase()']],
    ['a top-level loop', 'var hex = {}; for (let i = 0; i < 256; i++) hex[i] = i;', ['for (let i = 0; i < 256; i++) hex[i] = i;']],
    ['a top-level call', 'register();', ['register();']],
    ['a TextDecoder', 'var decoder = new TextDecoder();', ['decoder = new TextDecoder()']],
    ['a class static block', 'class A { static { setup(); } }', ['class A { static { setup(); } }']],
    ['a class static field computed by a call', 'class A { static table = build(); }', ['class A { static table = build(); }']],
    ['a spread of a call', 'var caps = { ...defaults(), images: !0 };', ['caps = { ...defaults(), images: !0 }']],
  ])('flags %s', (_, code, expected) => {
    expect(findImportTimeWork(code)).toEqual(expected);
  });

  it('accepts declarations that only bind values, and the allowlisted cheap calls', () => {
    const code = [
      'import { a } from "x";',
      'var SIZE = 16 * 1024 * 1024, MIN = -(1n << 63n), TOTAL = SIZE + 4, name = `v${"1"}`, nothing = void 0;',
      'var base = { tools: !0, match: /^a\\./ }, wider = { ...base, images: !1 }, rows = [{ id: "a", ...base }, ["b", !0, base]];',
      'var codec = { parse(x) { return x; }, get size() { return 1; } }, run = (x) => x.map(String);',
      'function lazy() { return rows.map((row) => row); }',
      'class BedrockError extends Error { static marker = Symbol.for("bedrock-kit.error"); name = "BedrockError"; static isInstance(x) { return !!x; } }',
      'var NO_BYTES = new Uint8Array(0), marker = Symbol.for("bedrock-kit.json-schema");',
      'export { lazy, codec };',
    ].join('\n');
    expect(findImportTimeWork(code)).toEqual([]);
  });
});
