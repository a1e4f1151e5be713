/** Defensive readers for GraphQL answers: a value of the wrong type reads as missing, never as a crash. */

export type JsonObject = Record<string, unknown>;

export const obj = (v: unknown): JsonObject | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : undefined;

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The objects in a connection's `nodes`, skipping nulls and anything that is not an object. */
export const nodesOf = (connection: unknown): JsonObject[] => {
  const list = obj(connection)?.nodes;
  return Array.isArray(list) ? list.map(obj).filter((n): n is JsonObject => !!n) : [];
};

/**
 * Longest text kept from one of GitHub's strings (titles, names, logins, labels). GitHub caps titles at 256
 * characters and names well below that, so this only ever cuts a damaged answer, which then ends in "…" rather
 * than carrying a megabyte into tree rows, tooltips and the cache.
 */
export const MAX_TEXT_LENGTH = 1000;

export const text = (v: unknown): string | undefined => {
  const s = str(v);
  if (s === undefined || s.length <= MAX_TEXT_LENGTH) {
    return s;
  }
  // Never keep half of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(s[MAX_TEXT_LENGTH - 2]) ? MAX_TEXT_LENGTH - 2 : MAX_TEXT_LENGTH - 1;
  return `${s.slice(0, end)}…`;
};
