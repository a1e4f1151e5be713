/**
 * The faults the switches ask for, as GitHub shows them to a client: dropped connections, forced statuses, random
 * 502/503s, requests left unanswered, reset connections, failed writes, and primary or secondary rate limits with the
 * headers Octokit's throttling plugin reads.
 */
import { Viewer } from './access';
import { RateLimitSwitch, Switches } from './switches';

/** Which switch spoiled a request, as the request log records it. */
export type FaultName =
  | 'offline'
  | 'forcedStatus'
  | 'serverError'
  | 'timeout'
  | 'reset'
  | 'failedWrite'
  | 'rateLimited'
  | 'droppedAfterWrite';

export type Fault =
  | { kind: 'drop'; name: FaultName }
  | { kind: 'respond'; status: number; body: unknown; headers?: Record<string, string>; name: FaultName };

/** A connection that fails on the network: left waiting or reset, before any answer or part-way through it. */
export interface NetworkFault {
  name: 'timeout' | 'reset';
  partWay: boolean;
}

const MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function statusBody(status: number, message = MESSAGES[status] ?? 'Error'): unknown {
  return { message, documentation_url: 'https://docs.github.com/rest', status: String(status) };
}

const respond = (name: FaultName, status: number, body = statusBody(status), headers?: Record<string, string>): Fault => ({
  kind: 'respond',
  status,
  body,
  headers,
  name,
});

export class Faults {
  /** When each rate-limit switch value lifts, counted from the first request it limited (wall-clock time). */
  private readonly limitedUntil = new WeakMap<RateLimitSwitch, number>();

  constructor(
    private readonly switches: Switches,
    private readonly random: () => number,
  ) {}

  /** Faults that hit before the request is even read as GitHub's: network down, forced status, flaky proxy. */
  beforeAnything(): Fault | null {
    const { offline, forceStatus, failRate } = this.switches;
    if (offline) return { kind: 'drop', name: 'offline' };
    if (forceStatus) return respond('forcedStatus', forceStatus);
    if (failRate > 0 && this.random() < failRate) return respond('serverError', this.random() < 0.5 ? 502 : 503);
    return null;
  }

  /** Drawn for requests that got past beforeAnything(), so the rates add up to the share of requests spoiled. */
  network(): NetworkFault | null {
    const { timeoutRate, resetRate } = this.switches;
    const name = timeoutRate > 0 && this.random() < timeoutRate ? 'timeout' : resetRate > 0 && this.random() < resetRate ? 'reset' : null;
    return name && { name, partWay: this.random() < 0.5 };
  }

  failedWrite(): Fault | null {
    const { failWrites } = this.switches;
    return failWrites > 0 && this.random() < failWrites ? respond('failedWrite', 502) : null;
  }

  /** GraphQL reports a primary limit as 200 with a RATE_LIMITED error (GitHub's documented behaviour); REST as 403 or 429. */
  rateLimit(viewer: Viewer, isGraphQL: boolean, requestId: string): Fault | null {
    const limit = this.activeRateLimit();
    if (!limit) return null;
    if (limit.kind === 'secondary') {
      const message =
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out ' +
        `to GitHub Support for help, please include the request ID ${requestId}.`;
      const status = limit.status ?? 403;
      return respond('rateLimited', status, statusBody(status, message), { 'retry-after': String(limit.retryAfter ?? limit.seconds) });
    }
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(limit.until / 1000)) };
    const message = `API rate limit exceeded for user ID ${viewer.user.databaseId}.`;
    return isGraphQL
      ? respond('rateLimited', 200, { errors: [{ type: 'RATE_LIMITED', message }] }, headers)
      : respond('rateLimited', limit.status ?? 403, statusBody(limit.status ?? 403, `${message} If you reach out to GitHub Support for help, please include the request ID ${requestId}.`), headers);
  }

  private activeRateLimit(): (RateLimitSwitch & { until: number }) | null {
    const limit = this.switches.rateLimited;
    if (!limit) return null;
    let until = this.limitedUntil.get(limit);
    if (until === undefined) {
      until = Date.now() + limit.seconds * 1000;
      this.limitedUntil.set(limit, until);
    }
    if (Date.now() >= until) {
      this.switches.rateLimited = null;
      return null;
    }
    return { ...limit, until };
  }
}
