import { GitHubApi } from '../../src/github/api';
import { ClientOptions, createOctokit } from '../../src/github/client';
import { FakeGitHub } from '../fake-github';

/** A GitHubApi talking to a local GitHub over HTTP through the real Octokit clients, as the extension builds it. */
export function apiFor(github: FakeGitHub, token: string, retries?: number): GitHubApi {
  const client = (purpose: 'read' | 'write') =>
    createOctokit({ purpose, token, baseUrl: github.apiUrl, userAgent: 'sprint-flow-tests', retries, onRateLimitWait: () => {} });
  return new GitHubApi(client('read'), client('write'), github.apiUrl);
}

/** The same clients with options a test needs: a short request timeout, a listener for rate-limit waits, another base URL. */
export function apiWith(github: FakeGitHub, token: string, options: Partial<ClientOptions>): GitHubApi {
  const client = (purpose: 'read' | 'write') =>
    createOctokit({ purpose, token, baseUrl: github.apiUrl, userAgent: 'sprint-flow-tests', onRateLimitWait: () => {}, ...options });
  return new GitHubApi(client('read'), client('write'), options.baseUrl ?? github.apiUrl);
}
