/** Web and API addresses of records. Everything points at the server's own origin, so links work in the demo. */
import { CommitRec, CommentRec, IssueRec, LabelRec, OwnerRec, ProjectRec, RepoRec } from './model';

export function ownerUrl(origin: string, owner: OwnerRec): string {
  return `${origin}/${owner.login}`;
}

export function repoUrl(origin: string, repo: RepoRec): string {
  return `${origin}/${repo.owner.login}/${repo.name}`;
}

export function issueUrl(origin: string, issue: IssueRec): string {
  return `${repoUrl(origin, issue.repo)}/${issue.kind === 'PullRequest' ? 'pull' : 'issues'}/${issue.number}`;
}

export function commentUrl(origin: string, comment: CommentRec): string {
  return `${issueUrl(origin, comment.issue)}#issuecomment-${comment.databaseId}`;
}

export function labelUrl(origin: string, label: LabelRec): string {
  return `${repoUrl(origin, label.repo)}/labels/${encodeURIComponent(label.name)}`;
}

export function commitUrl(origin: string, commit: CommitRec): string {
  return `${repoUrl(origin, commit.repo)}/commit/${commit.sha}`;
}

export function projectUrl(origin: string, project: ProjectRec): string {
  const kind = project.owner.kind === 'Organization' ? 'orgs' : 'users';
  return `${origin}/${kind}/${project.owner.login}/projects/${project.number}`;
}

export function avatarUrl(origin: string, owner: OwnerRec): string {
  return `${origin}/avatars/u/${owner.databaseId}?v=4`;
}

/** The REST API root, as GitHub Enterprise Server lays it out. */
export function apiRoot(origin: string): string {
  return `${origin}/api/v3`;
}
