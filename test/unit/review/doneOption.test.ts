import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../../src/core/projectUrl';
import { buildSprintReview } from '../../../src/core/review/review';
import { loadSprintReview } from '../../../src/github/review/reviewLoader';
import { addItem, board, GitHubState, issue, org, repo, startFakeGitHub, user } from '../../fake-github';
import { recordStatusChange } from '../../fake-github/projectItemHistory';
import { apiFor } from '../githubHarness';

const NOW = new Date('2026-03-18T12:00:00Z');

describe('the sprint review on a board whose status is not GitHub\'s Done', () => {
  it('never counts the blocked option as done, even when it is the last option', async () => {
    const state = new GitHubState();
    state.clock = () => new Date('2026-03-10T12:00:00Z'); // the board's items were set during the sprint
    const me = user(state, 'mia');
    state.addToken('mia-token', 'mia');
    org(state, 'acme', { members: [me] });
    const code = repo(state, 'acme/api', { writers: [me] });
    const project = board(state, 'acme', {
      title: 'Stages',
      status: [],
      iterations: { startDate: '2026-03-02', count: 2 },
      fields: [{ name: 'Stage', type: 'SINGLE_SELECT', options: ['Todo', 'Doing', 'Live', 'On hold'] }],
    });
    addItem(state, project, issue(state, code, { title: 'Waiting on a vendor', assignees: [me] }), { Iteration: 'Iteration 1', Stage: 'On hold' });
    addItem(state, project, issue(state, code, { title: 'Half way', assignees: [me] }), { Iteration: 'Iteration 1', Stage: 'Doing' });
    addItem(state, project, issue(state, code, { title: 'Shipped and closed', assignees: [me], state: 'CLOSED' }), { Iteration: 'Iteration 1', Stage: 'Live' });
    state.clock = () => NOW;
    const github = await startFakeGitHub({ state, clock: () => NOW });
    try {
      const api = apiFor(github, 'mia-token');
      const load = await loadSprintReview(api, parseProjectUrl(`${github.origin}/orgs/acme/projects/${project.number}`), {
        fieldOverrides: {}, hoursPerDay: 6, goalLabel: 'sprint-goal', now: NOW, timeZone: 'UTC',
      });
      assert.ok(load.kind === 'ready', load.kind === 'problem' ? load.message : '');
      assert.equal(load.source.fields.blockedOption?.name, 'On hold');
      const review = buildSprintReview(load.source, { timeZone: 'UTC', now: NOW, goalLabel: 'sprint-goal' });
      assert.equal(review.scope.items, 3);
      assert.equal(review.done.items, 1, 'only the closed item is done');
    } finally {
      await github.close();
    }
  });

  it('judges done by the team\'s own status field, not by the built-in Status changes GitHub records', async () => {
    const state = new GitHubState();
    const during = new Date('2026-03-10T12:00:00Z');
    state.clock = () => during;
    const me = user(state, 'mia');
    state.addToken('mia-token', 'mia');
    org(state, 'acme', { members: [me] });
    const code = repo(state, 'acme/api', { writers: [me] });
    const project = board(state, 'acme', {
      title: 'Stages beside Status',
      iterations: { startDate: '2026-03-02', count: 2 },
      fields: [{ name: 'Stage', type: 'SINGLE_SELECT', options: ['Todo', 'Doing', 'Live'] }],
    });
    const live = issue(state, code, { title: 'Live but open', assignees: [me] });
    addItem(state, project, live, { Iteration: 'Iteration 1', Stage: 'Live', Status: 'In Progress' });
    // Automation moved the built-in Status, which the team does not use; GitHub records that on the timeline.
    recordStatusChange(live, { project, previousStatus: 'Todo', status: 'In Progress', actor: me, at: during });
    state.clock = () => NOW;
    const github = await startFakeGitHub({ state, clock: () => NOW });
    try {
      const load = await loadSprintReview(apiFor(github, 'mia-token'), parseProjectUrl(`${github.origin}/orgs/acme/projects/${project.number}`), {
        fieldOverrides: { status: 'Stage' }, hoursPerDay: 6, goalLabel: 'sprint-goal', now: NOW, timeZone: 'UTC',
      });
      assert.ok(load.kind === 'ready', load.kind === 'problem' ? load.message : '');
      const review = buildSprintReview(load.source, { timeZone: 'UTC', now: NOW, goalLabel: 'sprint-goal' });
      assert.equal(review.done.items, 1, 'in the Stage field\'s done option, Live');
    } finally {
      await github.close();
    }
  });
});
