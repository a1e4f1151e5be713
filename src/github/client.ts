import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const SprintFlowOctokit = Octokit.plugin(throttling, retry);
export type GitHubOctokit = InstanceType<typeof SprintFlowOctokit>;

/** Waits longer than this are not sat out: the request fails with a rate-limit error that names the reset time. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const REQUEST_TIMEOUT_MS = 30_000;

export interface RateLimitWait {
  kind: 'primary' | 'secondary';
  seconds: number;
}

export interface ClientOptions {
  token: string;
  baseUrl: string;
  userAgent: string;
  /** Told when GitHub asks us to wait, so the UI can say so. */
  onRateLimitWait?: (wait: RateLimitWait) => void;
}

export function createOctokit(options: ClientOptions): GitHubOctokit {
  const waitOnce = (kind: RateLimitWait['kind']) => (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
    if (retryCount > 0 || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      return false;
    }
    options.onRateLimitWait?.({ kind, seconds: retryAfter });
    return true;
  };
  return new SprintFlowOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { fetch: fetchWithTimeout },
    throttle: { onRateLimit: waitOnce('primary'), onSecondaryRateLimit: waitOnce('secondary') },
    retry: { retries: 3 },
  });
}

/** fetch has no timeout of its own; a server that never answers would otherwise hang a refresh forever. */
function fetchWithTimeout(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return fetch(input, { ...init, signal });
}
