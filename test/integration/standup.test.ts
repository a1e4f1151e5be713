// The async standup in a real VS Code against the local GitHub's demo board (which holds three days of standups by
// five people): compose a draft from my sprint, edit it, post it with the draft's Post action, see it in Team
// Standup next to another person's update posted on the thread meanwhile; hostile titles and notes stay text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { draftText, updateComment } from '../../src/core/standup/draft';
import { lastMarker } from '../../src/core/standup/thread';
import { StandupUpdate } from '../../src/core/standup/update';
import type { SprintFlowApi } from '../../src/extension';
import type { TeamStandupView } from '../../src/webview/protocol';
import { addItem, comment, DEMO_CURRENT_ITERATION, DEMO_LOGIN, FakeGitHub, issue } from '../fake-github';
import { IssueRec } from '../fake-github/model';
import { connectToDemo, demoProject, resetSettings, sprintFlow, useSettings } from './sprintFixture';
import { uiCheck } from './workbench';

const HOSTILE = '<img src=x onerror="document.body.dataset.hacked=1"> [run](command:workbench.action.quit) @everyone';
const screenshotDir = process.env.SPRINT_FLOW_SCREENSHOT_DIR;

interface WebviewDom { texts: Record<string, string[]>; counts: Record<string, number> }
interface WebviewPage { counts: Record<string, number>; risky: string[]; scripts: string[]; text: string }

