/** REST JSON in GitHub's shapes (snake_case, html_url, node_id, user.login, ...), addresses on the server's origin. */
import { authorAssociation, Viewer, repoRole } from '../access';
import { CommentRec, CommitRec, IssueRec, LabelRec, nameWithOwner, OwnerRec, RepoRec, TimelineEventRec, UserRec } from '../model';
import { isoDateTime } from '../time';
import { apiRoot, avatarUrl, commentUrl, commitUrl, issueUrl, labelUrl, ownerUrl, repoUrl } from '../urls';

export type Json = Record<string, unknown>;

const time = (date: Date | null) => (date ? isoDateTime(date) : null);

export function userJson(origin: string, user: OwnerRec): Json {
  const api = `${apiRoot(origin)}/${user.kind === 'User' ? 'users' : 'orgs'}/${user.login}`;
  return {
    login: user.login,
    id: user.databaseId,
    node_id: user.id,
    avatar_url: avatarUrl(origin, user),
    gravatar_id: '',
    url: api,
    html_url: ownerUrl(origin, user),
    type: user.kind,
    site_admin: false,
  };
}

/** GET /user adds the profile. */
export function profileJson(origin: string, user: UserRec): Json {
  return {
    ...userJson(origin, user),
    name: user.name,
    company: null,
    blog: '',
    location: user.location,
    email: null,
    bio: null,
    public_repos: 0,
    followers: 0,
    following: 0,
    created_at: isoDateTime(user.createdAt),
    updated_at: isoDateTime(user.createdAt),
  };
}

export function repoJson(origin: string, repo: RepoRec, viewer: Viewer): Json {
  const role = repoRole(repo, viewer);
  const api = `${apiRoot(origin)}/repos/${nameWithOwner(repo)}`;
  return {
    id: repo.databaseId,
    node_id: repo.id,
    name: repo.name,
    full_name: nameWithOwner(repo),
    private: repo.isPrivate,
    visibility: repo.isPrivate ? 'private' : 'public',
    owner: userJson(origin, repo.owner),
    html_url: repoUrl(origin, repo),
    description: repo.description,
    fork: false,
    url: api,
    issues_url: `${api}/issues{/number}`,
    labels_url: `${api}/labels{/name}`,
    default_branch: 'main',
    has_issues: true,
    archived: false,
    open_issues_count: repo.issues.filter((i) => i.state === 'OPEN').length,
    created_at: isoDateTime(repo.createdAt),
    updated_at: isoDateTime(repo.updatedAt),
    pushed_at: isoDateTime(repo.updatedAt),
    permissions: {
      admin: role === 'ADMIN',
      maintain: role === 'ADMIN',
      push: role === 'ADMIN' || role === 'WRITE',
      triage: role === 'ADMIN' || role === 'WRITE',
      pull: role !== null,
    },
  };
}

export function labelJson(origin: string, label: LabelRec): Json {
  return {
    id: label.databaseId,
    node_id: label.id,
    url: `${apiRoot(origin)}/repos/${nameWithOwner(label.repo)}/labels/${encodeURIComponent(label.name)}`,
    html_url: labelUrl(origin, label),
    name: label.name,
    color: label.color,
    default: false,
    description: label.description,
  };
}

