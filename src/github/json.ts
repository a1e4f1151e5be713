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
