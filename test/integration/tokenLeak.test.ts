// The GitHub token never leaves secret storage: with distinctive tokens (one saved with Sign in with a Token, one from
// SPRINT_FLOW_TOKEN, one GitHub rejects) Sprint Flow runs its main flows against the local GitHub, then every place
// it or VS Code writes to is searched for the tokens and their obvious encodings: the Sprint Flow log and every
// other file under code-server's user data (logs, settings, state), the workspace, the mementos, the webviews' HTML
// and every message posted to them, and the browser side of the workbench (its storage and every frame's DOM).
import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FlagBlockerResult } from '../../src/commands/flagBlocker';
import type { SprintFlowApi } from '../../src/extension';
import { TOKEN_ENVIRONMENT_VARIABLE, TOKEN_HOST_ENVIRONMENT_VARIABLE } from '../../src/github/tokenHost';
import type { SyncReport } from '../../src/services/teamLogSync';
import { DEMO_LOGIN, DEMO_PROJECT_TITLE, demoBoard, demoProjectUrl, FakeGitHub, startFakeGitHub } from '../fake-github';
import { demoItem, referenceOf } from './blockerFixture';
import { resetSettings, sprintFlow, useSettings } from './sprintFixture';
import { uiCheck } from './workbench';

interface Needle { name: string; text: string }
interface Hit { needle: string; where: string }

/** A token GitHub's format allows and nothing else could contain by chance. */
const canary = (name: string) => `ghp_${name}Canary${randomBytes(12).toString('hex')}`.slice(0, 40);

/**
 * The token and the forms it would take if it slipped out encoded: base64 (of the token inside anything, such as
 * "x-access-token:TOKEN", at each of the three byte alignments), base64url, hex, and UTF-16 for files.
 */
