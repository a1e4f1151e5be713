import { BoardFields, Iteration, SingleSelectField, SprintItem, SprintSnapshot, SprintStatusGroup } from './model';

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function isAssignedTo(item: SprintItem, login: string): boolean {
  return item.assignees.some((a) => sameLogin(a, login));
}

export function isInIteration(item: SprintItem, iterationFieldId: string, iteration: Iteration): boolean {
  return item.iterationValues[iterationFieldId] === iteration.id;
}

/**
 * My items in an iteration. When GitHub already filtered by assignee (login undefined), items are kept whatever
 * their assignees, so redacted items it returned stay visible as such; otherwise only items assigned to me.
 */
export function mySprintItems(
  items: readonly SprintItem[],
  login: string | undefined,
  iterationFieldId: string,
  iteration: Iteration,
): SprintItem[] {
  return items.filter((item) => isInIteration(item, iterationFieldId, iteration) && (login === undefined || isAssignedTo(item, login)));
}

/** Without items(query:), how long cheap checks may stand in for reading every item of the board again. */
export const FULL_READ_INTERVAL_MS = 30 * 60_000;

/** The board and the sprint as a cheap check finds them now. */
export interface BoardCheck {
  viewer: string;
  updatedAt?: string;
  itemCount?: number;
  iterationFieldId: string;
  iterationId: string;
  now: Date;
}

/**
 * Whether the items on screen are still every item of mine in the sprint, so that reading them again by id is
 * enough: the board has not changed since all its items were read, that read is recent, and viewer and sprint are
 * the same. A change GitHub does not record on the board (an issue newly assigned to me, say) waits for a full read.
 */
export function boardUnchangedSince(shown: SprintSnapshot, check: BoardCheck): boolean {
  const version = shown.boardVersion;
  if (!version || check.updatedAt === undefined || check.itemCount === undefined) {
    return false;
  }
  const age = check.now.getTime() - Date.parse(version.readAt);
  return (
    age >= 0 &&
    age < FULL_READ_INTERVAL_MS &&
    version.updatedAt === check.updatedAt &&
    version.itemCount === check.itemCount &&
    sameLogin(shown.viewer, check.viewer) &&
    shown.fields.iteration?.id === check.iterationFieldId &&
    shown.iteration.id === check.iterationId
  );
}

export function statusOf(item: SprintItem, status: SingleSelectField | undefined) {
  if (!status) {
    return undefined;
  }
  const optionId = item.selectValues[status.id];
  return status.options.find((o) => o.id === optionId);
}

/**
 * Groups items by the board's own Status options, in the board's order. Empty groups are left out; items without a
 * status (or with an option that was since deleted) go to a last "No status" group.
 */
export function groupByStatus(items: readonly SprintItem[], status: SingleSelectField | undefined): SprintStatusGroup[] {
  const groups: SprintStatusGroup[] = (status?.options ?? []).map((option) => ({ option, items: [] }));
  const noStatus: SprintStatusGroup = { items: [] };
  for (const item of items) {
    const option = statusOf(item, status);
    const group = option ? groups.find((g) => g.option?.id === option.id) : undefined;
    (group ?? noStatus).items.push(item);
  }
  return [...groups, noStatus].filter((g) => g.items.length > 0);
}

export const BLOCKED_LABEL = 'blocked';

export function hasBlockedLabel(item: SprintItem): boolean {
  return item.labels.some((l) => l.toLowerCase() === BLOCKED_LABEL);
}

export function isInBlockedOption(item: SprintItem, fields: BoardFields): boolean {
  return !!fields.status && !!fields.blockedOption && item.selectValues[fields.status.id] === fields.blockedOption.id;
}

/**
 * Blocked as the team sees it on GitHub: in the blocked status option, or labelled `blocked`. An open flag in the
 * comments counts on its own only on boards without a blocked option; where there is one and someone moved the
 * item out of it, the board wins.
 */
export function isBlocked(item: SprintItem, fields: BoardFields): boolean {
  return isInBlockedOption(item, fields) || hasBlockedLabel(item) || (!!item.openBlocker && !fields.blockedOption);
}

export function estimateOf(item: SprintItem, fields: BoardFields): number | undefined {
  return fields.estimate ? item.numberValues[fields.estimate.id] : undefined;
}

/** "#12" for issues and pull requests, nothing for drafts. */
export function itemReference(item: SprintItem): string {
  return item.repository && item.number !== undefined ? `${item.repository}#${item.number}` : item.title;
}

/** An item by OWNER/REPO#N (any case) or by its project item id. */
export function findItem(items: readonly SprintItem[], reference: string): SprintItem | undefined {
  const wanted = reference.trim().toLowerCase();
  return items.find((item) => item.id === reference || (item.repository && `${item.repository}#${item.number}`.toLowerCase() === wanted));
}