describe('Async standup', function () {
  this.timeout(120_000);
  let api: SprintFlowApi;
  let github: FakeGitHub;
  const thread = (): IssueRec => github.state.repo('northwind', 'infra')!.issues.find((i) => i.title === `Standup · ${DEMO_CURRENT_ITERATION}`)!;
  const draftTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.fsPath === api.standup.standups.draftUri.fsPath);

  before(async () => {
    api = await sprintFlow();
    github = await connectToDemo();
    await useSettings({ 'interruptions.repository': 'northwind/infra' });
    assert.equal((await api.sprintView.refresh({ fullRead: true })).kind, 'sprint');
    await api.standup.standups.discardDraft();
  });

  after(async () => {
    api.standup.teamStandup()?.dispose();
    await api.standup.standups.discardDraft();
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await useSettings({ 'interruptions.repository': undefined, 'standup.reminder': undefined });
    await resetSettings();
    await github.close();
  });

  it('composes a draft from my sprint that I edit and post with its Post action; Team Standup shows it', async () => {
    const before = thread().comments.length;
    await vscode.commands.executeCommand('sprintFlow.postStandup');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, api.standup.standups.draftUri.fsPath, 'the draft opens in an editor');
    assert.equal(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    assert.match(text, /### Doing\n- \[northwind\/api\\#\d+\]\(<http[^>]+>\) Rotate signing keys for billing webhooks · In progress · 3 pts · goal northwind\/api\\#\d+/);
    assert.match(text, /### Blocked\n- .*Upgrade staging Postgres to 16/);
    assert.equal(thread().comments.length, before, 'nothing is posted before I say so');

    const notes = text.indexOf('### Notes');
    await editor.edit((edit) => edit.insert(editor.document.positionAt(notes + '### Notes\n'.length), '\nPairing with Kenji on key rotation this afternoon.'));
    await vscode.commands.executeCommand('vscode.executeCodeLensProvider', editor.document.uri);
    if (screenshotDir) {
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the Post action above the draft is drawn
      await uiCheck('screenshot', { path: path.join(screenshotDir, 'standup-draft.png') });
    }

    const url = await vscode.commands.executeCommand<string>('sprintFlow.postStandupDraft');
    assert.match(url ?? '', /\/northwind\/infra\/issues\/\d+#issuecomment-\d+$/);
    const posted = thread().comments.at(-1)!;
    assert.equal(thread().comments.length, before + 1, 'posted once');
    assert.equal(posted.author.login, DEMO_LOGIN);
    assert.ok(posted.body.includes('Pairing with Kenji on key rotation this afternoon.'), 'my edit is in the comment');
    const record = lastMarker(posted.body)?.record as StandupUpdate;
    assert.equal(record.person, DEMO_LOGIN);
    assert.equal(record.note, 'Pairing with Kenji on key rotation this afternoon.');
    assert.ok(record.doing.some((l) => l.title === 'Rotate signing keys for billing webhooks'));
    assert.equal(draftTabs().length, 0, 'the draft\'s editor is closed');
    assert.equal(fs.existsSync(api.standup.standups.draftUri.fsPath), false, 'the posted draft is gone');

    const view = await vscode.commands.executeCommand<TeamStandupView>('sprintFlow.openTeamStandup');
    const model = view.state === 'ready' ? view.model : assert.fail(JSON.stringify(view));
    const mine = model.days.flatMap((d) => d.updates).filter((u) => u.person === DEMO_LOGIN);
    assert.equal(mine[0]?.note, 'Pairing with Kenji on key rotation this afternoon.');
    assert.equal(mine[0]?.commentUrl, url);
    assert.ok(model.people.length >= 5, `several people posted (${model.people.join(', ')})`);
    assert.deepEqual(model.leftOut, ['1 record claims another person'], 'the update an organization member forged in Kenji\'s name is left out and counted');
    assert.ok(model.notPosted.some((p) => p.person === 'olu-adeyemi'), 'Olu skipped a day');
    const dom = await uiCheck<WebviewDom>('webviewText', {
      waitFor: '[data-test="update"]',
      contains: 'Pairing with Kenji',
      texts: { people: '[data-test="update"] [data-test="person"]', days: '[data-test="day"] h3', left: '[data-test="left-out"]' },
      counts: { hacked: 'body[data-hacked]', img: 'img' },
      ...(screenshotDir ? { screenshot: path.join(screenshotDir, 'team-standup.png') } : {}),
    });
    assert.equal(dom.texts.people[0], DEMO_LOGIN, 'newest first');
    assert.ok(dom.texts.days.length >= 2, dom.texts.days.join(' | '));
    assert.deepEqual(dom.texts.left, ['1 record claims another person: not shown.']);
  });

  it('shows another person\'s update posted on the thread, with its blocker and a hostile note as text', async () => {
    const kenji = github.state.user('kenji-sato')!;
    const update: StandupUpdate = {
      kind: 'standup', id: 'kenji-late', person: 'kenji-sato', iteration: DEMO_CURRENT_ITERATION, postedAt: new Date().toISOString(), timeZone: 'Asia/Tokyo',
      since: new Date(Date.now() - 86_400_000).toISOString(), done: [], doing: [],
      blocked: [{ reference: 'northwind/api#1', title: HOSTILE, reason: 'Awaiting review', since: new Date(Date.now() - 3 * 86_400_000).toISOString(), url: `${github.origin}/northwind/api/issues/1` }],
      interruptions: { count: 0, minutes: 0 }, commits: [], note: HOSTILE,
    };
    comment(github.state, thread(), { author: kenji, body: updateComment(draftText(update), update) });
    const view = await vscode.commands.executeCommand<TeamStandupView>('sprintFlow.openTeamStandup');
    const model = view.state === 'ready' ? view.model : assert.fail(JSON.stringify(view));
    assert.equal(model.days[0].updates[0].person, 'kenji-sato');
    assert.ok(model.blockers.some((b) => b.person === 'kenji-sato' && b.title === HOSTILE && (b.workingDays ?? 0) > 0));
    const page = await uiCheck<WebviewPage>('webviewSafety', { waitFor: '[data-test="update"][data-person="kenji-sato"]' });
    assert.deepEqual([page.counts.img, page.counts.anchor, page.counts.frame, page.counts.form], [0, 0, 0, 0]);
    assert.deepEqual(page.scripts, ['#_vscodeApiScript', 'teamStandup.js'], 'the page runs its own script and VS Code\'s only');
    assert.deepEqual(page.risky, []);
    assert.ok(page.text.includes(HOSTILE), 'the note and title are shown as typed');
    const filtered = await vscode.commands.executeCommand<TeamStandupView>('sprintFlow.openTeamStandup', { person: 'kenji-sato' });
    const only = filtered.state === 'ready' ? filtered.model : assert.fail();
    assert.deepEqual([...new Set(only.days.flatMap((d) => d.updates.map((u) => u.person)))], ['kenji-sato']);
  });

  it('posts for scripts with { text, post: true } and resolves with the comment\'s URL', async () => {
    const before = thread().comments.length;
    const url = await vscode.commands.executeCommand<string>('sprintFlow.postStandup', { text: 'Short one today: reviewing.\n', post: true });
    assert.match(url ?? '', /#issuecomment-\d+$/);
    assert.equal(thread().comments.length, before + 1);
    assert.ok(thread().comments.at(-1)!.body.startsWith('Short one today: reviewing.'));
  });

  it('escapes a hostile title of mine in the draft: no HTML, command link or mention reaches the comment', async () => {
    const me = github.state.user(DEMO_LOGIN)!;
    const hostile = issue(github.state, github.state.repo('northwind', 'web')!, { title: HOSTILE, author: me, assignees: [me] });
    addItem(github.state, demoProject(github), hostile, { Status: 'In progress', Iteration: DEMO_CURRENT_ITERATION, Estimate: 1 });
    assert.equal((await api.sprintView.refresh({ fullRead: true })).kind, 'sprint');
    await vscode.commands.executeCommand('sprintFlow.postStandup');
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.ok(text.includes('onerror'), 'the item is in the draft');
    assert.ok(!text.includes('<img') && !text.includes('](command:') && !text.includes('@everyone'), text);
    await vscode.commands.executeCommand('sprintFlow.discardStandupDraft');
  });

  it('keeps an abandoned draft for later, as I left it', async () => {
    await vscode.commands.executeCommand('sprintFlow.postStandup');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Half-written thought\n'));
    await editor.document.save();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.commands.executeCommand('sprintFlow.postStandup');
    assert.ok(vscode.window.activeTextEditor?.document.getText().startsWith('Half-written thought'), 'the same draft comes back');
    await vscode.commands.executeCommand('sprintFlow.discardStandupDraft');
    assert.equal(fs.existsSync(api.standup.standups.draftUri.fsPath), false);
  });

  it('offers a standup in the status bar once, when the reminder time has passed without an update today', async () => {
    await useSettings({ 'standup.reminder': '00:00' });
    await api.storage.globalState.update('sprintFlow.standup.reminderShownOn', undefined);
    // I posted today above: no reminder.
    await api.standup.reminder.check();
    assert.equal(api.standup.reminder.isShowing, false);
  });
});
