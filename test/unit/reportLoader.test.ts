import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { buildTeamReport } from '../../src/core/report/teamReport';
import { loadReport } from '../../src/github/reportLoader';
import { DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, GitHubState, startFakeGitHub } from '../fake-github';
import { DEMO_LEAVER, DEMO_REPORT_ITERATIONS } from '../fake-github/demoReport';
import { apiFor } from './githubHarness';

const operations = (github: FakeGitHub) => github.requestLog.map((r) => r.operationName).filter((o) => o !== 'ProjectItemsArguments');

describe('loading the team report from GitHub', () => {
  let state: GitHubState;
  let github: FakeGitHub;

  before(() => {
    state = demoBoard();
  });

  afterEach(() => github.close());

  async function demoReport(itemsQuery: boolean) {
    github = await startFakeGitHub({ state, switches: { itemsQuery } });
    const api = apiFor(github, DEMO_TOKEN);
    const load = await loadReport(api, parseProjectUrl(demoProjectUrl(github.origin)), { fieldOverrides: {}, now: new Date(), timeZone: 'UTC' });
    assert.equal(load.kind, 'ready');
    return load.kind === 'ready' ? load : assert.fail();
  }

  it('reads the current and previous five iterations in six requests with items(query:) (besides the once-per-window capability check)', async () => {
    const load = await demoReport(true);
    assert.deepEqual(load.source.iterations.map((it) => it.title), DEMO_REPORT_ITERATIONS);
    assert.deepEqual(operations(github).sort(), ['ProjectBoard', 'ReportItemComments', 'ReportItemComments', 'ReportItems', 'ReportItems', 'TeamLogEntries']);
    const started = performance.now();
    const report = buildTeamReport(load.source, { hoursPerDay: 6, timeZone: 'UTC', now: new Date(), goalLabel: 'sprint-goal' });
    console.log(`      aggregation: ${(performance.now() - started).toFixed(1)} ms, ${load.source.items.length} items, ${load.source.interruptions.length} entries`);
    assert.ok(report.people.includes(DEMO_LEAVER));
  });
});
