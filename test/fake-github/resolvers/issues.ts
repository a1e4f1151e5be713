/** Repositories and what lives in them: labels, issues, pull requests, comments; and draft issues on boards. */
import { authorAssociation, canReadProject, canSee, canWriteRepo, GitHubError, repoRole } from '../access';
import { connection } from '../connection';
import { blockedBy } from '../dependencies';
import { Args, TypeResolvers } from './context';
import { escapeHtml } from '../escape';
import { CommentRec, DraftIssueRec, IssueRec, LabelRec, nameWithOwner, RepoRec, UserRec } from '../model';
import { commentUrl, issueUrl, labelUrl, repoUrl } from '../urls';
import { commitNode, pullRequestCommits, timelineItems } from './timeline';

/** An issue's state, or a pull request's (MERGED is its own state there). */
function stateOf(issue: IssueRec): string {
  return issue.kind === 'PullRequest' && issue.merged ? 'MERGED' : issue.state;
}

/** Repository.issues / pullRequests / Label.issues arguments: labels (all must match), states, filterBy, orderBy. */
export function selectIssues(all: readonly IssueRec[], args: Args): IssueRec[] {
  const filter = args.filterBy ?? {};
  const labels: string[] | undefined = args.labels ?? filter.labels;
  const states: string[] | undefined = args.states ?? filter.states;
  const since = filter.since ? Date.parse(filter.since) : undefined;
  const sameLogin = (user: UserRec, login: string) => user.login.toLowerCase() === login.toLowerCase();
  const assigned = (issue: IssueRec) =>
    !filter.assignee ||
    (filter.assignee === '*' ? issue.assignees.length > 0 : issue.assignees.some((u) => sameLogin(u, filter.assignee)));
  const selected = all.filter(
    (issue) =>
      (!labels || labels.every((name) => issue.labels.some((l) => l.name === name))) &&
      (!states || states.includes(stateOf(issue))) &&
      assigned(issue) &&
      (!filter.createdBy || sameLogin(issue.author, filter.createdBy)) &&
      (since === undefined || issue.updatedAt.getTime() >= since),
  );
  const order = args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
  const key = (issue: IssueRec) =>
    order.field === 'UPDATED_AT' ? issue.updatedAt.getTime() : order.field === 'COMMENTS' ? issue.comments.length : issue.createdAt.getTime();
  const sign = order.direction === 'DESC' ? -1 : 1;
  return selected.sort((a, b) => sign * (key(a) - key(b)) || sign * (a.number - b.number));
}

function byNumber(repo: RepoRec, number: number, kind: IssueRec['kind'] | null): IssueRec {
  const found = repo.issues[number - 1];
  if (!found || (kind && found.kind !== kind)) {
    const what = kind === 'PullRequest' ? 'a PullRequest' : kind === 'Issue' ? 'an Issue' : 'an issue or pull request';
    throw new GitHubError('NOT_FOUND', `Could not resolve to ${what} with the number of ${number}.`);
  }
  return found;
}

const repository: TypeResolvers<RepoRec> = {
  nameWithOwner: (r) => nameWithOwner(r),
  url: (r, _args, context) => repoUrl(context.origin, r),
  resourcePath: (r) => `/${nameWithOwner(r)}`,
  visibility: (r) => (r.isPrivate ? 'PRIVATE' : 'PUBLIC'),
  pushedAt: (r) => r.updatedAt,
  hasIssuesEnabled: () => true,
  isArchived: () => false,
  isFork: () => false,
  viewerPermission: (r, _args, context) => repoRole(r, context),
  labels: (r, args) => {
    const words = (args.query ?? '').toLowerCase();
    const matching = r.labels.filter((l) => l.name.toLowerCase().includes(words) || (l.description ?? '').toLowerCase().includes(words));
    const order = args.orderBy?.field === 'CREATED_AT' ? (l: LabelRec) => l.createdAt.getTime() : null;
    const sorted = order ? [...matching].sort((a, b) => order(a) - order(b)) : [...matching].sort((a, b) => a.name.localeCompare(b.name));
    return connection(args.orderBy?.direction === 'DESC' ? sorted.reverse() : sorted, args);
  },
  label: (r, { name }) => r.labels.find((l) => l.name.toLowerCase() === String(name).toLowerCase()) ?? null,
  issues: (r, args) => connection(selectIssues(r.issues.filter((i) => i.kind === 'Issue'), args), args),
  pullRequests: (r, args) =>
    connection(selectIssues(r.issues.filter((i) => i.kind === 'PullRequest'), args), args),
  issue: (r, { number }) => byNumber(r, number, 'Issue'),
  pullRequest: (r, { number }) => byNumber(r, number, 'PullRequest'),
  issueOrPullRequest: (r, { number }) => byNumber(r, number, null),
  assignableUsers: (r, args, context) =>
    connection([...context.state.users.values()].filter((u) => canWriteRepo(r, { user: u, token: context.token })), args),
};

const label: TypeResolvers<LabelRec> = {
  url: (l, _args, context) => labelUrl(context.origin, l),
  resourcePath: (l, _args, context) => new URL(labelUrl(context.origin, l)).pathname,
  isDefault: () => false,
  updatedAt: (l) => l.createdAt,
  issues: (l, args) => connection(selectIssues(l.repo.issues.filter((i) => i.kind === 'Issue' && i.labels.includes(l)), args), args),
};


