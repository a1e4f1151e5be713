import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { blockerReasonLabel } from '../../../src/core/blockers';
import { NOT_TRANSLATED } from './dataWrittenToGitHub';
import { findBypasses, l10nCallsAtLoad, readsLikeASentence, sourceFiles } from './sourceStrings';

const ROOT = path.resolve(__dirname, '../../../..');
const LAYERS = ['src/extension.ts', 'src/commands', 'src/views', 'src/services', 'src/core', 'src/github'];
const listed = (found: { file: string; line: number; text: string }[]) => found.map((b) => `${b.file}:${b.line} ${JSON.stringify(b.text)}`).join('\n');

describe('localization', () => {
  it('sends every user-facing string of the host, core and github layers through l10n.t', () => {
    const bypasses = findBypasses(ROOT, sourceFiles(ROOT, LAYERS), NOT_TRANSLATED);
    assert.strictEqual(bypasses.length, 0, `wrap these in vscode.l10n.t (host) or l10n.t of @vscode/l10n (core, github):\n${listed(bypasses)}`);
  });

  it('calls l10n.t only once the bundle is loaded, never while modules load', () => {
    const early = l10nCallsAtLoad(ROOT, sourceFiles(ROOT, LAYERS));
    assert.strictEqual(early.length, 0, `move these into a function or a getter:\n${listed(early)}`);
  });

  it('keeps the webviews free of English sentences of their own: the host sends their strings', () => {
    const files = sourceFiles(ROOT, ['src/webview']).filter((f) => !f.endsWith('protocol.ts'));
    const sentences = findBypasses(ROOT, files, [], { labelsAnywhere: true });
    assert.strictEqual(sentences.length, 0, `send these from the host (src/webview/strings.ts):\n${listed(sentences)}`);
  });

  it('tells a bypass from a log line, a translated string, a command id, a context value and a comparison', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'l10n-scan-'));
    const file = path.join(dir, 'sample.ts');
    fs.writeFileSync(
      file,
      [
        "vscode.window.showInformationMessage('Your item is blocked.', 'Retry');",
        "vscode.window.showWarningMessage(vscode.l10n.t('Your item is blocked.'), vscode.l10n.t('Retry'));",
        "log.info(`Activated in ${ms} ms.`);",
        "vscode.commands.executeCommand('sprintFlow.flagBlocker');",
        "if (choice === 'Open Settings') {}",
        "const problem = `The board ${title} has no Status field.`;",
        "const items = [{ label: 'Open', id: 'open-item' }];",
        "vscode.l10n.t({ message: 'Open {0}', args: [name], comment: ['A button that opens the item on GitHub'] });",
        "row.contextValue = linked ? 'goal linked' : 'goal';",
      ].join('\n'),
    );
    const found = findBypasses(dir, [file], []).map((b) => `${b.line}:${b.text}`);
    assert.deepStrictEqual(found, ['1:Your item is blocked.', '1:Retry', '6:The board {} has no Status field.', '7:Open']);
    fs.rmSync(dir, { recursive: true });
  });

  it('reads sentences as sentences and names, paths and queries as not', () => {
    for (const text of ['Sign in to GitHub to flag a blocker.', 'Working on {} on branch {}.', '$(check) Link copied', '{} commits', '1 entry', '{} ago', '{} by {}']) {
      assert.ok(readsLikeASentence(text), text);
    }
    for (const text of ['sprintFlow.flagBlocker', 'https://github.com/orgs/ORG/projects/5', 'assignee:@me {}:@current', 'query MySprint($id: ID!) {', 'OWNER/REPO#12', 'group:{}', '{}px', '{} · {}', 'is:issue']) {
      assert.ok(!readsLikeASentence(text), text);
    }
  });

  it('reads core strings from the bundle that activation loads', () => {
    try {
      l10n.config({ contents: { 'Other reason': 'Autre raison', 'Awaiting review': 'En attente de relecture' } });
      assert.strictEqual(blockerReasonLabel('no-such-reason'), 'Autre raison');
      assert.strictEqual(blockerReasonLabel('awaiting-review'), 'En attente de relecture');
    } finally {
      l10n.config({ contents: {} });
    }
    assert.strictEqual(blockerReasonLabel('awaiting-review'), 'Awaiting review');
  });

  it('has a package.nls.json entry for every %key% of the manifest, and no entry unused', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const keys = [...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 50, 'the manifest names its strings by key');
    assert.deepStrictEqual(keys.filter((k) => !(k in nls)), [], 'keys missing from package.nls.json');
    assert.deepStrictEqual(Object.keys(nls).filter((k) => !keys.includes(k)), [], 'entries of package.nls.json no key names');
  });

  it('keeps the manifest strings a person reads in package.nls.json, not in package.json', () => {
    const contributes = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes;
    const texts: string[] = [
      ...contributes.commands.flatMap((c: { title: string; category?: string }) => [c.title, c.category ?? '%%']),
      ...Object.values(contributes.views).flat().map((v) => (v as { name: string }).name),
      ...contributes.viewsWelcome.map((w: { contents: string }) => w.contents),
      ...Object.values(contributes.configuration.properties).flatMap((p) => {
        const property = p as { markdownDescription?: string; description?: string; enumDescriptions?: string[]; patternErrorMessage?: string };
        return [property.markdownDescription ?? property.description ?? '%%', ...(property.enumDescriptions ?? []), property.patternErrorMessage ?? '%%'];
      }),
      ...contributes.walkthroughs.flatMap((w: { title: string; description: string; steps: { title: string; description: string }[] }) => [
        w.title, w.description, ...w.steps.flatMap((s) => [s.title, s.description]),
      ]),
    ];
    assert.deepStrictEqual(texts.filter((t) => !/^%[^%]*%$/.test(t)), []);
  });

  it('has an exported bundle up to date with the sources (npm run l10n)', function () {
    this.timeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'l10n-export-'));
    try {
      const cli = require.resolve('@vscode/l10n-dev/dist/cli.js');
      execFileSync(process.execPath, [cli, 'export', '--outDir', dir, './src'], { cwd: ROOT, stdio: 'pipe' });
      const sorted = (file: string) => Object.entries(JSON.parse(fs.readFileSync(file, 'utf8'))).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      assert.deepStrictEqual(sorted(path.join(ROOT, 'l10n/bundle.l10n.json')), sorted(path.join(dir, 'bundle.l10n.json')), 'run npm run l10n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