function tokenForms(label: string, token: string): Needle[] {
  const bytes = Buffer.from(token);
  const forms: Needle[] = [{ name: `${label} token`, text: token }];
  for (let offset = 0; offset < 3; offset++) {
    const base64 = Buffer.concat([Buffer.alloc(offset, 0x3a), bytes]).toString('base64');
    // Characters fed by the prefix or by whatever follows the token differ from leak to leak: keep the rest.
    const text = base64.slice(offset === 0 ? 0 : 4, 4 * Math.floor((offset + bytes.length) / 3));
    forms.push({ name: `${label} token in base64 (alignment ${offset})`, text }, { name: `${label} token in base64url (alignment ${offset})`, text: text.replace(/\+/g, '-').replace(/\//g, '_') });
  }
  forms.push({ name: `${label} token in hex`, text: bytes.toString('hex') });
  return forms;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Raw bytes of each file, searched in UTF-8 and UTF-16. */
function searchFiles(files: string[], needles: Needle[]): Hit[] {
  const hits: Hit[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      // VS Code removes some files as it goes (backups of untitled editors): one gone since it was listed holds nothing.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle.text, 'utf8')) || bytes.includes(Buffer.from(needle.text, 'utf16le'))) hits.push({ needle: needle.name, where: file });
    }
  }
  return hits;
}

function searchText(where: string, text: string, needles: Needle[]): Hit[] {
  return needles.filter((n) => text.includes(n.text)).map((n) => ({ needle: n.name, where }));
}

const report = (hits: Hit[]) => hits.map((h) => `${h.needle} in ${h.where}`).join('\n');

async function waitFor<T>(what: string, read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ; await new Promise((resolve) => setTimeout(resolve, 250))) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
  }
}

describe('The GitHub token never leaks', function () {
  this.timeout(180_000);
  const saved = canary('Saved');
  const fromEnvironment = canary('Env');
  const rejected = canary('Rejected');
  const needles = [...tokenForms('saved', saved), ...tokenForms('environment', fromEnvironment), ...tokenForms('rejected', rejected)];
  const posted: unknown[] = [];
  const webviewHtml: string[] = [];
  const listening: vscode.Disposable[] = [];
  let api: SprintFlowApi;
  let github: FakeGitHub;
  let csvFile: string;

  const watchPanels = () => {
    for (const panel of [api.panels.dashboard(), api.panels.teamReport()]) {
      if (!panel || listening.some((l) => (l as { panel?: unknown }).panel === panel)) continue;
      posted.push(...Object.values(panel.channel.posted));
      listening.push(Object.assign(panel.channel.onDidPost((message) => posted.push(message)), { panel }));
    }
  };

  /** The main flows, each once: refresh, goals, flag and resolve a blocker, log and send an interruption, both webviews, export, and a 401. */
  async function runMainFlows(label: string): Promise<void> {
    assert.equal((await api.sprintView.refresh()).kind, 'sprint', `${label}: the sprint loads`);
    assert.equal((await api.work.goalsView.refresh()).kind, 'goals', `${label}: the goals load`);
    const item = referenceOf(demoItem(github, 'Trace the ingest worker with OpenTelemetry'));
    const flagged = await vscode.commands.executeCommand<FlagBlockerResult>('sprintFlow.flagBlocker', { item, reason: 'access', details: 'Waiting for a token with more scopes.' });
    assert.equal(flagged.failed, undefined, `${label}: flagged`);
    await vscode.commands.executeCommand('sprintFlow.resolveBlocker', { item, resolution: 'Access granted.' });
    assert.ok(await vscode.commands.executeCommand('sprintFlow.logInterruption', { kind: 'question', duration: '15m', note: 'Where do tokens live?' }));
    assert.equal((await vscode.commands.executeCommand<SyncReport>('sprintFlow.retryInterruptionSync')).waiting, 0, `${label}: the interruption was sent`);
    await vscode.commands.executeCommand('sprintFlow.openDashboard');
    assert.ok(await vscode.commands.executeCommand('sprintFlow.openTeamReport', { iterations: 3 }), `${label}: the report was read`);
    watchPanels();
    await vscode.commands.executeCommand('sprintFlow.exportReport', { format: 'markdown', iterations: 3 });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('sprintFlow.exportReport', { format: 'csv', path: csvFile, iterations: 3 });
    github.switches.forceStatus = 401;
    const refused = await api.sprintView.refresh();
    github.switches.forceStatus = null;
    assert.equal(refused.kind === 'sprint' && refused.problem?.kind, 'unauthorized', `${label}: GitHub refused the token once`);
    webviewHtml.push(...[api.panels.dashboard(), api.panels.teamReport()].map((p) => p?.panel.webview.html ?? ''));
  }

  before(async () => {
    api = await sprintFlow();
    github = await startFakeGitHub({ state: demoBoard() });
    github.addToken(saved, DEMO_LOGIN);
    github.addToken(fromEnvironment, DEMO_LOGIN);
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(workspace, 'the tests run in a workspace folder');
    csvFile = path.join(workspace, 'token-leak-report.csv');
    await useSettings({ githubApiUrl: github.apiUrl, project: demoProjectUrl(github.origin), 'interruptions.repository': 'northwind/infra' });

    assert.equal(await vscode.commands.executeCommand('sprintFlow.signInWithToken', { token: saved }), DEMO_LOGIN);
    await runMainFlows('saved token');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('sprintFlow.signInWithToken', { token: rejected })), /did not accept that token/);

    // Signing out forgets the saved token; with no VS Code session for this server, the flows now run on the
    // environment's token or not at all. That token is for github.com until SPRINT_FLOW_TOKEN_HOST names this server.
    await vscode.commands.executeCommand('sprintFlow.signOut');
    process.env[TOKEN_ENVIRONMENT_VARIABLE] = fromEnvironment;
    github.requestLog.length = 0;
    assert.equal((await api.sprintView.refresh()).kind, 'signedOut', 'the environment token is not used for a host it was not given for');
    assert.deepEqual(github.requestLog, [], 'nothing was sent to the local GitHub');
    process.env[TOKEN_HOST_ENVIRONMENT_VARIABLE] = new URL(github.apiUrl).host;
    await runMainFlows('token from the environment');
  });

  after(async () => {
    delete process.env[TOKEN_ENVIRONMENT_VARIABLE];
    delete process.env[TOKEN_HOST_ENVIRONMENT_VARIABLE];
    listening.forEach((l) => l.dispose());
    api.panels.dashboard()?.dispose();
    api.panels.teamReport()?.dispose();
    for (const e of api.interruptions.entries.filter((x) => x.state !== 'synced')) await api.interruptions.remove(e.entry.id);
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await useSettings({ 'interruptions.repository': undefined });
    await resetSettings();
    await github.close();
    fs.rmSync(csvFile, { force: true });
  });

  it('keeps the tokens out of the Sprint Flow log', async () => {
    const logFile = filesUnder(api.storage.logUri.fsPath).find((f) => f.endsWith('.log'));
    assert.ok(logFile, `the log file is under ${api.storage.logUri.fsPath}`);
    // The log is written asynchronously: wait for the last flow's line before reading it.
    const log = await waitFor('the log of the last refusal', () => fs.readFileSync(logFile, 'utf8'), (text) => (text.match(/Refresh failed \(unauthorized\)/g) ?? []).length >= 2);
    assert.match(log, /Signed in to 127\.0\.0\.1:\d+ with a saved token as mara-jensen/);
    assert.match(log, /SPRINT_FLOW_TOKEN is for github\.com, so Sprint Flow does not send it to 127\.0\.0\.1:\d+/);
    assert.equal(report(searchText(logFile, log, needles)), '');
  });

  it('keeps the tokens out of every file code-server wrote: logs, user and workspace settings, state, exports', () => {
    // The extension's log folder is USER_DATA/logs/SESSION/exthost1/sprint-flow.sprint-flow.
    const logs = path.dirname(path.dirname(path.dirname(api.storage.logUri.fsPath)));
    assert.equal(path.basename(logs), 'logs', `the log folder is in the user data folder (${api.storage.logUri.fsPath})`);
    const userData = path.dirname(logs);
    const codeServerHome = path.dirname(userData);
    const workspace = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const files = [
      ...filesUnder(userData),
      ...filesUnder(process.env.XDG_DATA_HOME ?? path.join(codeServerHome, 'xdg-data')),
      ...filesUnder(codeServerHome).filter((f) => path.dirname(f) === codeServerHome),
      ...filesUnder(workspace),
    ];
    assert.ok(files.some((f) => f.endsWith(path.join('User', 'settings.json'))), 'user settings are searched');
    assert.ok(files.includes(csvFile), 'the CSV export is searched');
    assert.ok(files.filter((f) => f.endsWith('.log')).length >= 3, `the logs are searched: ${files.filter((f) => f.endsWith('.log')).join(', ')}`);
    assert.equal(report(searchFiles(files, needles)), '');
  });

  it('keeps the tokens out of the settings and the extension\'s global and workspace state', () => {
    const settings = vscode.workspace.getConfiguration('sprintFlow');
    const inspected = Object.keys(settings).map((key) => JSON.stringify(settings.inspect(key) ?? null)).join('\n');
    assert.match(inspected, new RegExp(github.apiUrl.replace(/[.]/g, '\\.')), 'the settings read are Sprint Flow\'s');
    const state = (memento: vscode.Memento) => memento.keys().map((key) => `${key}=${JSON.stringify(memento.get(key))}`).join('\n');
    const workspaceState = state(api.storage.workspaceState);
    assert.ok(workspaceState.includes(DEMO_PROJECT_TITLE), 'the workspace state holds the last sprint');
    assert.equal(report([...searchText('settings', inspected, needles), ...searchText('global state', state(api.storage.globalState), needles), ...searchText('workspace state', workspaceState, needles)]), '');
  });

  it('keeps the tokens out of the webviews\' HTML and every message posted to them', () => {
    assert.ok(webviewHtml.length === 4 && webviewHtml.every((html) => html.includes('Content-Security-Policy')), 'both webviews\' HTML, twice');
    assert.ok(posted.some((m) => JSON.stringify(m).includes(DEMO_PROJECT_TITLE)), 'the messages carried the sprint');
    assert.equal(report([...webviewHtml.flatMap((html, i) => searchText(`webview HTML ${i}`, html, needles)), ...posted.flatMap((m, i) => searchText(`message ${i} posted to a webview`, JSON.stringify(m), needles))]), '');
  });

  it('keeps the tokens out of the browser\'s storage (VS Code\'s state) and the DOM of every frame', async () => {
    const proof = { name: 'the last sprint (proof that state reached the browser)', text: DEMO_PROJECT_TITLE };
    const found = await waitFor(
      'the workspace state to reach the browser',
      () => uiCheck<{ hits: Hit[]; searched: string[] }>('findInBrowser', { needles: [proof, ...needles] }),
      (result) => result.hits.some((h) => h.needle === proof.name && h.where.startsWith('IndexedDB')),
    );
    console.log(`      (searched ${found.searched.join(', ')})`);
    assert.equal(report(found.hits.filter((h) => h.needle !== proof.name)), '');
  });
});
