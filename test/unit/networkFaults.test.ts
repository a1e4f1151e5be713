import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { GitHubApi } from '../../src/github/api';
import { GitHubError } from '../../src/github/errors';
import { loadSprint, SprintLoad } from '../../src/github/sprintLoader';
import { setItemStatus } from '../../src/github/workWrites';
import { DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, RequestLogEntry, startFakeGitHub } from '../fake-github';
import { apiFor, apiWith } from './githubHarness';

// Short enough that a test sits out many timeouts, long enough that a healthy local request never hits it.
const REQUEST_TIMEOUT_MS = 400;
// The retries keep their 1, 4, 9… rhythm, in tenths of a second.
const RETRY_DELAY_UNIT_MS = 100;
// Enough refreshes for every kind of fault to strike, whatever order the requests race in.
const MIN_REFRESHES = 4;
const MAX_REFRESHES = 40;

const options = { fieldOverrides: {}, timeZone: 'UTC', now: new Date() };

/** A repeatable stream of numbers in [0, 1) so every run injects the same faults in the same order (mulberry32). */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Refreshes {
  loads: SprintLoad[];
  failures: unknown[];
}

/**
 * What the automatic refresh does, as the sprint store calls it: load the sprint with the one on screen; when that
 * fails, keep the one on screen and try again at the next tick. Goes on until `done` says so.
 */
async function refreshUntil(api: GitHubApi, url: string, done: (loads: number) => boolean): Promise<Refreshes> {
  const loads: SprintLoad[] = [];
  const failures: unknown[] = [];
  let shown: SprintLoad | undefined;
  while (!done(loads.length)) {
    assert.ok(loads.length + failures.length < MAX_REFRESHES, `${failures.length} of ${MAX_REFRESHES} refreshes failed: ${failures.map(String).join('; ')}`);
    try {
      shown = await loadSprint(api, parseProjectUrl(url), options, shown?.kind === 'ready' ? shown.snapshot : undefined);
      loads.push(shown);
    } catch (error) {
      failures.push(error);
    }
  }
  return { loads, failures };
}

function faultCounts(log: readonly RequestLogEntry[]) {
  const count = (test: (entry: RequestLogEntry) => boolean) => log.filter(test).length;
  return {
    requests: log.length,
    http502: count((e) => e.fault === 'serverError' && e.status === 502),
    http503: count((e) => e.fault === 'serverError' && e.status === 503),
    timeoutsBeforeAnswer: count((e) => e.fault === 'timeout' && e.status === 0),
    timeoutsPartWay: count((e) => e.fault === 'timeout' && e.status !== 0),
    resetsBeforeAnswer: count((e) => e.fault === 'reset' && e.status === 0),
    resetsPartWay: count((e) => e.fault === 'reset' && e.status !== 0),
  };
}

/** Counts what reaches the process's last-resort handlers while a test runs. */
function watchUnhandled() {
  const seen: unknown[] = [];
  const record = (error: unknown) => seen.push(error);
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  return {
    seen,
    stop: () => {
      process.off('unhandledRejection', record);
      process.off('uncaughtException', record);
    },
  };
}

