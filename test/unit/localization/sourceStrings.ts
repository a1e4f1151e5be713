import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Finds user-facing text in the extension's sources that does not go through `l10n.t`. A string counts as
 * user-facing when it reads like words (a sentence, or a label in a UI position such as a button or a quick-pick
 * item). Left alone: the arguments of `l10n.t` itself, the output channel's log (it stays English, for bug
 * reports), identifiers, keys and comparisons, and the text Sprint Flow writes to GitHub (`DATA_WRITTEN_TO_GITHUB`).
 */
export interface Bypass {
  file: string;
  line: number;
  text: string;
}

/** Places whose text is a record shared through GitHub: the whole team must read and find it whatever their locale. */
export interface DataExemption {
  /** A file, or a folder ending in `/`. */
  file: string;
  /** Functions or constants (by name) whose text is data; none: the whole file. */
  within?: string[];
  why: string;
}

/** Method names of VS Code's and our own UI whose string arguments the user reads, even when one word long. */
const UI_CALLS = new Set([
  'showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'setStatusBarMessage', 'showQuickPick', 'showInputBox',
  'explainMissingOnBoard',
]);
/** Property names whose string values the user reads (quick-pick items, inputs, tree items, buttons). */
const UI_PROPERTIES = new Set([
  'label', 'description', 'detail', 'placeholder', 'placeHolder', 'title', 'prompt', 'tooltip', 'message', 'text',
  'validationMessage', 'problem', 'hint', 'summary', 'caption', 'heading', 'empty',
]);
/** Property names whose string values are names for code and styles, not text. */
const NAME_PROPERTIES = new Set(['contextValue', 'class', 'className', 'data-test', 'testId', 'role', 'appearance', 'icon', 'id', 'kind', 'state', 'type']);
/** Calls whose string arguments only the log reads. */
const LOG_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'appendLine', 'append']);
/** Our own functions that only write to the log. */
const LOG_FUNCTIONS = new Set(['logLeftOut']);
/** Calls whose string arguments are names, not text: commands, settings, context keys, memento keys. */
const NAME_CALLS = new Set([
  'executeCommand', 'registerCommand', 'getConfiguration', 'affectsConfiguration', 'get', 'update', 'inspect', 'has',
  'createOutputChannel', 'registerTreeDataProvider', 'createTreeView', 'getExtension', 'require',
  'getSession', 'startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'split', 'replace', 'replaceAll', 'join',
  'match', 'test', 'localeCompare', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'DateTimeFormat',
  'NumberFormat', 'fieldValueByName', 'graphql', 'request', 'padStart', 'padEnd',
]);

export function sourceFiles(root: string, folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(full);
    }
  };
  for (const folder of folders) {
    const full = path.join(root, folder);
    if (fs.statSync(full).isDirectory()) walk(full);
    else found.push(full);
  }
  return found.sort();
}

