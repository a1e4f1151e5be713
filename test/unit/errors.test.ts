import * as assert from 'node:assert/strict';
import { toGitHubError } from '../../src/github/errors';

describe('GitHub errors in words a person can act on', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['401', { status: 401, response: { headers: {} } }, 'unauthorized', /Sign in again/],
    ['primary rate limit', { status: 403, response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1900000000' } } }, 'rateLimited', /rate limit/],
    ['secondary rate limit', { status: 429, response: { headers: { 'retry-after': '30' } } }, 'rateLimited', /rate limit/],
    ['GraphQL rate limit', { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }] }, 'rateLimited', /rate limit/],
    ['missing scopes', { errors: [{ type: 'INSUFFICIENT_SCOPES', message: 'needs read:project' }] }, 'missingScopes', /permission/],
    ['forbidden', { status: 403, message: 'Resource not accessible by integration', response: { headers: {} } }, 'forbidden', /refused/],
    ['not found', { errors: [{ type: 'NOT_FOUND', message: 'Could not resolve' }] }, 'notFound', /Could not resolve/],
    ['offline', { status: 500, message: 'connect ECONNREFUSED 127.0.0.1:1' }, 'offline', /cannot be reached.*ECONNREFUSED/],
    ['bad gateway', { status: 502, response: { headers: {} } }, 'serverError', /502/],
    ['anything else', new Error('boom'), 'unexpected', /boom/],
  ];
  for (const [name, raw, problem, message] of cases) {
    it(`classifies ${name}`, () => {
      const error = toGitHubError(raw);
      assert.equal(error.problem, problem);
      assert.match(error.message, message);
    });
  }

  it('names the project permission GitHub says is missing', () => {
    const error = toGitHubError({
      errors: [
        {
          type: 'INSUFFICIENT_SCOPES',
          message:
            "Your token has not been granted the required scopes to execute this query. The 'projectV2' field requires one of the following scopes: ['read:project'], but your token has only been granted the: ['repo', 'read:org'] scopes. Please modify your token's scopes at: https://github.com/settings/tokens.",
        },
      ],
    });
    assert.equal(error.problem, 'missingScopes');
    assert.equal(
      error.message,
      "Your GitHub sign-in lacks the project permission, which Sprint Flow needs to read and update your team's board (GitHub asks for read:project). Sign in again and grant it.",
    );
  });

  it('names other missing scopes as GitHub lists them', () => {
    const error = toGitHubError({
      errors: [{ type: 'INSUFFICIENT_SCOPES', message: "The 'organization' field requires one of the following scopes: ['read:org', 'admin:org'], but ..." }],
    });
    assert.match(error.message, /lacks the read:org or admin:org permission/);
  });

  it('tells a fine-grained token that is refused what access to give it', () => {
    const error = toGitHubError({ errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by personal access token' }] });
    assert.equal(error.problem, 'missingScopes');
    assert.match(error.message, /fine-grained token.*organization's projects.*issues/);
  });

  it('gives a reset time for a primary rate limit', () => {
    const error = toGitHubError({ status: 403, response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1900000000' } } });
    assert.equal(error.resetAt?.getTime(), 1_900_000_000_000);
  });
});
