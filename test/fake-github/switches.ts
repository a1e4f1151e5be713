/** Faults and capabilities a test can turn on while the server runs (also over HTTP: POST /_fake/switches). */
import { isMalformedSwitch, MalformedSwitch } from './malformed';

export interface RateLimitSwitch {
  /** primary: the hourly budget is spent; secondary: too many requests too fast. */
  kind: 'primary' | 'secondary';
  /** How long the limit lasts from the first limited request; then the switch clears itself. */
  seconds: number;
  /** Limited REST requests (and secondary limits on GraphQL) are answered 403 (default) or 429. */
  status?: 403 | 429;
  /** What a secondary limit's retry-after says (default: seconds); shorter than seconds makes a client come back too early. */
  retryAfter?: number;
}

export interface Switches {
  /** ProjectV2.items takes the live-only `query` argument (github.com has it; the published schema does not). */
  itemsQuery: boolean;
  /** Native issue dependencies ("blocked by"); kept for the features that will read it. */
  issueDependencies: boolean;
  /** Project-item history on timelines (Status changes), which github.com has and the published schema does not. */
  projectItemHistory: boolean;
  /** Every request's socket is destroyed without a response. */
  offline: boolean;
  /** Chance (0..1) that a request fails with 502 or 503. */
  failRate: number;
  /**
   * Chance (0..1) that a request is never answered, or its answer stops part-way (half each): only the client's own
   * timeout ends it.
   */
  timeoutRate: number;
  /** Chance (0..1) that a request's connection is reset, before any answer or part-way through it (half each). */
  resetRate: number;
  /** Chance (0..1) that a write (mutation, POST, PATCH, DELETE) fails with 502 before it is stored. */
  failWrites: number;
  /** Delay before every response. */
  latencyMs: number;
  /** Answer every request with this status (401, 403, 404, 500, ...). */
  forceStatus: number | null;
  rateLimited: RateLimitSwitch | null;
  /** Writes are stored, then the socket is destroyed: the client never sees the reply. */
  dropResponseAfterWrite: boolean;
  /** GraphQL answers are rewritten on the way out (fields dropped, unknown enums, nulls, huge strings): malformed.ts. */
  malformed: MalformedSwitch | null;
}

export function defaultSwitches(): Switches {
  return {
    itemsQuery: true,
    issueDependencies: false,
    projectItemHistory: true,
    offline: false,
    failRate: 0,
    timeoutRate: 0,
    resetRate: 0,
    failWrites: 0,
    latencyMs: 0,
    forceStatus: null,
    rateLimited: null,
    dropResponseAfterWrite: false,
    malformed: null,
  };
}

const CHECKS: { [K in keyof Switches]: (value: unknown) => boolean } = {
  itemsQuery: (v) => typeof v === 'boolean',
  issueDependencies: (v) => typeof v === 'boolean',
  projectItemHistory: (v) => typeof v === 'boolean',
  offline: (v) => typeof v === 'boolean',
  failRate: (v) => typeof v === 'number' && v >= 0 && v <= 1,
  timeoutRate: (v) => typeof v === 'number' && v >= 0 && v <= 1,
  resetRate: (v) => typeof v === 'number' && v >= 0 && v <= 1,
  failWrites: (v) => typeof v === 'number' && v >= 0 && v <= 1,
  latencyMs: (v) => typeof v === 'number' && v >= 0,
  forceStatus: (v) => v === null || (typeof v === 'number' && v >= 100 && v <= 599),
  rateLimited: (v) =>
    v === null ||
    (typeof v === 'object' &&
      ['primary', 'secondary'].includes((v as RateLimitSwitch).kind) &&
      typeof (v as RateLimitSwitch).seconds === 'number' &&
      ['undefined', 'number'].includes(typeof (v as RateLimitSwitch).retryAfter)),
  dropResponseAfterWrite: (v) => typeof v === 'boolean',
  malformed: (v) => v === null || isMalformedSwitch(v),
};

/** Applies a partial update from a script, refusing unknown names and wrong types so a typo is not silently ignored. */
export function applySwitches(target: Switches, patch: unknown): Switches {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new Error('Switches must be a JSON object.');
  }
  for (const [name, value] of Object.entries(patch)) {
    const check = CHECKS[name as keyof Switches];
    if (!check) {
      throw new Error(`Unknown switch "${name}". Known: ${Object.keys(CHECKS).join(', ')}.`);
    }
    if (!check(value)) {
      throw new Error(`Switch "${name}" cannot be ${JSON.stringify(value)}.`);
    }
  }
  return Object.assign(target, patch);
}
