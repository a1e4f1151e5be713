/**
 * Project status updates (ProjectV2StatusUpdate, createProjectV2StatusUpdate, deleteProjectV2StatusUpdate), as in
 * GitHub's published schema: kept beside the projects, found by id for deletion.
 */
import { GitHubError, requireProjectWrite, Viewer } from './access';
import { ProjectRec, UserRec } from './model';
import { GitHubState } from './state';

export const STATUS_UPDATE_STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'INACTIVE'] as const;

export interface StatusUpdateRec {
  kind: 'ProjectV2StatusUpdate';
  id: string;
  databaseId: number;
  project: ProjectRec;
  creator: UserRec | null;
  body: string | null;
  status: (typeof STATUS_UPDATE_STATUSES)[number] | null;
  startDate: string | null;
  targetDate: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const updates = new WeakMap<ProjectRec, StatusUpdateRec[]>();
const byId = new Map<string, StatusUpdateRec>();

/** The project's status updates, oldest first (GraphQL orders them). */
export function statusUpdatesOf(project: ProjectRec): StatusUpdateRec[] {
  return updates.get(project) ?? [];
}

export function statusUpdateById(id: string): StatusUpdateRec | undefined {
  return byId.get(id);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface StatusUpdateInput {
  body?: string | null;
  status?: string | null;
  startDate?: string | null;
  targetDate?: string | null;
}

/** Adds a status update as `creator` at the state's clock (the seed) or checks the viewer may (a mutation). */
export function addStatusUpdate(state: GitHubState, project: ProjectRec, creator: UserRec | null, input: StatusUpdateInput, createdAt = state.now()): StatusUpdateRec {
  for (const date of [input.startDate, input.targetDate]) {
    if (date != null && !DATE.test(date)) throw new GitHubError('UNPROCESSABLE', `"${date}" is not a valid date.`);
  }
  const databaseId = state.nextDatabaseId();
  const record: StatusUpdateRec = {
    kind: 'ProjectV2StatusUpdate',
    id: `PVTSU_${Buffer.from(`0:ProjectV2StatusUpdate${databaseId}`).toString('base64url')}`,
    databaseId,
    project,
    creator,
    body: input.body ?? null,
    status: (input.status as StatusUpdateRec['status']) ?? null,
    startDate: input.startDate ?? null,
    targetDate: input.targetDate ?? null,
    createdAt,
    updatedAt: createdAt,
  };
  updates.set(project, [...statusUpdatesOf(project), record]);
  byId.set(record.id, record);
  return record;
}

export function createStatusUpdate(state: GitHubState, viewer: Viewer, project: ProjectRec, input: StatusUpdateInput): StatusUpdateRec {
  requireProjectWrite(project, viewer, 'CreateProjectV2StatusUpdate');
  const created = addStatusUpdate(state, project, viewer.user, input);
  project.updatedAt = created.createdAt;
  return created;
}

export function deleteStatusUpdate(viewer: Viewer, id: string): StatusUpdateRec {
  const record = byId.get(id);
  if (!record) throw new GitHubError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  requireProjectWrite(record.project, viewer, 'DeleteProjectV2StatusUpdate');
  updates.set(record.project, statusUpdatesOf(record.project).filter((u) => u !== record));
  byId.delete(id);
  return record;
}

/** statusUpdates(orderBy:) — newest first unless asked otherwise, as GitHub's default order. */
export function orderedStatusUpdates(project: ProjectRec, orderBy: { direction?: string } | undefined): StatusUpdateRec[] {
  const oldestFirst = [...statusUpdatesOf(project)].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.databaseId - b.databaseId);
  return orderBy?.direction === 'ASC' ? oldestFirst : oldestFirst.reverse();
}
