import { StatusUpdate, UpdateStatus } from '../../core/review/model';
import { MAX_BODY_LENGTH } from '../../core/review/snapshot';
import { GitHubApi } from '../api';
import { CreateStatusUpdateMutation, DeleteStatusUpdateMutation, ProjectStatusUpdatesQuery } from '../graphql/review';
import { JsonObject, nodesOf, obj, str } from '../json';
import * as l10n from '@vscode/l10n';

/** Enough pages for years of two-week iterations with a snapshot and a review each. */
const MAX_PAGES = 5;

export function parseStatusUpdate(raw: JsonObject | undefined): StatusUpdate | undefined {
  const id = str(raw?.id);
  const createdAt = str(raw?.createdAt);
  if (!raw || !id || !createdAt) return undefined;
  const body = str(raw.body) ?? '';
  const update: StatusUpdate = { id, createdAt, body: body.length > MAX_BODY_LENGTH ? body.slice(0, MAX_BODY_LENGTH) : body };
  const creator = str(obj(raw.creator)?.login);
  if (creator) update.creator = creator;
  for (const key of ['status', 'startDate', 'targetDate'] as const) {
    const value = str(raw[key]);
    if (value) update[key] = value;
  }
  return update;
}

/** Every status update of the project, newest first. */
export async function readStatusUpdates(api: GitHubApi, projectId: string): Promise<StatusUpdate[]> {
  const updates: StatusUpdate[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = await api.graphql<{ node?: { statusUpdates?: unknown } | null }>(ProjectStatusUpdatesQuery, { projectId, after });
    const connection = data.node?.statusUpdates;
    updates.push(...nodesOf(connection).map(parseStatusUpdate).filter((u): u is StatusUpdate => !!u));
    const info = obj(obj(connection)?.pageInfo);
    after = info?.hasNextPage === true ? str(info.endCursor) : undefined;
    if (!after) break;
  }
  return updates;
}

export interface NewStatusUpdate {
  body: string;
  startDate?: string;
  targetDate?: string;
  status?: UpdateStatus;
}

/** A status update is not idempotent: a retry after a lost answer would post it twice. */
const NO_RETRY = { retries: 0 };
/**
 * How far back a lost write is looked for, from when it was sent: wide enough for a clock that runs a little fast,
 * narrow enough that the same review published on purpose yesterday is not taken for it.
 */
const LOST_WRITE_WINDOW_MS = 10 * 60_000;

/**
 * Writes a status update once. It is sent without retries; when no answer comes back, the project's newest status
 * updates are read back and the one GitHub stored (same body and dates, written since it was sent) is returned, so
 * a lost answer neither posts it twice nor reports a failure for a write that happened.
 */
export async function createStatusUpdate(api: GitHubApi, projectId: string, update: NewStatusUpdate): Promise<StatusUpdate> {
  const sentAt = Date.now();
  let data: { createProjectV2StatusUpdate?: { statusUpdate?: unknown } | null };
  try {
    data = await api.mutate(CreateStatusUpdateMutation, {
      projectId,
      body: update.body,
      startDate: update.startDate ?? null,
      targetDate: update.targetDate ?? null,
      status: update.status ?? null,
    }, NO_RETRY);
  } catch (error) {
    const stored = await storedSince(api, projectId, update, sentAt - LOST_WRITE_WINDOW_MS).catch(() => undefined);
    if (stored) return stored;
    throw error;
  }
  const created = parseStatusUpdate(obj(data.createProjectV2StatusUpdate?.statusUpdate));
  if (!created) throw new Error(l10n.t('GitHub did not return the status update it created.'));
  return created;
}

async function storedSince(api: GitHubApi, projectId: string, update: NewStatusUpdate, since: number): Promise<StatusUpdate | undefined> {
  const data = await api.graphql<{ node?: { statusUpdates?: unknown } | null }>(ProjectStatusUpdatesQuery, { projectId });
  return nodesOf(data.node?.statusUpdates)
    .map(parseStatusUpdate)
    .find((u): u is StatusUpdate =>
      !!u &&
      Date.parse(u.createdAt) >= since &&
      u.body === update.body &&
      (u.startDate ?? null) === (update.startDate ?? null) &&
      (u.targetDate ?? null) === (update.targetDate ?? null) &&
      (u.status ?? null) === (update.status ?? null),
    );
}

export async function deleteStatusUpdate(api: GitHubApi, id: string): Promise<void> {
  await api.mutate(DeleteStatusUpdateMutation, { id });
}
