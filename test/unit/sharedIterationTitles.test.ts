import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { loadReport } from '../../src/github/reportLoader';
import { loadSprintReview } from '../../src/github/review/reviewLoader';
import { addItem, board, FakeGitHub, GitHubState, issue, org, repo, startFakeGitHub, user } from '../fake-github';
import { apiFor } from './githubHarness';

const NOW = new Date('2026-03-11T12:00:00Z');

/** A board whose weekly iterations are all titled "Week" (Feb 23, Mar 2, Mar 9), one item of mine in each. */
function weeksBoard(state: GitHubState) {
  const me = user(state, 'mia');
  state.addToken('mia-token', 'mia');
  org(state, 'acme', { members: [me] });
  const code = repo(state, 'acme/api', { writers: [me] });
  const project = board(state, 'acme', { title: 'Weeks', fields: [{ name: 'Sprint', type: 'ITERATION', startDate: '2026-02-23', count: 3, duration: 7 }] });
  const iterations = project.fields.find((f) => f.name === 'Sprint')!.iterationConfig!.iterations;
  iterations.forEach((it, i) => {
    it.title = 'Week';
    addItem(state, project, issue(state, code, { title: `Work of week ${i + 1}`, assignees: [me] }), { Sprint: it.id });
  });
  return project;
}

describe('iterations that share a title', () => {
  let github: FakeGitHub;
  afterEach(() => github.close());

  for (const itemsQuery of [true, false]) {
    const how = itemsQuery ? 'with items(query:)' : 'without items(query:)';

    it(`counts every iteration's items in the team report and the sprint review, not only the first one's (${how})`, async () => {
      const state = new GitHubState();
      state.clock = () => NOW;
      const project = weeksBoard(state);
      github = await startFakeGitHub({ state, clock: () => NOW, switches: { itemsQuery } });
      const api = apiFor(github, 'mia-token');
      const ref = parseProjectUrl(`${github.origin}/orgs/acme/projects/${project.number}`);
      const report = await loadReport(api, ref, { fieldOverrides: {}, now: NOW, timeZone: 'UTC' });
      assert.ok(report.kind === 'ready');
      assert.deepEqual(report.source.items.map((i) => i.title).sort(), ['Work of week 1', 'Work of week 2', 'Work of week 3']);
      const review = await loadSprintReview(api, ref, { fieldOverrides: {}, now: NOW, timeZone: 'UTC', hoursPerDay: 6, goalLabel: 'sprint-goal' });
      assert.ok(review.kind === 'ready');
      assert.equal(review.source.iteration.startDate, '2026-03-02', 'the last one that ended');
      assert.deepEqual(review.source.items.map((i) => i.title), ['Work of week 2']);
    });
  }
});
