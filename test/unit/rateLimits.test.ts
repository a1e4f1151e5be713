import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { GitHubApi } from '../../src/github/api';
import { createOctokit, GitHubOctokit, RateLimitWait } from '../../src/github/client';
import { GitHubError } from '../../src/github/errors';
import { readProjectBoard } from '../../src/github/projectBoard';
import { checkToken } from '../../src/github/viewer';
import { DEMO_LOGIN, DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, RateLimitSwitch, RequestLogEntry, startFakeGitHub } from '../fake-github';
import { apiWith } from './githubHarness';

// Request timestamps are whole milliseconds on both sides; a wait is "as told" within this much.
const CLOCK_SLACK_MS = 20;

/** GitHub Enterprise Server puts GraphQL at /api/graphql; github.com at /graphql. The fake answers both. */
type UrlShape = 'github.com' | 'GHES';

interface Client {
  api: GitHubApi;
  rest: GitHubOctokit;
  waits: RateLimitWait[];
}

function clientFor(github: FakeGitHub, shape: UrlShape): Client {
  const waits: RateLimitWait[] = [];
  const baseUrl = shape === 'GHES' ? github.apiUrl : github.origin;
  const onRateLimitWait = (wait: RateLimitWait) => waits.push(wait);
  return {
    api: apiWith(github, DEMO_TOKEN, { baseUrl, onRateLimitWait }),
    rest: createOctokit({ purpose: 'read', token: DEMO_TOKEN, baseUrl, userAgent: 'sprint-flow-tests', onRateLimitWait }),
    waits,
  };
}

const readBoard = (github: FakeGitHub, client: Client) => readProjectBoard(client.api, parseProjectUrl(demoProjectUrl(github.origin)));

/** The requests GitHub saw, from the first limited one on. */
function fromFirstLimited(log: readonly RequestLogEntry[]): RequestLogEntry[] {
  const first = log.findIndex((e) => e.fault === 'rateLimited');
  assert.ok(first >= 0, 'no request was rate limited');
  return log.slice(first);
}

function assertWaitedAsTold(log: readonly RequestLogEntry[], waits: readonly RateLimitWait[], kind: RateLimitWait['kind']): void {
  const [limited, retry, ...more] = fromFirstLimited(log);
  assert.equal(waits.length, 1, `told to wait ${JSON.stringify(waits)}`);
  assert.equal(waits[0].kind, kind);
  assert.ok(retry, 'the request was not sent again after the wait');
  assert.ok(retry.timestamp - limited.timestamp >= waits[0].seconds * 1000 - CLOCK_SLACK_MS, `came back after ${retry.timestamp - limited.timestamp} ms, told ${waits[0].seconds} s`);
  assert.equal(retry.status, 200);
  assert.deepEqual(more, [], 'one request after the wait is enough');
}

function assertFailsFastNaming(error: unknown, resetAfterSeconds: number): true {
  assert.ok(error instanceof GitHubError, String(error));
  assert.equal(error.problem, 'rateLimited');
  assert.ok(error.resetAt, 'no reset time');
  assert.ok(Math.abs(error.resetAt.getTime() - (Date.now() + resetAfterSeconds * 1000)) < 5_000, `resets at ${error.resetAt.toISOString()}`);
  const clock = error.resetAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  assert.ok(error.message.includes(clock), `"${error.message}" does not name ${clock}`);
  return true;
}

