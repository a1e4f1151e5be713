import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { graphqlRateLimitAsError } from './graphqlRateLimit';

// The first plugin's hook runs closest to the network: GraphQL rate limits are raised before throttling looks.
const SprintFlowOctokit = Octokit.plugin(graphqlRateLimitAsError, throttling, retry);
export type GitHubOctokit = InstanceType<typeof SprintFlowOctokit>;

/** Waits longer than this are not sat out: the request fails with a rate-limit error that names the reset time. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export interface RateLimitWait {
  kind: 'primary' | 'secondary';
  seconds: number;
}

export interface ClientOptions {
  /**
   * The throttling plugin spaces every GraphQL request a second apart, as GitHub asks for mutations. Readers only
   * send queries, which GitHub asks to be sent one at a time but not spaced out, so a reader skips the spacing.
   */
  purpose: 'read' | 'write';
  token: string;
  baseUrl: string;
  userAgent: string;
  /** Retries of a failed request (5xx, connection lost); the waits grow 1 s, 4 s, 9 s… Default 2. */
  retries?: number;
  /** Told when GitHub asks us to wait, so the UI can say so. */
  onRateLimitWait?: (wait: RateLimitWait) => void;
  /**
   * Milliseconds between two requests of a writer. Default 1000, as GitHub asks for mutations; only tests that send
   * hundreds of writes to the local fake GitHub shorten it.
   */
  writeSpacingMs?: number;
  /** How long one attempt may take, answer included, before it counts as a lost connection. Default 30 s. */
  requestTimeoutMs?: number;
  /** The unit of the waits between retries (1, 4, 9… of it). Default 1 s. */
  retryDelayUnitMs?: number;
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
    request: { fetch: fetchWithTimeout(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) },
    throttle: {
      onRateLimit: waitOnce('primary'),
      onSecondaryRateLimit: waitOnce('secondary'),
      ...(options.purpose === 'read' ? { write: serialQueries } : spacedWrites(options.writeSpacingMs)),
    },
    retry: { retries: options.retries ?? 2, doNotRetry: DO_NOT_RETRY, ...(options.retryDelayUnitMs === undefined ? {} : { retryAfterBaseValue: options.retryDelayUnitMs }) },
  });
}

/**
 * plugin-retry's own list plus 429: rate limits are the throttling plugin's to wait out, and retrying them again on
 * plugin-retry's 1 s, 4 s rhythm would be a burst that ignores the wait GitHub asked for.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

const serialQueries = new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });

/** Without a spacing of its own, a writer shares the plugin's one-second queue with every other writer. */
const spacedWrites = (spacingMs: number | undefined) =>
  spacingMs === undefined ? {} : { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacingMs }) };

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * fetch has no timeout of its own; a server that never answers would otherwise hang a refresh forever. The whole
 * answer is read here, under the timeout: Octokit reads the body after fetch resolves and takes a body cut off
 * part-way as an empty answer, which neither the retries nor the error mapping would ever see.
 */
function fetchWithTimeout(timeoutMs: number) {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const response = await fetch(input, { ...init, signal });
    const body = await response.arrayBuffer();
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
