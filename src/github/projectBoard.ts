import { Project, ProjectRef } from '../core/model';
import { GitHubApi } from './api';
import { GitHubError } from './errors';
import { ProjectBoardQuery } from './graphql/project';
import { num, obj } from './json';
import { parseProject } from './parse';
import * as l10n from '@vscode/l10n';

export interface ProjectBoard {
  viewer: string;
  project: Project;
  /** How many items the board holds (archived ones too), when the read asked (the BoardVersion fragment). */
  itemCount?: number;
}

interface ProjectBoardData {
  viewer?: { login?: unknown } | null;
  repositoryOwner?: { projectV2?: unknown } | null;
}

/** The board's fields and options, read live (names differ from board to board), and the signed-in login. */
export async function readProjectBoard(api: GitHubApi, ref: ProjectRef): Promise<ProjectBoard> {
  let data: ProjectBoardData;
  try {
    data = await api.graphql<ProjectBoardData>(ProjectBoardQuery, { owner: ref.owner, number: ref.number });
  } catch (error) {
    if (error instanceof GitHubError && error.problem === 'notFound') {
      throw new ProjectNotFoundError(ref);
    }
    throw error;
  }
  const viewer = data?.viewer?.login;
  if (typeof viewer !== 'string' || !viewer) {
    throw new GitHubError('unexpected', l10n.t('GitHub did not say who is signed in, so Sprint Flow cannot tell which items are yours. Refresh to try again.'));
  }
  const board = parseBoard(viewer, data?.repositoryOwner?.projectV2);
  if (!board) {
    throw new ProjectNotFoundError(ref);
  }
  return board;
}

/** A ProjectV2 node read with the ProjectFields fragment, and BoardVersion where the document spreads it. */
export function parseBoard(viewer: string, rawProject: unknown): ProjectBoard | undefined {
  const project = parseProject(rawProject);
  if (!project) {
    return undefined;
  }
  const itemCount = num(obj(obj(rawProject)?.items)?.totalCount);
  return itemCount === undefined ? { viewer, project } : { viewer, project, itemCount };
}

/** The board itself is missing or hidden, as opposed to one of its items or issues. */
export class ProjectNotFoundError extends GitHubError {
  constructor(readonly ref: ProjectRef) {
    super(
      'notFound',
      l10n.t('Project {0} of {1} was not found, or your sign-in cannot see it. Check the project URL, and that your account (and, for an organization, its token policy) has access.', ref.number, ownerOf(ref)),
    );
  }
}

/** For a project that was read before: it was deleted, or the account lost access to it, since `lastRead`. */
export function projectNoLongerFound(ref: ProjectRef, lastRead: Date): string {
  const when = lastRead.toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  return l10n.t('Project {0} of {1} is no longer found: it was deleted, or your sign-in lost access to it. The items below are as last read, {2}. Select the project your team uses now.', ref.number, ownerOf(ref), when);
}

function ownerOf(ref: ProjectRef): string {
  return ref.ownerKind === 'organization' ? l10n.t('the organization {0}', ref.owner) : l10n.t('the user {0}', ref.owner);
}
