// Hostile records in a real VS Code: the demo board with records forged in every place Sprint Flow reads them and
// GitHub's largest comments packed with forged markers (test/fake-github/hostileRecords.ts). The sidebar, the
// dashboard and the team report count none of the forgeries and every genuine record, say what they left out, and
// the extension keeps answering while it reads them.
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { TeamReport } from '../../src/core/report/model';
import type { SprintFlowApi } from '../../src/extension';
import type { DashboardView } from '../../src/webview/protocol';
import { DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, startFakeGitHub } from '../fake-github';
import { IssueRec } from '../fake-github/model';
import { CONTRIBUTOR_LOGIN, forgeRecords, HostileRecords, STRANGER_LOGIN, totalForged } from '../fake-github/hostileRecords';
import { resetSettings, sprintFlow, useSettings } from './sprintFixture';
import { uiCheck } from './workbench';

describe('Sprint Flow with hostile records on GitHub', function () {
  this.timeout(180_000);
  let api: SprintFlowApi;
  let github: FakeGitHub;
  let records: HostileRecords;

  before(async () => {
    api = await sprintFlow();
    const state = demoBoard();
    records = forgeRecords(state);
    github = await startFakeGitHub({ state });
    await useSettings({ githubApiUrl: github.apiUrl, project: demoProjectUrl(github.origin), 'interruptions.repository': 'northwind/infra' });
    await vscode.commands.executeCommand('sprintFlow.signInWithToken', { token: DEMO_TOKEN });
  });

  after(async () => {
    api.panels.dashboard()?.dispose();
    api.panels.teamReport()?.dispose();
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await useSettings({ 'interruptions.repository': undefined });
    await resetSettings();
    await github.close();
  });

  it('keeps answering while it reads 65,536-character comments full of forged markers, and shows no forged blocker', async () => {
    // The huge comments' items changed since the sign-in's refresh, so this refresh reads their comments again. The
    // extension host's event loop is watched meanwhile: its longest stall is how long a person would wait for it.
    for (const id of records.hugeBodiesOn) (github.state.node(id) as IssueRec).updatedAt = new Date();
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    const refreshed = await api.sprintView.refresh();
    stalls.disable();
    const longestStallMs = stalls.max / 1e6;
    assert.equal(refreshed.kind, 'sprint');
    assert.ok(longestStallMs < 1_000, `the extension host never stopped answering for ${longestStallMs.toFixed(0)} ms`);
    const items = api.store.snapshot!.items;
    const open = items.flatMap((i) => (i.openBlocker ? [i.openBlocker.id] : []));
    assert.deepEqual(open.filter((id) => records.forgedIds.flags.includes(id) || id.startsWith('huge-')), [], 'no forged flag in the sidebar');
    assert.equal(items.find((i) => i.contentId === records.genuine.openFlag.item)?.openBlocker?.id, records.genuine.openFlag.flagId, 'the genuine blocker stays open');
    assert.ok(items.some((i) => i.leftOutRecords?.['outside-team']), 'the items remember what was left out');
    console.log(`      (longest stall of the extension host while My Sprint read three 65,536-character comments: ${longestStallMs.toFixed(0)} ms)`);
  });

  it('says on the dashboard how many records it left out and why', async () => {
    const view = await vscode.commands.executeCommand<DashboardView>('sprintFlow.openDashboard');
    const model = view?.state === 'ready' ? view.model : assert.fail('the dashboard shows my sprint');
    assert.ok(model.leftOut.some((line) => /written by people outside the team/.test(line)), model.leftOut.join('; '));
    const dom = await uiCheck<{ texts: Record<string, string[]> }>('webviewText', { waitFor: '[data-test="left-out"]', texts: { leftOut: '[data-test="left-out"]' } });
    assert.match(dom.texts.leftOut[0], /^Not counted: \d+ records written by people outside the team/);
  });

  it('counts no forged entry, flag or person in the team report, every genuine entry once, and says what it left out', async () => {
    const report = await vscode.commands.executeCommand<TeamReport>('sprintFlow.openTeamReport', { iterations: 1 });
    assert.ok(report, 'the report was read');
    assert.ok(!report.people.includes(STRANGER_LOGIN) && !report.people.includes(CONTRIBUTOR_LOGIN), `nobody outside the team: ${report.people.join(', ')}`);
    const leftOut = report.leftOut.join('; ');
    assert.match(leftOut, /records written by people outside the team/);
    assert.match(leftOut, /claim another person/);
    assert.match(leftOut, /edited by someone other than/);
    const dom = await uiCheck<{ texts: Record<string, string[]> }>('webviewText', { waitFor: '[data-test="left-out"]', texts: { leftOut: '[data-test="left-out"]' } });
    assert.ok(dom.texts.leftOut[0].startsWith('Not counted: '), dom.texts.leftOut[0]);
    // Every forged entry claims 700 minutes or more of the viewer's or a colleague's time: one counted would show.
    const current = report.iterations.at(-1)!.title;
    const heaviest = Math.max(...report.interruptions.byPersonAndIteration.filter((r) => r.iteration === current).map((r) => r.minutes));
    assert.ok(heaviest < 700, `no one's interruptions in ${current} include a forged entry (most: ${heaviest} min)`);
    console.log(`      (hostile records in VS Code: ${totalForged(records)} forged, counted 0; left out: ${leftOut})`);
  });
});
