import { UpdateStatus } from './model';

/** The statuses GitHub offers for a project status update, in the order its form lists them. */
export const UPDATE_STATUSES: readonly UpdateStatus[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'INACTIVE'];

/**
 * A status as a script or keybinding may spell it: `AT_RISK`, `at risk`, `At-risk`. Undefined when it is none of
 * GitHub's statuses, so the caller can say so instead of sending GitHub a value it refuses.
 */
export function readUpdateStatus(value: unknown): UpdateStatus | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const key = value.trim().toUpperCase().split(/[\s-]+/).join('_');
  return UPDATE_STATUSES.find((status) => status === key);
}