const issueLike: TypeResolvers<IssueRec> = {
  url: (i, _args, context) => issueUrl(context.origin, i),
  resourcePath: (i, _args, context) => new URL(issueUrl(context.origin, i)).pathname,
  repository: (i) => i.repo,
  bodyText: (i) => i.body,
  bodyHTML: (i) => `<p>${escapeHtml(i.body)}</p>`,
  closed: (i) => i.state === 'CLOSED',
  locked: () => false,
  lastEditedAt: () => null,
  createdViaEmail: () => false,
  includesCreatedEdit: () => false,
  authorAssociation: (i) => authorAssociation(i.author, i.repo),
  viewerDidAuthor: (i, _args, context) => i.author === context.user,
  viewerCanUpdate: (i, _args, context) => i.author === context.user || canWriteRepo(i.repo, context),
  assignees: (i, args) => connection(i.assignees, args),
  labels: (i, args) => connection(i.labels, args),
  comments: (i, args) => connection(i.comments, args),
  projectItems: (i, args, context) =>
    connection(i.projectItems.filter((item) => canReadProject(item.project, context) && (args.includeArchived !== false || !item.isArchived)), args),
  participants: (i, args) => connection([...new Set([i.author, ...i.assignees, ...i.comments.map((c) => c.author)])], args),
};

const issue: TypeResolvers<IssueRec> = {
  ...issueLike,
  stateReason: (i) => i.stateReason,
  subIssues: (i, args, context) => connection(i.subIssues.filter((s) => canSee(s, context)), args),
  subIssuesSummary: (i) => {
    const total = i.subIssues.length;
    const completed = i.subIssues.filter((s) => s.state === 'CLOSED').length;
    return { total, completed, percentCompleted: total ? Math.floor((completed * 100) / total) : 0 };
  },
  parent: (i, _args, context) => (i.parent && canSee(i.parent, context) ? i.parent : null),
  trackedIssuesCount: () => 0,
  blockedBy: (i, args, context) => connection(blockedBy(i).filter((b) => canSee(b, context)), args),
  timelineItems: (i, args, context) => timelineItems(i, args, context),
};

const pullRequest: TypeResolvers<IssueRec> = {
  ...issueLike,
  state: (pr) => stateOf(pr),
  mergedAt: (pr) => (pr.merged ? pr.closedAt : null),
  permalink: (pr, _args, context) => issueUrl(context.origin, pr),
  headRefName: (pr) => `${pr.author.login}/change-${pr.number}`,
  baseRefName: () => 'main',
  additions: () => 0,
  deletions: () => 0,
  changedFiles: () => 0,
  mergeable: () => 'UNKNOWN',
  reviewDecision: () => null,
  totalCommentsCount: (pr) => pr.comments.length,
  commits: (pr, args) => connection(pullRequestCommits(pr), args),
  timelineItems: (pr, args, context) => timelineItems(pr, args, context),
  mergeCommit: (pr) => {
    const last = pullRequestCommits(pr).at(-1);
    return pr.merged && last ? commitNode(last) : null;
  },
};

const draftIssue: TypeResolvers<DraftIssueRec> = {
  assignees: (d, args) => connection(d.assignees, args),
  projectV2Items: (d, args, context) => connection(d.items.filter((item) => canReadProject(item.project, context)), args),
  projectsV2: (d, args, context) =>
    connection([...new Set(d.items.map((item) => item.project))].filter((p) => canReadProject(p, context)), args),
};

const issueComment: TypeResolvers<CommentRec> = {
  url: (c, _args, context) => commentUrl(context.origin, c),
  resourcePath: (c, _args, context) => commentUrl(context.origin, c).slice(context.origin.length),
  bodyText: (c) => c.body,
  bodyHTML: (c) => `<p>${escapeHtml(c.body)}</p>`,
  repository: (c) => c.issue.repo,
  pullRequest: (c) => (c.issue.kind === 'PullRequest' ? c.issue : null),
  publishedAt: (c) => c.createdAt,
  lastEditedAt: (c) => c.lastEditedAt ?? (c.editor ? c.updatedAt : null),
  isMinimized: (c) => !!c.minimizedReason,
  minimizedReason: (c) => c.minimizedReason ?? null,
  createdViaEmail: () => false,
  includesCreatedEdit: (c) => !!(c.editor || c.lastEditedAt),
  authorAssociation: (c) => authorAssociation(c.author, c.issue.repo),
  editor: (c) => c.editor ?? null,
  viewerDidAuthor: (c, _args, context) => c.author === context.user,
  viewerCanUpdate: (c, _args, context) => c.author === context.user || canWriteRepo(c.issue.repo, context),
  viewerCanDelete: (c, _args, context) => c.author === context.user || canWriteRepo(c.issue.repo, context),
};

export const issueResolvers = {
  Repository: repository,
  Label: label,
  Issue: issue,
  PullRequest: pullRequest,
  DraftIssue: draftIssue,
  IssueComment: issueComment,
};
