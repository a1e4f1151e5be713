import { Project, ProjectRef } from '../core/model';
import { GitHubApi } from './api';
import { GitHubError } from './errors';
import { ProjectBoardQuery } from './graphql/project';
import { num, obj } from './json';
import { parseProject } from './parse';

export interface ProjectBoard {
  viewer: string;
  project: Project;
  /** How many items the board holds (archived ones too), when the read asked (the BoardVersion fragment). */
  itemCount?: number;
}

interface ProjectBoardData {
  viewer: { login: string };
  repositoryOwner: { projectV2?: unknown } | null;
}

/** The board's fields and options, read live (names differ from board to board), and the signed-in login. */
export async function readProjectBoard(api: GitHubApi, ref: ProjectRef): Promise<ProjectBoard> {
  let data: ProjectBoardData;
  try {
    data = await api.graphql<ProjectBoardData>(ProjectBoardQuery, { owner: ref.owner, number: ref.number });
  } catch (error) {
    if (error instanceof GitHubError && error.problem === 'notFound') {
      throw projectNotFound(ref);
    }
    throw error;
  }
  const board = parseBoard(data.viewer.login, data.repositoryOwner?.projectV2);
  if (!board) {
    throw projectNotFound(ref);
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

function projectNotFound(ref: ProjectRef): GitHubError {
  const owner = ref.ownerKind === 'organization' ? `the organization ${ref.owner}` : `the user ${ref.owner}`;
  return new GitHubError(
    'notFound',
    `Project ${ref.number} of ${owner} was not found, or your sign-in cannot see it. Check the project URL, and that your account (and, for an organization, its token policy) has access.`,
  );
}