describe('refreshing the sprint over an unreliable network', () => {
  let github: FakeGitHub;
  let board: SprintLoad;

  beforeEach(async () => {
    // Without items(query:) the sprint takes a page per 100 items of the board: more requests to spoil.
    github = await startFakeGitHub({ state: demoBoard(), random: seededRandom(7), switches: { itemsQuery: false } });
    board = await loadSprint(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), options);
    assert.equal(board.kind, 'ready');
    github.requestLog.length = 0;
  });

  afterEach(() => github.close());

  it('ends with exactly the sprint the board holds when 30% of answers are 502/503 and others time out or are reset', async function () {
    this.timeout(240_000);
    Object.assign(github.switches, { failRate: 0.3, timeoutRate: 0.1, resetRate: 0.1 });
    const unhandled = watchUnhandled();
    try {
      const api = apiWith(github, DEMO_TOKEN, { requestTimeoutMs: REQUEST_TIMEOUT_MS, retryDelayUnitMs: RETRY_DELAY_UNIT_MS });
      const everyFaultStruck = () => Object.values(faultCounts(github.requestLog)).every((n) => n > 0);
      const { loads, failures } = await refreshUntil(api, demoProjectUrl(github.origin), (n) => n >= MIN_REFRESHES && everyFaultStruck());
      loads.forEach((load) => assert.deepEqual(load, board));
      for (const failure of failures) {
        assert.ok(failure instanceof GitHubError, `a failed refresh raised ${String(failure)}`);
        assert.ok(['offline', 'serverError'].includes(failure.problem), `${failure.problem}: ${failure.message}`);
        assert.match(failure.message, /^[A-Z].*\.$/);
        assert.doesNotMatch(failure.message, /TypeError|AbortError|undefined/);
      }
      const said = [...new Set(failures.map((f) => (f as Error).message))];
      console.log(`      (${loads.length} refreshes loaded, ${failures.length} failed, saying: ${said.join(' | ')})`);
      console.log(`      (faults injected: ${JSON.stringify(faultCounts(github.requestLog))})`);
    } finally {
      unhandled.stop();
    }
    assert.deepEqual(unhandled.seen, []);
  });

  it('moves every item to the chosen status and no other item when its writes meet the same faults and the user retries', async function () {
    this.timeout(240_000);
    assert.ok(board.kind === 'ready');
    const { projectId, fields, items } = board.snapshot;
    const status = fields.status!;
    const done = status.options.find((o) => o.name === 'Done')!;
    const moving = items.filter((item) => item.selectValues[status.id] !== done.id);
    assert.ok(moving.length >= 3, 'the demo sprint has items to move');
    Object.assign(github.switches, { failRate: 0.3, timeoutRate: 0.1, resetRate: 0.1 });
    const unhandled = watchUnhandled();
    const failures: unknown[] = [];
    try {
      const api = apiWith(github, DEMO_TOKEN, { requestTimeoutMs: REQUEST_TIMEOUT_MS, retryDelayUnitMs: RETRY_DELAY_UNIT_MS });
      for (const item of moving) {
        // Setting a field to a value is safe to send twice: this is what the user's Retry does after a failure.
        for (let attempt = 1; ; attempt++) {
          assert.ok(attempt <= 10, `moving ${item.title} failed ${attempt - 1} times`);
          try {
            await setItemStatus(api, { projectId, itemId: item.id, fieldId: status.id, optionId: done.id });
            break;
          } catch (error) {
            failures.push(error);
          }
        }
      }
    } finally {
      unhandled.stop();
    }
    assert.deepEqual(unhandled.seen, []);
    failures.forEach((failure) => assert.ok(failure instanceof GitHubError && /^[A-Z].*\.$/.test(failure.message), String(failure)));
    const writes = github.requestLog.filter((e) => e.operationName === 'StartWorkStatus');
    console.log(`      (${moving.length} items moved; faults injected: ${JSON.stringify(faultCounts(github.requestLog))}; ${writes.length} writes reached the board; ${failures.length} moves failed first)`);

    Object.assign(github.switches, { failRate: 0, timeoutRate: 0, resetRate: 0 });
    const after = await loadSprint(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), options);
    assert.ok(after.kind === 'ready');
    const statusOf = new Map(after.snapshot.items.map((item) => [item.id, item.selectValues[status.id]]));
    for (const item of items) {
      assert.equal(statusOf.get(item.id), moving.includes(item) ? done.id : item.selectValues[status.id], item.title);
    }
  });

  const refreshOnce = (api: GitHubApi) => loadSprint(api, parseProjectUrl(demoProjectUrl(github.origin)), options);

  it('says GitHub did not answer in time when no answer comes, after two retries and no longer than they take', async () => {
    github.switches.timeoutRate = 1;
    const api = apiWith(github, DEMO_TOKEN, { requestTimeoutMs: REQUEST_TIMEOUT_MS, retryDelayUnitMs: RETRY_DELAY_UNIT_MS });
    const started = Date.now();
    await assert.rejects(refreshOnce(api), (error: unknown) => {
      assert.ok(error instanceof GitHubError);
      assert.equal(error.problem, 'offline');
      assert.equal(error.message, 'GitHub did not answer in time. Check your connection; the last sprint loaded stays on screen.');
      return true;
    });
    const attempts = github.requestLog.filter((e) => e.path === github.requestLog[0].path).length;
    assert.ok(attempts >= 3, `${attempts} attempts`);
    // Three timeouts and waits of 1 and 4 units; the margin is for a busy machine.
    assert.ok(Date.now() - started < 3 * REQUEST_TIMEOUT_MS + 5 * RETRY_DELAY_UNIT_MS + 3_000, `${Date.now() - started} ms`);
  });

  it('says GitHub cannot be reached when every connection is reset, before or part-way through the answer', async () => {
    github.switches.resetRate = 1;
    const api = apiWith(github, DEMO_TOKEN, { retryDelayUnitMs: RETRY_DELAY_UNIT_MS });
    await assert.rejects(refreshOnce(api), (error: unknown) => {
      assert.ok(error instanceof GitHubError);
      assert.equal(error.problem, 'offline');
      assert.match(error.message, /^GitHub cannot be reached \(.+\)\. Check your connection; the last sprint loaded stays on screen\.$/);
      return true;
    });
    assert.ok(github.requestLog.every((e) => e.fault === 'reset'));
  });
});
