// The sprint review in a real VS Code against the local GitHub: it opens on the demo board's last ended iteration
// with the numbers its seed put there, draws them, and publishing adds exactly one project status update.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SprintReview } from '../../src/core/review/model';
import type { DashboardView } from '../../src/webview/protocol';
import { DEMO_CURRENT_ITERATION } from '../fake-github/demo';
import type { SprintFlowApi } from '../../src/extension';
import { FakeGitHub } from '../fake-github';
import { DEMO_REVIEW_ITERATION, demoReviewFacts } from '../fake-github/demoReview';
import { statusUpdatesOf } from '../fake-github/statusUpdates';
import { connectToDemo, demoProject, resetSettings, sprintFlow } from './sprintFixture';
import { uiCheck } from './workbench';

const screenshotDir = process.env.SPRINT_FLOW_SCREENSHOT_DIR;

describe('Sprint review', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub;

  before(async () => {
    api = await sprintFlow();
    github = await connectToDemo();
  });

  after(async () => {
    api.panels.sprintReview()?.dispose();
    api.panels.dashboard()?.dispose();
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
  });

  it('opens on the last ended iteration of the demo board with the numbers of its seed', async () => {
    const review = (await vscode.commands.executeCommand('sprintFlow.openSprintReview')) as SprintReview | undefined;
    assert.ok(review, 'the review was read');
    const facts = demoReviewFacts(github.state)!;
    assert.equal(review.iteration.title, DEMO_REVIEW_ITERATION);
    assert.equal(review.hasSnapshot, true);
    assert.equal(review.committed.items, facts.committed.length);
    assert.equal(review.added.items, facts.added.length);
    assert.equal(review.removed.items, facts.removed.length);
    assert.equal(review.carriedOver.byDestination['next-iteration'], facts.carriedToNext.length);
    assert.equal(review.carriedOver.byDestination.backlog, facts.toBacklog.length);
    const dom = await uiCheck<{ texts: Record<string, string[]> }>('webviewText', {
      waitFor: '[data-test="review-summary"]',
      texts: { summary: '[data-test="review-summary"] tbody tr', days: '[data-test="burn-up-table"] tbody tr' },
      ...(screenshotDir ? { screenshot: path.join(screenshotDir, 'sprint-review.png') } : {}),
    });
    assert.ok(dom.texts.summary.some((row) => row.startsWith('Committed at the start') && row.includes(`${facts.committed.length} items`)));
    assert.equal(dom.texts.days.length, 14);
  });

  it('publishes the review as one project status update with the status asked for', async () => {
    const project = demoProject(github);
    const before = statusUpdatesOf(project).length;
    const id = (await vscode.commands.executeCommand('sprintFlow.publishSprintReview', { iteration: DEMO_REVIEW_ITERATION, status: 'AT_RISK' })) as string | undefined;
    const after = statusUpdatesOf(project);
    assert.equal(after.length, before + 1);
    const created = after.find((u) => u.id === id)!;
    assert.equal(created.status, 'AT_RISK');
    assert.match(created.body ?? '', /^# Sprint review · Iteration 41/);
    assert.equal(created.creator?.login, 'mara-jensen');
  });

  it('publishes nothing when a script names a status GitHub does not have, and says so', async () => {
    const project = demoProject(github);
    const before = statusUpdatesOf(project).length;
    const id = await vscode.commands.executeCommand('sprintFlow.publishSprintReview', { iteration: DEMO_REVIEW_ITERATION, status: 'sideways' });
    assert.equal(id, undefined);
    assert.equal(statusUpdatesOf(project).length, before);
    await vscode.commands.executeCommand('notifications.showList');
    const shown = await uiCheck<{ message: string }>('notification', { contains: '"sideways" is not a status' });
    assert.match(shown.message, /Use one of ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE, INACTIVE/);
  });

  it('resolves with nothing for an iteration the board does not have, and says which', async () => {
    const review = await vscode.commands.executeCommand('sprintFlow.openSprintReview', { iteration: 'Iteration 99' });
    assert.equal(review, undefined);
    const dom = await uiCheck<{ texts: Record<string, string[]> }>('webviewText', { waitFor: '[data-test="message"]', texts: { message: '[data-test="message"]' } });
    assert.deepEqual(dom.texts.message, ['The board has no iteration named "Iteration 99".']);
  });

  it('draws the same burn-up for the running iteration in the sprint dashboard', async () => {
    const review = (await vscode.commands.executeCommand('sprintFlow.openSprintReview', { iteration: DEMO_CURRENT_ITERATION })) as SprintReview | undefined;
    assert.equal(review?.iteration.title, DEMO_CURRENT_ITERATION);
    assert.equal(review.phase, 'running');
    api.panels.sprintReview()?.dispose();
    const view = await vscode.commands.executeCommand<DashboardView>('sprintFlow.openDashboard');
    const burnUp = view?.state === 'ready' ? view.model.burnUp : assert.fail(`the dashboard is ${view?.state}`);
    const series = burnUp.state === 'ready' ? burnUp.series : assert.fail(JSON.stringify(burnUp));
    assert.equal(series.iterationTitle, DEMO_CURRENT_ITERATION);
    assert.deepEqual(series.days, review.burnUp);
    assert.ok(series.days.length >= 1 && series.days.length <= 14);
    const dom = await uiCheck<{ texts: Record<string, string[]> }>('webviewText', {
      waitFor: '[data-test="burn-up-table"]',
      contains: 'Team burn-up',
      texts: { days: '[data-test="burn-up-table"] tbody tr' },
    });
    assert.equal(dom.texts.days.length, series.days.length);
  });
});
