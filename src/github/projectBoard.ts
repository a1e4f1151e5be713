import { Project, ProjectRef } from '../core/model';
import { GitHubApi } from './api';
import { GitHubError } from './errors';
import { ProjectBoardQuery } from './graphql/project';
import { parseProject } from './parse';

export interface ProjectBoard {
  viewer: string;
  project: Project;
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
      throw projectNotFound(ref);
    }
    throw error;
  }
  const project = parseProject(data?.repositoryOwner?.projectV2);
  if (!project) {
    throw projectNotFound(ref);
  }
  const viewer = data?.viewer?.login;
  if (typeof viewer !== 'string' || !viewer) {
    throw new GitHubError('unexpected', 'GitHub did not say who is signed in, so Sprint Flow cannot tell which items are yours. Refresh to try again.');
  }
  return { viewer, project };
}

function projectNotFound(ref: ProjectRef): GitHubError {
  const owner = ref.ownerKind === 'organization' ? `the organization ${ref.owner}` : `the user ${ref.owner}`;
  return new GitHubError(
    'notFound',
    `Project ${ref.number} of ${owner} was not found, or your sign-in cannot see it. Check the project URL, and that your account (and, for an organization, its token policy) has access.`,
  );
}
