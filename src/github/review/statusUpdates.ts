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

export async function createStatusUpdate(api: GitHubApi, projectId: string, update: NewStatusUpdate): Promise<StatusUpdate> {
  const data = await api.graphql<{ createProjectV2StatusUpdate?: { statusUpdate?: unknown } | null }>(CreateStatusUpdateMutation, {
    projectId,
    body: update.body,
    startDate: update.startDate ?? null,
    targetDate: update.targetDate ?? null,
    status: update.status ?? null,
  });
  const created = parseStatusUpdate(obj(data.createProjectV2StatusUpdate?.statusUpdate));
  if (!created) throw new Error(l10n.t('GitHub did not return the status update it created.'));
  return created;
}

export async function deleteStatusUpdate(api: GitHubApi, id: string): Promise<void> {
  await api.graphql(DeleteStatusUpdateMutation, { id });
}
