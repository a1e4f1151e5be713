/**
 * Who may see and change what, and the errors GitHub answers with when they may not. Shared by GraphQL and REST so
 * both refuse the same things.
 */
import { IssueRec, NodeRec, ProjectRec, RepoRec, Role, TokenRec, UserRec } from './model';

export type GitHubErrorType =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'INSUFFICIENT_SCOPES'
  | 'UNPROCESSABLE'
  | 'RATE_LIMITED'
  | 'INVALID_CURSOR_ARGUMENTS'
  | 'MISSING_PAGINATION_BOUNDARIES'
  | 'EXCESSIVE_PAGINATION'
  | 'MAX_NODE_LIMIT_EXCEEDED';

/** Thrown by resolvers and operations; GraphQL reports `type` at the top level of the error, as GitHub does. */
export class GitHubError extends Error {
  constructor(
    readonly type: GitHubErrorType,
    message: string,
  ) {
    super(message);
  }
}

/** The signed-in user and their token, for every read and write. */
export interface Viewer {
  user: UserRec;
  token: TokenRec;
}

const WRITE_ROLES: ReadonlySet<Role> = new Set<Role>(['WRITE', 'ADMIN']);

function ownerRole(owner: RepoRec['owner'], user: UserRec): Role | null {
  if (owner === user) {
    return 'ADMIN';
  }
  if (owner.kind === 'Organization' && owner.members.includes(user)) {
    return 'READ';
  }
  return null;
}

export function repoRole(repo: RepoRec, viewer: Viewer): Role | null {
  if (repo.isPrivate && !viewer.token.scopes.includes('repo')) {
    return null;
  }
  const role = repo.access.get(viewer.user.login) ?? ownerRole(repo.owner, viewer.user);
  return role ?? (repo.isPrivate ? null : 'READ');
}

export function canReadRepo(repo: RepoRec, viewer: Viewer): boolean {
  return repoRole(repo, viewer) !== null;
}

export function canWriteRepo(repo: RepoRec, viewer: Viewer): boolean {
  const role = repoRole(repo, viewer);
  return role !== null && WRITE_ROLES.has(role) && hasRepoScope(viewer.token, repo);
}

function hasRepoScope(token: TokenRec, repo: RepoRec): boolean {
  return token.scopes.includes('repo') || (!repo.isPrivate && token.scopes.includes('public_repo'));
}

export function projectRole(project: ProjectRec, viewer: Viewer): Role | null {
  const role = project.access.get(viewer.user.login) ?? ownerRole(project.owner, viewer.user);
  return role ?? (project.isPublic ? 'READ' : null);
}

export function canReadProject(project: ProjectRec, viewer: Viewer): boolean {
  return projectRole(project, viewer) !== null;
}

export function canWriteProject(project: ProjectRec, viewer: Viewer): boolean {
  const role = projectRole(project, viewer);
  return role !== null && WRITE_ROLES.has(role) && viewer.token.scopes.includes('project');
}

/** Whether a node may be shown to the viewer; invisible nodes read as null (or REDACTED on a project). */
export function canSee(node: NodeRec, viewer: Viewer): boolean {
  switch (node.kind) {
    case 'Repository':
      return canReadRepo(node, viewer);
    case 'Label':
      return canReadRepo(node.repo, viewer);
    case 'Issue':
    case 'PullRequest':
      return canReadRepo(node.repo, viewer);
    case 'IssueComment':
      return canReadRepo(node.issue.repo, viewer);
    case 'DiscussionCategory':
    case 'Discussion':
      return canReadRepo(node.repo, viewer);
    case 'DiscussionComment':
      return canReadRepo(node.discussion.repo, viewer);
    case 'ProjectV2':
      return canReadProject(node, viewer);
    case 'ProjectV2Field':
    case 'ProjectV2IterationField':
    case 'ProjectV2SingleSelectField':
    case 'ProjectV2Item':
      return canReadProject(node.project, viewer);
    case 'DraftIssue':
      return node.items.some((item) => canReadProject(item.project, viewer));
    default:
      return true;
  }
}

const PROJECT_SCOPES = ['read:project', 'project'];

/** GitHub refuses project fields to tokens without a project scope, naming the field in the message. */
export function requireProjectScope(viewer: Viewer, field: string): void {
  if (!viewer.token.scopes.some((scope) => PROJECT_SCOPES.includes(scope))) {
    throw insufficientScopes(viewer, field, ['read:project']);
  }
}

function insufficientScopes(viewer: Viewer, field: string, required: string[]): GitHubError {
  const list = (scopes: readonly string[]) => `[${scopes.map((s) => `'${s}'`).join(', ')}]`;
  return new GitHubError(
    'INSUFFICIENT_SCOPES',
    `Your token has not been granted the required scopes to execute this query. The '${field}' field requires one ` +
      `of the following scopes: ${list(required)}, but your token has only been granted the: ` +
      `${list(viewer.token.scopes)} scopes. Please modify your token's scopes at: https://github.com/settings/tokens.`,
  );
}

export function forbidden(viewer: Viewer, action: string): GitHubError {
  return new GitHubError('FORBIDDEN', `${viewer.user.login} does not have the correct permissions to execute \`${action}\``);
}

export function requireRepoWrite(repo: RepoRec, viewer: Viewer, action: string): void {
  if (!canWriteRepo(repo, viewer)) {
    throw forbidden(viewer, action);
  }
}

/** Authors may edit their own issues and comments; everyone else needs write access. */
export function requireAuthorOrWriter(author: UserRec, repo: RepoRec, viewer: Viewer, action: string): void {
  if (author !== viewer.user || !hasRepoScope(viewer.token, repo)) {
    requireRepoWrite(repo, viewer, action);
  }
}

/**
 * Writing to a project needs the `project` scope: GitHub refuses a token with only `read:project` by the scope it
 * lacks (naming the mutation), and someone without a write role as forbidden.
 */
export function requireProjectWrite(project: ProjectRec, viewer: Viewer, action: string): void {
  const role = projectRole(project, viewer);
  if (role !== null && WRITE_ROLES.has(role) && !viewer.token.scopes.includes('project')) {
    throw insufficientScopes(viewer, action.charAt(0).toLowerCase() + action.slice(1), ['project']);
  }
  if (!canWriteProject(project, viewer)) {
    throw forbidden(viewer, action);
  }
}

/** Commenting and opening issues need only read access (and a scope that covers the repository). */
export function requireRepoParticipation(repo: RepoRec, viewer: Viewer, action: string): void {
  if (!canReadRepo(repo, viewer) || !hasRepoScope(viewer.token, repo)) {
    throw forbidden(viewer, action);
  }
}

/**
 * How GitHub associates an author with a repository, as `authorAssociation` says: OWNER for the repository's owner
 * (a user), MEMBER for a member of its organization, COLLABORATOR for someone invited to it, CONTRIBUTOR for someone
 * whose commits are in it, NONE for anyone else.
 */
export function authorAssociation(author: UserRec, repo: RepoRec): string {
  if (repo.owner === author) return 'OWNER';
  if (repo.owner.kind === 'Organization' && repo.owner.members.includes(author)) return 'MEMBER';
  if (repo.access.has(author.login)) return 'COLLABORATOR';
  if (repo.commits.some((c) => c.author === author)) return 'CONTRIBUTOR';
  return 'NONE';
}

export function isIssueLike(node: NodeRec | undefined): node is IssueRec {
  return node?.kind === 'Issue' || node?.kind === 'PullRequest';
}