/** The literal's text with each `${…}` as `{}`, or undefined for something that is not a string literal. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `{}${s.literal.text}`).join('');
  return undefined;
}

/** Words a person reads: two or more words with letters, one in lower case, and no code-like characters. */
export function readsLikeASentence(text: string): boolean {
  const plain = text.replace(/\$\([a-z-]+\)/g, '').trim();
  if (/^(https?:|file:|\/|\.|#|@|--)/.test(plain)) return false;
  if (/[=<>|\\]|=>|\(\)|^\w+\(|[a-z]:@|\$[a-z]\w*:|^\s*(query|mutation|fragment) /.test(plain)) return false;
  const words = plain.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w));
  // A count and its noun ("{} commits", "1 entry", "{} ago") reads as a phrase though it has one word.
  const countedWord = /^(\{\}|\d+) [a-z]{2,}$|^[a-z]{2,} \{\}$|^\{\} [a-z]{2,} \{\}/.test(plain);
  return (words.length >= 2 || countedWord) && /[a-z]{2,}/.test(plain) && /^[^a-z0-9_]*[A-Za-z{"'“(0-9…]/.test(plain);
}

/** One word or more with letters: enough for a label in a UI position ("Retry", "Open Settings"). */
function readsLikeALabel(text: string): boolean {
  const plain = text.replace(/\$\([a-z-]+\)/g, '').trim();
  return /^[A-Z][a-z]+/.test(plain) && !/[.\/_#:=]\S/.test(plain);
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function isL10nCall(node: ts.Node): boolean {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't' && /(^|\.)l10n$/.test(callee.expression.getText());
}

function isLogCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || !LOG_METHODS.has(callee.name.text)) return false;
  return /(^|\.)(log|console|channel|output)$/i.test(callee.expression.getText());
}

/** The names of the functions, methods and variables around a node, innermost first. */
function enclosingNames(node: ts.Node): string[] {
  const names: string[] = [];
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if ((ts.isFunctionDeclaration(at) || ts.isMethodDeclaration(at) || ts.isClassDeclaration(at) || ts.isGetAccessor(at)) && at.name) {
      names.push(at.name.getText());
    } else if ((ts.isVariableDeclaration(at) || ts.isPropertyDeclaration(at) || ts.isPropertyAssignment(at)) && ts.isIdentifier(at.name)) {
      names.push(at.name.text);
    }
  }
  return names;
}

type Position = 'translated' | 'log' | 'name' | 'ui' | 'other';

/** What the literal's place in the code says about it, looking outwards. */
function positionOf(literal: ts.Node): Position {
  let child: ts.Node = literal;
  for (let at = literal.parent; at; child = at, at = at.parent) {
    if (isL10nCall(at)) return 'translated';
    if (ts.isCallExpression(at) || ts.isNewExpression(at)) {
      if (ts.isCallExpression(at) && (isLogCall(at) || LOG_FUNCTIONS.has(calleeName(at) ?? ''))) return 'log';
      if (ts.isCallExpression(at) && at.expression === child) return 'other';
      const name = calleeName(at);
      if (name && NAME_CALLS.has(name)) return 'name';
      if (name && UI_CALLS.has(name)) return 'ui';
      return 'other';
    }
    if (ts.isPropertyAssignment(at)) {
      const property = at.name.getText().replace(/^['"]|['"]$/g, '');
      if (isL10nCall(at.parent.parent) && (property === 'message' || property === 'comment')) return 'translated';
      if (at.name === child || NAME_PROPERTIES.has(property)) return 'name';
      return UI_PROPERTIES.has(property) ? 'ui' : 'other';
    }
    if (ts.isBinaryExpression(at)) {
      const op = at.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.InKeyword) return 'name';
      if (op === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(at.left)) {
        if (NAME_PROPERTIES.has(at.left.name.text)) return 'name';
        return UI_PROPERTIES.has(at.left.name.text) ? 'ui' : 'other';
      }
      continue;
    }
    if (
      ts.isCaseClause(at) || ts.isElementAccessExpression(at) || ts.isImportDeclaration(at) || ts.isExportDeclaration(at) ||
      ts.isLiteralTypeNode(at) || ts.isTypeNode(at) || ts.isTaggedTemplateExpression(at) || ts.isEnumMember(at)
    ) {
      return 'name';
    }
    if (ts.isConditionalExpression(at) || ts.isParenthesizedExpression(at) || ts.isTemplateSpan(at) || ts.isTemplateExpression(at)) continue;
    if (ts.isArrayLiteralExpression(at) || ts.isAsExpression(at) || ts.isSatisfiesExpression(at)) continue;
    return 'other';
  }
  return 'other';
}

/**
 * `labelsAnywhere`: a capitalised word counts wherever it stands (webview code, where every heading, column and
 * button label is text the person reads).
 */
export function findBypasses(root: string, files: string[], exemptions: DataExemption[], options: { labelsAnywhere?: boolean } = {}): Bypass[] {
  return findBypassNodes(root, files, exemptions, options).map(({ source, node, file }) => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    text: literalText(node) ?? '',
  }));
}

/** The literals themselves, for tools that rewrite them. */
export function findBypassNodes(
  root: string,
  files: string[],
  exemptions: DataExemption[],
  options: { labelsAnywhere?: boolean } = {},
): { file: string; source: ts.SourceFile; node: ts.Node }[] {
  const bypasses: { file: string; source: ts.SourceFile; node: ts.Node }[] = [];
  for (const file of files) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const fileExemptions = exemptions.filter((e) => e.file === relative || (e.file.endsWith('/') && relative.startsWith(e.file)));
    if (fileExemptions.some((e) => !e.within)) continue;
    const exemptNames = new Set(fileExemptions.flatMap((e) => e.within ?? []));
    const visit = (node: ts.Node): void => {
      const text = literalText(node);
      if (text !== undefined) {
        const position = positionOf(node);
        const flagged =
          (position === 'ui' && (readsLikeASentence(text) || readsLikeALabel(text))) ||
          (position === 'other' && (readsLikeASentence(text) || (!!options.labelsAnywhere && readsLikeALabel(text))));
        if (flagged && !enclosingNames(node).some((name) => exemptNames.has(name))) {
          bypasses.push({ file: relative, source, node });
        }
        if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return bypasses;
}

/**
 * `l10n.t` of `@vscode/l10n` called while modules load runs before activation has loaded the bundle, so it would
 * always answer in English: in src/core and src/github it may only run inside a function.
 */
export function l10nCallsAtLoad(root: string, files: string[]): Bypass[] {
  const found: Bypass[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node)) return;
      if (isL10nCall(node)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ file: path.relative(root, file).split(path.sep).join('/'), line, text: node.getText() });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
