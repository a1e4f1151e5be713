import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { buildTeamReport } from '../../src/core/report/teamReport';
import { buildSprintReview } from '../../src/core/review/review';
import { reviewMarkdown } from '../../src/core/review/markdown';
import { loadReport } from '../../src/github/reportLoader';
import { loadSprintReview } from '../../src/github/review/reviewLoader';
import { publishStartSnapshot } from '../../src/github/review/startSnapshot';
import { readStatusUpdates } from '../../src/github/review/statusUpdates';
import { addItem, board, GitHubState, issue, org, repo, startFakeGitHub, user } from '../fake-github';
import { apiFor } from './githubHarness';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('estimates in tenths of a point', () => {
  it('add up to the points the team wrote in the review, the team report and the sprint-start snapshot', async () => {
    const state = new GitHubState();
    state.clock = () => new Date('2026-03-09T09:00:00Z'); // planned on the sprint's first morning
    const me = user(state, 'mia');
    state.addToken('mia-token', 'mia');
    org(state, 'acme', { members: [me] });
    const code = repo(state, 'acme/api', { writers: [me] });
    const project = board(state, 'acme', { title: 'Days', writers: [me], iterations: { startDate: '2026-03-09', count: 2 }, fields: [{ name: 'Estimate', type: 'NUMBER' }] });
    for (const [title, estimate] of [['A morning', 0.1], ['Two hours', 0.2]] as const) {
      addItem(state, project, issue(state, code, { title, assignees: [me] }), { Iteration: 'Iteration 1', Estimate: estimate });
    }
    state.clock = () => NOW;
    const github = await startFakeGitHub({ state, clock: () => NOW });
    try {
      const api = apiFor(github, 'mia-token');
      const ref = parseProjectUrl(`${github.origin}/orgs/acme/projects/${project.number}`);
      const when = { now: NOW, timeZone: 'UTC' };

      const review = await loadSprintReview(api, ref, { fieldOverrides: {}, hoursPerDay: 6, goalLabel: 'sprint-goal', ...when });
      assert.ok(review.kind === 'ready');
      const built = buildSprintReview(review.source, { ...when, goalLabel: 'sprint-goal' });
      assert.equal(built.scope.points, 0.3);
      assert.ok(!reviewMarkdown(built).includes('0.30000000000000004'));
      assert.equal(built.burnUp[built.burnUp.length - 1].scopePoints, 0.3);

      const report = await loadReport(api, ref, { fieldOverrides: {}, ...when });
      assert.ok(report.kind === 'ready');
      const balance = buildTeamReport(report.source, { hoursPerDay: 6, ...when, goalLabel: 'sprint-goal' }).workBalance;
      const points = balance.byIteration.flatMap((row) => row.categories.map((c) => c.points ?? 0)).filter((p) => p > 0);
      assert.deepEqual(points, [0.3]);

      const published = await publishStartSnapshot(api, ref, { fieldOverrides: {}, goals: { label: 'sprint-goal', includeParents: false }, ...when });
      assert.equal(published.kind, 'published');
      const [update] = await readStatusUpdates(api, project.id);
      assert.match(update.body, /, 0\.3 points committed/);
    } finally {
      await github.close();
    }
  });
});
