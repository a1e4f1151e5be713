import { GitHubApi } from './api';
import { ViewerProjectsQuery } from './graphql/viewer';
import { GitHubOctokit } from './client';
import { toGitHubError } from './errors';

export interface ProjectSummary {
  title: string;
  url: string;
  number: number;
  owner: string;
  closed: boolean;
  updatedAt: string;
  shortDescription?: string;
}

interface RawSummary {
  title?: string;
  url?: string;
  number?: number;
  closed?: boolean;
  updatedAt?: string;
  shortDescription?: string | null;
}

interface ViewerProjectsData {
  viewer: {
    login: string;
    projectsV2: { nodes: (RawSummary | null)[] | null };
    organizations: { nodes: ({ login: string; projectsV2: { nodes: (RawSummary | null)[] | null } } | null)[] | null };
  };
}

/** The viewer's own projects and their organizations' projects, open ones first and most recently updated first. */
export async function readViewerProjects(api: GitHubApi): Promise<ProjectSummary[]> {
  const { viewer } = await api.graphql<ViewerProjectsData>(ViewerProjectsQuery);
  const summaries = (owner: string, list: (RawSummary | null)[] | null): ProjectSummary[] =>
    (list ?? []).flatMap((p) =>
      p?.url && p.title !== undefined && p.number !== undefined
        ? [{ title: p.title, url: p.url, number: p.number, owner, closed: !!p.closed, updatedAt: p.updatedAt ?? '', shortDescription: p.shortDescription ?? undefined }]
        : [],
    );
  const all = [
    ...summaries(viewer.login, viewer.projectsV2.nodes),
    ...(viewer.organizations.nodes ?? []).flatMap((org) => (org ? summaries(org.login, org.projectsV2.nodes) : [])),
  ];
  return all.sort((a, b) => Number(a.closed) - Number(b.closed) || b.updatedAt.localeCompare(a.updatedAt));
}

export interface TokenCheck {
  login: string;
  /** Scopes of a classic token; undefined for fine-grained tokens and apps, which do not report them. */
  scopes?: string[];
}

/** Asks GitHub who a token belongs to, before it is saved. */
export async function checkToken(octokit: GitHubOctokit): Promise<TokenCheck> {
  try {
    const response = await octokit.rest.users.getAuthenticated();
    const header = response.headers['x-oauth-scopes'];
    return {
      login: response.data.login,
      scopes: typeof header === 'string' ? header.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    };
  } catch (error) {
    throw toGitHubError(error);
  }
}
