// Network faults and rate limits in a real VS Code: what the user sees, what stays on screen, what GitHub is sent.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SprintFlowApi } from '../../src/extension';
import { REQUEST_TIMEOUT_ENVIRONMENT_VARIABLE } from '../../src/services/githubAccount';
import type { SprintViewState } from '../../src/services/sprintStore';
import { FakeGitHub, RequestLogEntry } from '../fake-github';
import { connectToDemo, expectedSprint, QUIET_REFRESH, resetSettings, shownSprint, sprintFlow, useSettings } from './sprintFixture';
import { treeRows, uiCheck } from './workbench';

// About a second between automatic refreshes, so a burst would show within a few seconds.
const FAST_REFRESH_MINUTES = 0.02;
const REQUEST_TIMEOUT_MS = 1_500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, read: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ; await sleep(100)) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
  }
}

/** Every state the store goes through while a test runs. */
function recordStates(api: SprintFlowApi): { states: SprintViewState[]; dispose(): void } {
  const states: SprintViewState[] = [];
  const subscription = api.store.onDidChange((state) => states.push(state));
  return { states, dispose: () => subscription.dispose() };
}

/** The minute a reset time shows as, for a reset `seconds` from now (GitHub rounds the reset up to a whole second). */
function resetClocks(seconds: number): string[] {
  const at = (s: number) => new Date(Date.now() + s * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return [...new Set([at(seconds - 1), at(seconds), at(seconds + 2)])];
}

function faultCounts(log: readonly RequestLogEntry[]): Record<string, number> {
  const counts: Record<string, number> = { requests: log.length };
  for (const entry of log) {
    if (entry.fault) counts[entry.fault] = (counts[entry.fault] ?? 0) + 1;
  }
  return counts;
}

describe('Network faults and rate limits in the sidebar', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub | undefined;
  const unhandled: unknown[] = [];
  const recordUnhandled = (error: unknown) => unhandled.push(error);

  before(async () => {
    api = await sprintFlow();
    process.env[REQUEST_TIMEOUT_ENVIRONMENT_VARIABLE] = String(REQUEST_TIMEOUT_MS);
    process.on('unhandledRejection', recordUnhandled);
    process.on('uncaughtException', recordUnhandled);
  });

  beforeEach(async () => {
    unhandled.length = 0;
    github = await connectToDemo();
    await api.sprintView.refresh();
    assert.equal(api.store.state.kind, 'sprint');
    await vscode.commands.executeCommand('sprintFlow.sprint.focus');
  });

  afterEach(async () => {
    await useSettings(QUIET_REFRESH);
    await github?.close();
    github = undefined;
  });

  after(async () => {
    process.off('unhandledRejection', recordUnhandled);
    process.off('uncaughtException', recordUnhandled);
    delete process.env[REQUEST_TIMEOUT_ENVIRONMENT_VARIABLE];
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
  });

  it('keeps the sprint on screen under a long rate limit, says when it lifts, and sends GitHub nothing until then', async function () {
    this.timeout(60_000);
    const expected = expectedSprint(github!);
    github!.switches.rateLimited = { kind: 'primary', seconds: 600 };
    github!.requestLog.length = 0;
    const recorder = recordStates(api);
    try {
      await useSettings({ refreshIntervalMinutes: FAST_REFRESH_MINUTES });
      await waitFor('the rate limit to be shown', () => api.store.state.kind === 'sprint' && api.store.state.problem?.kind === 'rateLimited');
      const rows = await treeRows('My Sprint', { contains: 'rate limit' });
      const clocks = resetClocks(600);
      assert.ok(clocks.some((clock) => rows[0].label === `GitHub's rate limit is used up until ${clock}. Sprint Flow will try again later.`), rows[0].label);
      assert.deepEqual(shownSprint(api), expected, 'the last sprint stays');
      // Requests already under way when the limit was first seen may still arrive; after that, silence.
      await sleep(1_000);
      const sent = github!.requestLog.length;
      const refreshesBefore = recorder.states.length;
      await sleep(6_000);
      assert.ok(recorder.states.length - refreshesBefore >= 4, 'the automatic refresh went on ticking');
      assert.deepEqual(github!.requestLog.slice(sent), [], 'nothing was sent before the reset');
      assert.ok(sent <= 3, `${sent} requests reached GitHub under the limit: ${github!.requestLog.map((e) => e.operationName).join(', ')}`);
      assert.ok(recorder.states.every((s) => s.kind === 'sprint'), 'the sprint never left the screen');
      console.log(`      (${sent} requests under a 10-minute limit, ${recorder.states.length} view updates from the automatic refresh)`);
    } finally {
      recorder.dispose();
    }
    assert.deepEqual(unhandled, []);
  });

  it('says in the status bar how long GitHub asked it to wait, then shows the sprint again', async function () {
    this.timeout(60_000);
    github!.switches.rateLimited = { kind: 'secondary', seconds: 3 };
    github!.requestLog.length = 0;
    const refreshing = api.sprintView.refresh();
    await uiCheck('statusBarText', { contains: 'GitHub asked Sprint Flow to wait 3 s (secondary rate limit); it will retry then.' });
    const state = await refreshing;
    assert.ok(state.kind === 'sprint' && !state.problem, JSON.stringify(state.kind === 'sprint' ? state.problem : state));
    assert.deepEqual(shownSprint(api), expectedSprint(github!));
    const limited = github!.requestLog.filter((e) => e.fault === 'rateLimited');
    const firstRetry = github!.requestLog.find((e) => !e.fault);
    assert.ok(limited.length >= 1 && firstRetry);
    assert.ok(firstRetry.timestamp - limited[0].timestamp >= 3_000 - 20, `came back after ${firstRetry.timestamp - limited[0].timestamp} ms`);
    assert.deepEqual(unhandled, []);
  });

  it('ends showing the sprint after automatic refreshes through random 502/503s, timeouts and resets, with nothing unhandled', async function () {
    this.timeout(240_000);
    const expected = expectedSprint(github!);
    Object.assign(github!.switches, { failRate: 0.3, timeoutRate: 0.1, resetRate: 0.1 });
    github!.requestLog.length = 0;
    const recorder = recordStates(api);
    try {
      await useSettings({ refreshIntervalMinutes: FAST_REFRESH_MINUTES });
      const loaded = () => recorder.states.filter((s) => s.kind === 'sprint' && !s.refreshing && !s.problem).length;
      const struck = (fault: string) => github!.requestLog.some((e) => e.fault === fault);
      await waitFor(
        'three refreshes that loaded, with every kind of fault struck',
        () => loaded() >= 3 && ['serverError', 'timeout', 'reset'].every(struck),
        200_000,
      );
      Object.assign(github!.switches, { failRate: 0, timeoutRate: 0, resetRate: 0 });
      await useSettings({ refreshIntervalMinutes: 0 });
      // A refresh started while faults were on may still be running, and a new refresh would share it; let it end first.
      await api.sprintView.refresh();
      const final = await api.sprintView.refresh();
      assert.ok(final.kind === 'sprint' && !final.problem);
      assert.deepEqual(shownSprint(api), expected);
      const [firstItem] = [...expected.values()][0];
      await treeRows('My Sprint', { contains: firstItem });
      assert.ok(recorder.states.every((s) => s.kind === 'sprint'), 'the sprint never left the screen');
      const problems = recorder.states.flatMap((s) => (s.kind === 'sprint' && s.problem ? [s.problem] : []));
      for (const problem of problems) {
        assert.ok(['offline', 'serverError'].includes(problem.kind), `${problem.kind}: ${problem.message}`);
        assert.match(problem.message, /^GitHub [^]*\.$/);
      }
      const said = [...new Set(problems.map((p) => p.message))];
      console.log(`      (faults injected: ${JSON.stringify(faultCounts(github!.requestLog))}; ${loaded()} refreshes loaded, ${problems.length} failed, saying: ${said.join(' | ')})`);
    } finally {
      recorder.dispose();
    }
    assert.deepEqual(unhandled, []);
  });
});
