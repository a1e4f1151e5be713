/**
 * Malformed GraphQL answers, for the fault suite: the `malformed` switch rewrites every answer's `data` on its way
 * out, the same way for the same seed and request. A GitHub that drops fields, returns enum values newer than the
 * client, nulls what the schema says cannot be null, or sends megabyte strings must never crash Sprint Flow.
 */

export type MalformationKind = 'drop' | 'unknownEnum' | 'null' | 'huge';

export interface MalformedSwitch {
  seed: number;
  /** Chance (0..1) that each field of the answer is rewritten. Default 0.1. */
  rate?: number;
  /** Which rewrites to make; default all. */
  kinds?: MalformationKind[];
  /** Only fields of these names are rewritten (e.g. ["content"]); default any field. */
  fields?: string[];
}

export const MALFORMATION_KINDS: readonly MalformationKind[] = ['drop', 'unknownEnum', 'null', 'huge'];

/** Fields whose string values are enums (or type names) in GitHub's schema. */
const ENUM_FIELDS = new Set(['__typename', 'type', 'state', 'issueState', 'pullRequestState', 'dataType', 'color', 'viewerPermission']);
/** Fields holding text a person wrote, which GitHub may send at any length. */
const TEXT_FIELDS = new Set(['title', 'name', 'login', 'nameWithOwner', 'description', 'messageHeadline']);
/** Node ids are how everything is found; GitHub always sends them, so they are left alone. */
const KEPT_FIELDS = new Set(['id']);

export const HUGE_STRING_LENGTH = 1 << 20;

export function isMalformedSwitch(value: unknown): value is MalformedSwitch {
  if (typeof value !== 'object' || value === null) return false;
  const { seed, rate, kinds, fields } = value as MalformedSwitch;
  return (
    Number.isInteger(seed) &&
    (fields === undefined || (Array.isArray(fields) && fields.every((f) => typeof f === 'string'))) &&
    (rate === undefined || (typeof rate === 'number' && rate >= 0 && rate <= 1)) &&
    (kinds === undefined || (Array.isArray(kinds) && kinds.every((k) => MALFORMATION_KINDS.includes(k))))
  );
}

/** A string-seeded generator (FNV-1a into mulberry32), so one request is rewritten the same way every run. */
function generator(seed: number, request: string): () => number {
  let state = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < request.length; i++) {
    state = Math.imul(state ^ request.charCodeAt(i), 16777619) >>> 0;
  }
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hugeString(original: string): string {
  const unit = `${original} · much longer than anything GitHub would send · `;
  return unit.repeat(Math.ceil(HUGE_STRING_LENGTH / unit.length)).slice(0, HUGE_STRING_LENGTH);
}

/**
 * Rewrites `data` in place and lists what was done, one line each ("null data.node.items.nodes[3].content").
 * `request` (operation name and variables) seeds the choices with the switch's seed.
 */
export function malform(data: unknown, settings: MalformedSwitch, request: string): string[] {
  const random = generator(settings.seed, request);
  const rate = settings.rate ?? 0.1;
  const allowed = new Set(settings.kinds ?? MALFORMATION_KINDS);
  const fields = settings.fields && new Set(settings.fields);
  const done: string[] = [];

  const rewrite = (holder: Record<string, unknown> | unknown[], key: string | number, path: string): void => {
    const value = (holder as Record<string | number, unknown>)[key];
    const name = typeof key === 'string' ? key : '';
    const options: MalformationKind[] = [];
    if (typeof key === 'string' && !KEPT_FIELDS.has(name)) options.push('drop');
    if (typeof value === 'string' && ENUM_FIELDS.has(name)) options.push('unknownEnum');
    if (typeof value === 'string' && TEXT_FIELDS.has(name)) options.push('huge');
    if (value !== null && typeof value === 'object') options.push('null');
    const possible = !fields || fields.has(name) ? options.filter((k) => allowed.has(k)) : [];
    if (possible.length > 0 && random() < rate) {
      const kind = possible[Math.floor(random() * possible.length)];
      done.push(`${kind} ${path}`);
      if (kind === 'drop') delete (holder as Record<string, unknown>)[name];
      else if (kind === 'null') (holder as Record<string | number, unknown>)[key] = null;
      else if (kind === 'unknownEnum') (holder as Record<string, unknown>)[name] = name === '__typename' ? 'FutureGitHubType' : 'FUTURE_VALUE';
      else (holder as Record<string, unknown>)[name] = hugeString(value as string);
      return;
    }
    walk(value, path);
  };

  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((_, i) => rewrite(value, i, `${path}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) rewrite(value as Record<string, unknown>, key, `${path}.${key}`);
    }
  };

  walk(data, 'data');
  return done;
}
