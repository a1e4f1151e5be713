/**
 * When a view that refreshes itself should read GitHub: only while visible; at once when what it shows is older than
 * the interval (or it has nothing yet), then every interval. `minutes` 0 turns the interval off.
 */
export interface RefreshPlan {
  readNow: boolean;
  /** Read again this often; absent: no timer. */
  intervalMs?: number;
}

export function refreshPlan(options: { visible: boolean; minutes: number; ageMs: number }): RefreshPlan {
  if (!options.visible) {
    return { readNow: false };
  }
  const intervalMs = options.minutes > 0 ? options.minutes * 60_000 : undefined;
  const readNow = options.ageMs === Infinity || (intervalMs !== undefined && options.ageMs > intervalMs);
  return intervalMs === undefined ? { readNow } : { readNow, intervalMs };
}
