// The async standup in a real VS Code against the local GitHub's demo board (which holds three days of standups by
// five people): compose a draft from my sprint, edit it, post it with the draft's Post action, see it in Team
// Standup next to another person's update posted on the thread meanwhile; hostile titles and notes stay text. Then
// Team Standup names a board assignee who never posted, re-reads on Refresh and on its interval, and the same flow
// runs against a discussion category (and a category that does not exist).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { draftText, updateComment } from '../../src/core/standup/draft';
import { lastMarker } from '../../src/core/standup/thread';
import { StandupUpdate } from '../../src/core/standup/update';
import type { SprintFlowApi } from '../../src/extension';
import type { TeamStandupView } from '../../src/webview/protocol';
import { addItem, comment, DEMO_CURRENT_ITERATION, DEMO_LOGIN, DEMO_STANDUP_CATEGORY, discussionComment, FakeGitHub, issue, user } from '../fake-github';
import { DiscussionRec, IssueRec } from '../fake-github/model';
import { connectToDemo, demoProject, QUIET_REFRESH, resetSettings, sprintFlow, useSettings } from './sprintFixture';
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
  const discussionThread = (): DiscussionRec | undefined =>
    github.state.repo('northwind', 'infra')!.discussions.find((d) => d.title === `Standup · ${DEMO_CURRENT_ITERATION}` && !d.closed);
  const updateBy = (person: string, id: string, extra: Partial<StandupUpdate> = {}): StandupUpdate => ({
    kind: 'standup', id, person, iteration: DEMO_CURRENT_ITERATION, postedAt: new Date().toISOString(), timeZone: 'Europe/Lisbon',
    since: new Date(Date.now() - 86_400_000).toISOString(), done: [], doing: [], blocked: [], interruptions: { count: 0, minutes: 0 }, commits: [], ...extra,
  });
  const shownModel = () => {
    const view = api.standup.teamStandup()?.view;
    return view?.state === 'ready' ? view.model : undefined;
  };
  const until = async (what: string, condition: () => boolean, timeoutMs = 20_000) => {
    for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 200))) {
      if (Date.now() - started > timeoutMs) assert.fail(`timed out waiting for ${what}`);
    }
  };
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
    await useSettings({ 'interruptions.repository': undefined, 'standup.reminder': undefined, 'standup.discussionCategory': undefined, ...QUIET_REFRESH });
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
  it('names everyone assigned on the board who has not posted, including someone who never posted', async () => {
    const lena = user(github.state, 'lena-park', { name: 'Lena Park' });
    github.state.orgs.get('northwind')!.members.push(lena);
    const work = issue(github.state, github.state.repo('northwind', 'api')!, { title: 'Write the on-call handbook', author: lena, assignees: [lena] });
    addItem(github.state, demoProject(github), work, { Status: 'In progress', Iteration: DEMO_CURRENT_ITERATION, Estimate: 2 });
    await api.work.goals.refresh();
    const view = await vscode.commands.executeCommand<TeamStandupView>('sprintFlow.openTeamStandup');
    const model = view.state === 'ready' ? view.model : assert.fail(JSON.stringify(view));
    assert.deepEqual(model.notPosted.filter((p) => p.person === 'lena-park').map((p) => [p.person, p.lastPosted]), [['lena-park', undefined]]);
    assert.ok(model.people.includes('lena-park'), 'she is in the person filter too');
    assert.ok(!model.notPosted.some((p) => p.person === DEMO_LOGIN), 'I posted today');
    const dom = await uiCheck<WebviewDom>('webviewText', { waitFor: '[data-test="missing"]', contains: 'lena-park', texts: { missing: '[data-test="missing"]' }, counts: {} });
    assert.ok(dom.texts.missing.includes('lena-park · no update this iteration'), dom.texts.missing.join(' | '));
  });

  it('reads the thread again on Sprint Flow: Refresh and on its interval while visible, a bounded number of requests each time', async () => {
    await vscode.commands.executeCommand('sprintFlow.openTeamStandup');
    const priya = github.state.user('priya-nair')!;
    const refreshed = updateBy('priya-nair', 'priya-refresh', { note: 'Seen after Refresh.' });
    comment(github.state, thread(), { author: priya, body: updateComment(draftText(refreshed), refreshed) });
    assert.ok(!shownModel()?.days.some((d) => d.updates.some((u) => u.note === 'Seen after Refresh.')), 'not shown before a refresh');
    github.requestLog.length = 0;
    await vscode.commands.executeCommand('sprintFlow.refresh');
    assert.ok(shownModel()?.days.some((d) => d.updates.some((u) => u.person === 'priya-nair' && u.note === 'Seen after Refresh.')), 'the Refresh command re-read the thread');
    const standupReads = github.requestLog.filter((r) => /^(StandupThreads|RecentStandupThreads|StandupComments)$/.test(r.operationName ?? ''));
    assert.ok(standupReads.length >= 2 && standupReads.length <= 6, standupReads.map((r) => r.operationName).join(', '));

    await useSettings({ refreshIntervalMinutes: 0.02 });
    try {
      // Whatever read the new setting starts at once is over by then: what shows next, the timer read.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const diego = github.state.user('diego-alvarez')!;
      const later = updateBy('diego-alvarez', 'diego-interval', { note: 'Seen on the interval.' });
      comment(github.state, thread(), { author: diego, body: updateComment(draftText(later), later) });
      await until('the interval refresh', () => !!shownModel()?.days.some((d) => d.updates.some((u) => u.note === 'Seen on the interval.')));
    } finally {
      await useSettings(QUIET_REFRESH);
    }
  });

  it('posts to the iteration\'s discussion in the chosen category, and Team Standup reads it, leaving a stranger\'s forged update out', async () => {
    await useSettings({ 'standup.discussionCategory': DEMO_STANDUP_CATEGORY });
    const issueComments = thread().comments.length;
    const url = await vscode.commands.executeCommand<string>('sprintFlow.postStandup', { text: 'Posted to the Standups discussion.\n', post: true });
    assert.match(url ?? '', /\/northwind\/infra\/discussions\/\d+#discussioncomment-\d+$/);
    const discussion = discussionThread();
    assert.ok(discussion, 'the iteration\'s discussion was created');
    assert.equal(discussion.category.name, DEMO_STANDUP_CATEGORY);
    assert.deepEqual(discussion.comments.map((c) => [c.author.login, c.body.startsWith('Posted to the Standups discussion.')]), [[DEMO_LOGIN, true]]);
    assert.equal(thread().comments.length, issueComments, 'nothing went to the issue thread');

    const kenji = github.state.user('kenji-sato')!;
    const theirs = updateBy('kenji-sato', 'kenji-discussion', { note: 'Kenji in the discussion.' });
    discussionComment(github.state, discussion, { author: kenji, body: updateComment(draftText(theirs), theirs) });
    const mallory = github.state.user('mallory') ?? user(github.state, 'mallory');
    const forged = updateBy('kenji-sato', 'forged-discussion', { note: HOSTILE });
    discussionComment(github.state, discussion, { author: mallory, body: updateComment(draftText(forged), forged) });

    const view = await vscode.commands.executeCommand<TeamStandupView>('sprintFlow.openTeamStandup');
    const model = view.state === 'ready' ? view.model : assert.fail(JSON.stringify(view));
    assert.match(model.threadUrl ?? '', /\/northwind\/infra\/discussions\/\d+$/);
    const updates = model.days.flatMap((d) => d.updates);
    assert.deepEqual(updates.map((u) => [u.person, u.commentUrl === url || u.note === 'Kenji in the discussion.']), [['kenji-sato', true], [DEMO_LOGIN, true]]);
    assert.deepEqual(model.leftOut, ['1 record written by someone outside the team']);
    assert.ok(model.notPosted.some((p) => p.person === 'lena-park'), 'the board assignee who never posted');
    const dom = await uiCheck<WebviewDom>('webviewText', { waitFor: '[data-test="update"][data-person="kenji-sato"]', contains: 'Kenji in the discussion.', texts: { left: '[data-test="left-out"]', notes: '[data-test="note"]' }, counts: { hacked: 'body[data-hacked]' } });
    assert.deepEqual(dom.texts.left, ['1 record written by someone outside the team: not shown.']);
    assert.ok(!dom.texts.notes.some((n) => n.includes('onerror')), 'the forged note is not shown');
    assert.equal(dom.counts.hacked, 0);
  });

  it('says which setting to change for a category the repository does not have, and sends the waiting update once it is fixed', async () => {
    await useSettings({ 'standup.discussionCategory': 'Daily standups' });
    const view = await vscode.commands.executeCommand<TeamStandupView>('sprintFlow.openTeamStandup');
    assert.equal(view.state, 'message');
    assert.match(view.state === 'message' ? view.message : '', /^northwind\/infra has no discussion category "Daily standups"\. Set sprintFlow\.standup\.discussionCategory to one of its categories, or leave it empty to post to an issue thread\./);
    const before = discussionThread()!.comments.length;
    const url = await vscode.commands.executeCommand<string>('sprintFlow.postStandup', { text: 'Waiting for the right category.\n', post: true });
    assert.equal(url, undefined, 'it waits');
    const waiting = (await api.standup.standups.journal.read()).entries.filter((e) => e.state !== 'synced');
    assert.deepEqual(waiting.map((e) => [e.state, e.failure?.includes('has no discussion category "Daily standups"')]), [['failed', true]]);
    assert.equal(discussionThread()!.comments.length, before);

    await useSettings({ 'standup.discussionCategory': DEMO_STANDUP_CATEGORY });
    const sent = () => discussionThread()!.comments.filter((c) => c.body.startsWith('Waiting for the right category.')).length;
    await until('the waiting update to be sent', () => sent() > 0);
    await api.standup.standups.sendNow();
    assert.equal(sent(), 1, 'sent once');
    await useSettings({ 'standup.discussionCategory': undefined });
  });
});
