/** Query roots and the accounts that own things: users and organizations (both ProjectV2Owner). */
import { canReadProject, canReadRepo, GitHubError, repoRole, requireProjectScope } from '../access';
import { connection } from '../connection';
import { RequestContext, TypeResolvers, visibleNode } from './context';
import { OrgRec, OwnerRec, ProjectRec, UserRec } from '../model';
import { avatarUrl, ownerUrl } from '../urls';

const ORDER_KEYS: Record<string, (p: ProjectRec) => number | string> = {
  CREATED_AT: (p) => p.createdAt.getTime(),
  UPDATED_AT: (p) => p.updatedAt.getTime(),
  NUMBER: (p) => p.number,
  TITLE: (p) => p.title.toLowerCase(),
};

export function sortProjects(projects: ProjectRec[], orderBy: { field: string; direction: string } | undefined): ProjectRec[] {
  const key = ORDER_KEYS[orderBy?.field ?? 'NUMBER'];
  const sign = orderBy?.direction === 'DESC' ? -1 : 1;
  return [...projects].sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : 0));
}

/** projectsV2(query:) understands words in the title and is:open / is:closed. */
function matchesProjectQuery(project: ProjectRec, query: string | undefined): boolean {
  return (query ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => {
      if (word === 'is:open') return !project.closed;
      if (word === 'is:closed') return project.closed;
      return project.title.toLowerCase().includes(word.toLowerCase());
    });
}

const projectOwner: TypeResolvers<OwnerRec> = {
  projectV2: (owner, { number }, context) => {
    requireProjectScope(context, 'projectV2');
    const project = context.state.project(owner, number);
    if (!project || !canReadProject(project, context)) {
      throw new GitHubError('NOT_FOUND', `Could not resolve to a ProjectV2 with the number ${number}.`);
    }
    return project;
  },
  projectsV2: (owner, args, context) => {
    requireProjectScope(context, 'projectsV2');
    const visible = context.state.projects.filter(
      (p) => p.owner === owner && canReadProject(p, context) && matchesProjectQuery(p, args.query),
    );
    return connection(sortProjects(visible, args.orderBy), args);
  },
  url: (owner, _args, context) => ownerUrl(context.origin, owner),
  resourcePath: (owner) => `/${owner.login}`,
  avatarUrl: (owner, _args, context) => avatarUrl(context.origin, owner),
  updatedAt: (owner) => owner.createdAt,
  repositories: (owner, args, context) =>
    connection([...context.state.repos.values()].filter((r) => r.owner === owner && canReadRepo(r, context)), args),
  repository: (owner, { name }, context) => {
    const repo = context.state.repo(owner.login, name);
    return repo && canReadRepo(repo, context) ? repo : null;
  },
};

const user: TypeResolvers<UserRec> = {
  ...projectOwner,
  email: () => '',
  isViewer: (u, _args, context) => u === context.user,
  organizations: (u, args, context) =>
    connection([...context.state.orgs.values()].filter((o) => o.members.includes(u)), args),
  company: () => null,
  bio: () => null,
};

const organization: TypeResolvers<OrgRec> = {
  ...projectOwner,
  description: () => null,
  viewerIsAMember: (o, _args, context) => o.members.includes(context.user),
  membersWithRole: (o, args) => connection(o.members, args),
};

function notFound(what: string, detail: string): never {
  throw new GitHubError('NOT_FOUND', `Could not resolve to ${what} ${detail}.`);
}

const query: TypeResolvers<unknown> = {
  viewer: (_root, _args, context) => context.user,
  repositoryOwner: (_root, { login }, context) => context.state.owner(login) ?? null,
  organization: (_root, { login }, context) =>
    context.state.orgs.get(login.toLowerCase()) ?? notFound('an Organization', `with the login of '${login}'`),
  user: (_root, { login }, context) => context.state.user(login) ?? notFound('a User', `with the login of '${login}'`),
  repository: (_root, { owner, name }, context: RequestContext) => {
    const repo = context.state.repo(owner, name);
    return repo && repoRole(repo, context) ? repo : notFound('a Repository', `with the name '${owner}/${name}'`);
  },
  node: (_root, { id }, context) => visibleNode(context, id),
  // An Error in the list becomes an error at that index with a null node, as GitHub reports missing ids.
  nodes: (_root, { ids }, context) =>
    (ids as string[]).map((id) => {
      try {
        return visibleNode(context, id);
      } catch (error) {
        return error;
      }
    }),
  rateLimit: (_root, _args, context) => context.rateLimit,
};

export const ownerResolvers = { Query: query, User: user, Organization: organization };
