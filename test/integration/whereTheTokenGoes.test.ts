// The token goes only where the user sent it, in a real VS Code: a workspace cannot point Sprint Flow at another
// server, a saved token stays with the server it was saved for, and plain http is refused for another computer.
// Each local GitHub knows the demo token, so a token sent where it should not go would be accepted, not refused.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SprintFlowApi } from '../../src/extension';
import { TOKEN_ENVIRONMENT_VARIABLE, TOKEN_HOST_ENVIRONMENT_VARIABLE } from '../../src/github/tokenHost';
import { DEMO_LOGIN, DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, startFakeGitHub } from '../fake-github';
import { resetSettings, rootLabels, sprintFlow, useSettings } from './sprintFixture';

const hostOf = (github: FakeGitHub) => new URL(github.apiUrl).host;
const enterpriseSettings = () => vscode.workspace.getConfiguration('github-enterprise');

describe('The token goes only where the user sent it', function () {
  this.timeout(120_000);
  let api: SprintFlowApi;
  let github: FakeGitHub;
  let other: FakeGitHub;

  before(async () => {
    api = await sprintFlow();
    github = await startFakeGitHub({ state: demoBoard() });
    other = await startFakeGitHub({ state: demoBoard() });
    await resetSettings();
  });

  afterEach(async () => {
    delete process.env[TOKEN_ENVIRONMENT_VARIABLE];
    delete process.env[TOKEN_HOST_ENVIRONMENT_VARIABLE];
    await enterpriseSettings().update('uri', undefined, vscode.ConfigurationTarget.Workspace);
    await enterpriseSettings().update('uri', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
  });

  after(async () => {
    await github.close();
    await other.close();
  });

  it('does not follow a workspace that sets github-enterprise.uri to another server', async () => {
    process.env[TOKEN_ENVIRONMENT_VARIABLE] = DEMO_TOKEN;
    process.env[TOKEN_HOST_ENVIRONMENT_VARIABLE] = hostOf(github);
    await useSettings({ project: demoProjectUrl(github.origin) });
    await enterpriseSettings().update('uri', github.origin, vscode.ConfigurationTarget.Workspace);
    github.requestLog.length = 0;
    assert.equal((await api.sprintView.refresh()).kind, 'signedOut', 'the server stays github.com, which the token is not for');
    assert.deepEqual(github.requestLog, [], 'nothing reached the server the workspace named');

    // The same value in the user settings is followed: what was refused is the level it was set at.
    await enterpriseSettings().update('uri', github.origin, vscode.ConfigurationTarget.Global);
    assert.equal((await api.sprintView.refresh()).kind, 'sprint');
  });

  it('keeps a token saved with Sign in with a Token for the server it was saved for', async () => {
    await useSettings({ githubApiUrl: github.apiUrl, project: demoProjectUrl(github.origin) });
    assert.equal(await vscode.commands.executeCommand('sprintFlow.signInWithToken', { token: DEMO_TOKEN }), DEMO_LOGIN);
    assert.equal((await api.sprintView.refresh()).kind, 'sprint');

    await useSettings({ githubApiUrl: other.apiUrl, project: demoProjectUrl(other.origin) });
    other.requestLog.length = 0;
    assert.equal((await api.sprintView.refresh()).kind, 'signedOut', 'another server asks for its own sign-in');
    assert.deepEqual(other.requestLog, [], 'the saved token was not sent to the other server');

    await useSettings({ githubApiUrl: github.apiUrl, project: demoProjectUrl(github.origin) });
    assert.equal((await api.sprintView.refresh()).kind, 'sprint', 'back on its own server, the saved token is used again');
  });

  it('refuses a plain http API URL on another computer, says what to set instead, and signs in nowhere', async () => {
    await useSettings({ githubApiUrl: 'http://ghe.example.invalid/api/v3', project: demoProjectUrl(github.origin) });
    const state = await api.sprintView.refresh();
    assert.equal(state.kind === 'problem' && state.problem.kind, 'refusedServer');
    const [problem, fix] = rootLabels(api);
    assert.match(problem, /does not send your GitHub token over plain http to another computer/);
    assert.match(problem, /Set it to https:\/\/ghe\.example\.invalid\/api\/v3 instead/);
    assert.equal(fix, 'Open Settings');
    const fixNode = api.sprintView.tree.getChildren()[1];
    assert.deepEqual(api.sprintView.tree.getTreeItem(fixNode).command?.arguments, ['sprintFlow.githubApiUrl']);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('sprintFlow.signInWithToken', { token: DEMO_TOKEN })), /over plain http to another computer/);
  });
});
