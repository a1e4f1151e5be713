/**
 * The faults the switches ask for, as GitHub shows them to a client: dropped connections, forced statuses, random
 * 502/503s, failed writes, and primary or secondary rate limits with the headers Octokit's throttling plugin reads.
 */
import { Viewer } from './access';
import { RateLimitSwitch, Switches } from './switches';

export type Fault =
  | { kind: 'drop' }
  | { kind: 'respond'; status: number; body: unknown; headers?: Record<string, string> };

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

const respond = (status: number, body = statusBody(status), headers?: Record<string, string>): Fault => ({ kind: 'respond', status, body, headers });

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
    if (offline) return { kind: 'drop' };
    if (forceStatus) return respond(forceStatus);
    if (failRate > 0 && this.random() < failRate) return respond(this.random() < 0.5 ? 502 : 503);
    return null;
  }

  failedWrite(): Fault | null {
    const { failWrites } = this.switches;
    return failWrites > 0 && this.random() < failWrites ? respond(502) : null;
  }

  /** GraphQL reports a primary limit as 200 with a RATE_LIMITED error (GitHub's documented behaviour); REST as 403. */
  rateLimit(viewer: Viewer, isGraphQL: boolean, requestId: string): Fault | null {
    const limit = this.activeRateLimit();
    if (!limit) return null;
    if (limit.kind === 'secondary') {
      const message =
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out ' +
        `to GitHub Support for help, please include the request ID ${requestId}.`;
      return respond(limit.status ?? 403, statusBody(limit.status ?? 403, message), { 'retry-after': String(limit.seconds) });
    }
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(limit.until / 1000)) };
    const message = `API rate limit exceeded for user ID ${viewer.user.databaseId}.`;
    return isGraphQL
      ? respond(200, { errors: [{ type: 'RATE_LIMITED', message }] }, headers)
      : respond(403, statusBody(403, `${message} If you reach out to GitHub Support for help, please include the request ID ${requestId}.`), headers);
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
