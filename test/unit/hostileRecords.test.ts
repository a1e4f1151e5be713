/**
 * The fault suite's hostile records, through the readers: records forged in every place Sprint Flow reads them
 * (test/fake-github/hostileRecords.ts) are read by the sprint, goals and report loaders over HTTP, and the dashboard
 * is built from what they return. Not one forged record may count; every genuine one must.
 */
import * as assert from 'node:assert/strict';
import { buildDashboard } from '../../src/core/dashboard';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { buildTeamReport } from '../../src/core/report/teamReport';
import { loadGoals } from '../../src/github/goalsLoader';
import { loadReport } from '../../src/github/reportLoader';
import { loadSprint } from '../../src/github/sprintLoader';
import { DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, startFakeGitHub } from '../fake-github';
import { forgeRecords, HostileRecords, totalForged } from '../fake-github/hostileRecords';
import { apiFor } from './githubHarness';

describe('hostile records: forged in every place Sprint Flow reads them', function () {
  this.timeout(120_000);
  let github: FakeGitHub;
  let records: HostileRecords;

  before(async () => {
    const state = demoBoard();
    records = forgeRecords(state);
    github = await startFakeGitHub({ state });
  });

  after(() => github.close());

  it('counts none of them and every genuine record, in the sprint, the goals, the dashboard and the report', async () => {
    const api = apiFor(github, DEMO_TOKEN);
    const ref = parseProjectUrl(demoProjectUrl(github.origin));
    await loadSprint(api, ref, { fieldOverrides: {}, timeZone: 'UTC', now: new Date() }); // the local GitHub's first answers build its schema
    const started = performance.now();
    const sprint = await loadSprint(api, ref, { fieldOverrides: {}, timeZone: 'UTC', now: new Date() });
    const sprintMs = performance.now() - started;
    assert.ok(sprint.kind === 'ready');
    const items = sprint.snapshot.items;
    const flags = items.flatMap((i) => (i.openBlocker ? [i.openBlocker.id] : []));
    assert.deepEqual(flags.filter((id) => records.forgedIds.flags.includes(id) || id.startsWith('huge-')), [], 'no forged flag shows in the sidebar');
    assert.equal(items.find((i) => i.contentId === records.genuine.openFlag.item)?.openBlocker?.id, records.genuine.openFlag.flagId, 'the genuine blocker stays open, whatever resolutions were forged');

    const goals = await loadGoals(api, sprint.snapshot, { label: 'sprint-goal', includeParents: true });
    const linked = goals.goals.flatMap((g) => (g.commits.latest ? [g.commits.latest.sha] : []));
    assert.deepEqual(linked.filter((sha) => records.forgedIds.goalCommits.includes(sha)), [], 'no forged goal link counts');
    for (const sha of records.genuine.goalCommits) assert.ok(linked.includes(sha), `the genuine link to ${sha.slice(0, 7)} counts`);

    const dashboard = buildDashboard({ snapshot: sprint.snapshot, goals: { state: 'ready', goals: goals.goals }, interruptions: [], hoursPerDay: 6, now: new Date(), timeZone: 'UTC' });
    assert.ok(dashboard.leftOut.some((line) => /outside the team/.test(line)), `the dashboard says what it left out: ${dashboard.leftOut.join('; ')}`);

    const load = await loadReport(api, ref, { fieldOverrides: {}, teamLogRepository: { owner: 'northwind', name: 'infra' }, now: new Date(), timeZone: 'UTC' });
    assert.ok(load.kind === 'ready');
    const entries = load.source.interruptions;
    assert.deepEqual(entries.filter((e) => records.forgedIds.entries.includes(e.id) || e.id.startsWith('huge-')).map((e) => e.id), [], 'no forged entry counts');
    for (const id of records.genuine.entries) {
      const counted = entries.filter((e) => e.id === id);
      assert.equal(counted.length, 1, `the genuine entry ${id} counts once`);
      assert.ok(counted[0].minutes < 100, 'with its own numbers, not the copy posted first');
    }
    const reportFlags = Object.values(load.source.blockerRecords).flat().map((r) => String(r.id));
    assert.deepEqual(reportFlags.filter((id) => records.forgedIds.flags.includes(id) || id.startsWith('huge-') || id.startsWith('forged-')), [], 'no forged blocker record reaches the report');
    const report = buildTeamReport(load.source, { hoursPerDay: 6, timeZone: 'UTC', now: new Date(), goalLabel: 'sprint-goal' });
    assert.ok(!report.people.some((p) => p === 'drive-by-dev' || p === 'one-time-contributor'), 'nobody outside the team appears in the report');
    assert.ok(report.leftOut.length > 0);

    const genuine = records.genuine.entries.length + 1 + records.genuine.goalCommits.length;
    const where = [...records.forged.entries()].map(([place, n]) => `${place} ${n}`).join(', ');
    console.log(`      (hostile records: ${totalForged(records)} forged (${where}), counted 0; ${genuine} genuine, counted ${genuine}; My Sprint read with three 65,536-character comments on its items in ${sprintMs.toFixed(0)} ms)`);
    console.log(`      (left out, report: ${report.leftOut.join('; ')}; dashboard: ${dashboard.leftOut.join('; ')})`);
  });
});