describe('GitHub rate limits', () => {
  let github: FakeGitHub;

  beforeEach(async () => {
    github = await startFakeGitHub({ state: demoBoard() });
  });

  afterEach(() => github.close());

  const limit = (value: RateLimitSwitch) => {
    github.switches.rateLimited = value;
  };

  for (const shape of ['github.com', 'GHES'] as const) {
    describe(`on GraphQL at ${shape}'s address`, () => {
      it('waits out a primary limit (200 with RATE_LIMITED) until the reset, says so, and asks once more', async function () {
        this.timeout(15_000);
        const client = clientFor(github, shape);
        limit({ kind: 'primary', seconds: 1 });
        const { project } = await readBoard(github, client);
        assert.equal(project.title, 'Platform Team Sprint Board');
        assertWaitedAsTold(github.requestLog, client.waits, 'primary');
      });

      for (const status of [403, 429] as const) {
        it(`waits out a secondary limit (${status} with retry-after) as long as told, says so, and asks once more`, async function () {
          this.timeout(15_000);
          const client = clientFor(github, shape);
          limit({ kind: 'secondary', seconds: 2, status });
          await readBoard(github, client);
          assertWaitedAsTold(github.requestLog, client.waits, 'secondary');
          assert.equal(client.waits[0].seconds, 2);
        });
      }

      it('asks only once more when GitHub was still limiting after the wait it asked for', async function () {
        this.timeout(15_000);
        const client = clientFor(github, shape);
        limit({ kind: 'secondary', seconds: 4, retryAfter: 1, status: 429 });
        await assert.rejects(readBoard(github, client), (error) => assertFailsFastNaming(error, 1));
        assert.deepEqual(fromFirstLimited(github.requestLog).map((e) => e.fault), ['rateLimited', 'rateLimited']);
        assert.deepEqual(client.waits, [{ kind: 'secondary', seconds: 1 }]);
      });

      it('fails at once with a rate-limit problem naming the reset time when the limit lasts longer than a minute', async () => {
        const client = clientFor(github, shape);
        limit({ kind: 'primary', seconds: 3600 });
        await assert.rejects(readBoard(github, client), (error) => assertFailsFastNaming(error, 3600));
        assert.equal(github.requestLog.length, 1);
        assert.deepEqual(client.waits, []);
      });
    });
  }

  describe('on REST', () => {
    for (const status of [403, 429] as const) {
      it(`waits out a primary limit (${status} with no requests remaining) until the reset, says so, and asks once more`, async function () {
        this.timeout(15_000);
        const client = clientFor(github, 'GHES');
        limit({ kind: 'primary', seconds: 1, status });
        assert.equal((await checkToken(client.rest)).login, DEMO_LOGIN);
        assertWaitedAsTold(github.requestLog, client.waits, 'primary');
      });

      it(`fails at once naming the reset time when a ${status} primary limit lasts an hour`, async () => {
        const client = clientFor(github, 'GHES');
        limit({ kind: 'primary', seconds: 3600, status });
        await assert.rejects(checkToken(client.rest), (error) => assertFailsFastNaming(error, 3600));
        assert.equal(github.requestLog.length, 1);
      });

      it(`fails at once naming the reset time when a ${status} secondary limit asks for two minutes`, async () => {
        const client = clientFor(github, 'GHES');
        limit({ kind: 'secondary', seconds: 120, status });
        await assert.rejects(checkToken(client.rest), (error) => assertFailsFastNaming(error, 120));
        assert.equal(github.requestLog.length, 1);
      });
    }
  });

  it('sends nothing more to GitHub until a limit it did not sit out has lifted', async () => {
    const client = clientFor(github, 'GHES');
    limit({ kind: 'primary', seconds: 3600 });
    await assert.rejects(readBoard(github, client));
    for (let refresh = 0; refresh < 3; refresh++) {
      await assert.rejects(readBoard(github, client), (error) => assertFailsFastNaming(error, 3600));
    }
    assert.equal(github.requestLog.length, 1);
  });

  it('asks GitHub again once the reset time it named has passed', async function () {
    this.timeout(15_000);
    const client = clientFor(github, 'GHES');
    limit({ kind: 'secondary', seconds: 2, retryAfter: 1 });
    const failure = await readBoard(github, client).catch((error: unknown) => error);
    assert.ok(failure instanceof GitHubError && failure.resetAt, String(failure));
    await assert.rejects(readBoard(github, client), GitHubError);
    assert.equal(fromFirstLimited(github.requestLog).length, 2, 'the wait, the one retry, and nothing while the limit holds');
    await new Promise((resolve) => setTimeout(resolve, failure.resetAt!.getTime() - Date.now() + 1_000));
    const { project } = await readBoard(github, client);
    assert.equal(project.title, 'Platform Team Sprint Board');
  });
});