export function issueJson(origin: string, issue: IssueRec): Json {
  const api = `${apiRoot(origin)}/repos/${nameWithOwner(issue.repo)}/issues/${issue.number}`;
  const subIssuesDone = issue.subIssues.filter((s) => s.state === 'CLOSED').length;
  const json: Json = {
    url: api,
    repository_url: `${apiRoot(origin)}/repos/${nameWithOwner(issue.repo)}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    timeline_url: `${api}/timeline`,
    html_url: issueUrl(origin, issue),
    id: issue.databaseId,
    node_id: issue.id,
    number: issue.number,
    title: issue.title,
    user: userJson(origin, issue.author),
    labels: issue.labels.map((l) => labelJson(origin, l)),
    state: issue.state === 'OPEN' ? 'open' : 'closed',
    state_reason: issue.stateReason?.toLowerCase() ?? null,
    locked: false,
    assignee: issue.assignees[0] ? userJson(origin, issue.assignees[0]) : null,
    assignees: issue.assignees.map((u) => userJson(origin, u)),
    milestone: null,
    comments: issue.comments.length,
    created_at: isoDateTime(issue.createdAt),
    updated_at: isoDateTime(issue.updatedAt),
    closed_at: time(issue.closedAt),
    author_association: authorAssociation(issue.author, issue.repo),
    body: issue.body || null,
    sub_issues_summary: {
      total: issue.subIssues.length,
      completed: subIssuesDone,
      percent_completed: issue.subIssues.length ? Math.floor((subIssuesDone * 100) / issue.subIssues.length) : 0,
    },
  };
  if (issue.kind === 'PullRequest') {
    const prApi = `${apiRoot(origin)}/repos/${nameWithOwner(issue.repo)}/pulls/${issue.number}`;
    json.draft = issue.isDraft;
    json.pull_request = {
      url: prApi,
      html_url: issueUrl(origin, issue),
      diff_url: `${issueUrl(origin, issue)}.diff`,
      patch_url: `${issueUrl(origin, issue)}.patch`,
      merged_at: issue.merged ? time(issue.closedAt) : null,
    };
  }
  return json;
}

export function commentJson(origin: string, comment: CommentRec): Json {
  const repoApi = `${apiRoot(origin)}/repos/${nameWithOwner(comment.issue.repo)}`;
  return {
    url: `${repoApi}/issues/comments/${comment.databaseId}`,
    html_url: commentUrl(origin, comment),
    issue_url: `${repoApi}/issues/${comment.issue.number}`,
    id: comment.databaseId,
    node_id: comment.id,
    user: userJson(origin, comment.author),
    created_at: isoDateTime(comment.createdAt),
    updated_at: isoDateTime(comment.updatedAt),
    author_association: authorAssociation(comment.author, comment.issue.repo),
    body: comment.body,
  };
}

export function commitJson(origin: string, commit: CommitRec): Json {
  const api = `${apiRoot(origin)}/repos/${nameWithOwner(commit.repo)}/commits/${commit.sha}`;
  const person = { name: commit.author.name ?? commit.author.login, email: `${commit.author.login}@users.noreply.example`, date: isoDateTime(commit.date) };
  return {
    sha: commit.sha,
    node_id: `C_kwDO${Buffer.from(commit.sha).toString('base64url').slice(0, 20)}`,
    url: api,
    html_url: commitUrl(origin, commit),
    commit: { author: person, committer: person, message: commit.message, url: api, comment_count: 0 },
    author: userJson(origin, commit.author),
    committer: userJson(origin, commit.author),
    parents: [],
    stats: { total: 0, additions: 0, deletions: 0 },
    files: [],
  };
}

/** One entry of GET /issues/:n/timeline: a stored event or a comment (event "commented"). */
export function timelineJson(origin: string, issue: IssueRec, entry: TimelineEventRec | CommentRec): Json {
  if ('kind' in entry) {
    return { ...commentJson(origin, entry), event: 'commented', actor: userJson(origin, entry.author) };
  }
  const base: Json = {
    id: entry.databaseId,
    node_id: entry.id,
    url: `${apiRoot(origin)}/repos/${nameWithOwner(issue.repo)}/issues/events/${entry.databaseId}`,
    actor: userJson(origin, entry.actor),
    event: entry.event,
    commit_id: entry.commit?.sha ?? null,
    commit_url: entry.commit ? `${apiRoot(origin)}/repos/${nameWithOwner(entry.commit.repo)}/commits/${entry.commit.sha}` : null,
    created_at: isoDateTime(entry.createdAt),
  };
  switch (entry.event) {
    case 'cross-referenced':
      // GitHub sends no id for cross-references, only where they came from.
      return {
        actor: base.actor,
        event: entry.event,
        created_at: base.created_at,
        updated_at: base.created_at,
        source: { type: 'issue', issue: entry.source ? { ...issueJson(origin, entry.source), repository: { full_name: nameWithOwner(entry.source.repo) } } : null },
      };
    case 'closed':
      return { ...base, state_reason: entry.stateReason?.toLowerCase() ?? null };
    case 'labeled':
    case 'unlabeled':
      return { ...base, label: entry.label ? { name: entry.label.name, color: entry.label.color } : null };
    case 'assigned':
    case 'unassigned':
      return { ...base, assignee: entry.assignee ? userJson(origin, entry.assignee) : null };
    default:
      return base;
  }
}
