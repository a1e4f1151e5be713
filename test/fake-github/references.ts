/**
 * GitHub's automatic cross-links: a commit that mentions an issue adds a "referenced" event to it, and an issue or
 * comment that mentions another issue adds a "cross-referenced" event to that one.
 */
import { CommitRec, IssueRec, RepoRec, TimelineEventRec, UserRec } from './model';
import { GitHubState } from './state';

const SHORT_REFERENCE = /(?:^|[^\w/])(?:([A-Za-z0-9][\w.-]*)\/([\w.-]+))?#(\d+)\b/g;
const URL_REFERENCE = /https?:\/\/[^\s/]+\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull)\/(\d+)/g;

/** The issues and pull requests a text mentions, relative to the repository it was written in. */
export function mentionedIssues(state: GitHubState, text: string, home: RepoRec): IssueRec[] {
  const found = new Set<IssueRec>();
  for (const pattern of [SHORT_REFERENCE, URL_REFERENCE]) {
    for (const match of text.matchAll(pattern)) {
      const [, owner, name, number] = match;
      const repository = owner && name ? state.repo(owner, name) : home;
      const target = repository?.issues[Number(number) - 1];
      if (target) {
        found.add(target);
      }
    }
  }
  return [...found];
}

/** Appends an event (not a comment: those are merged in when the timeline is read) to an issue's timeline. */
export function addTimelineEvent(state: GitHubState, target: IssueRec, event: Omit<TimelineEventRec, 'id' | 'databaseId'>): void {
  const databaseId = state.nextDatabaseId();
  target.timeline.push({ id: `E_kwDO${Buffer.from(`0:Event${databaseId}`).toString('base64url')}`, databaseId, ...event });
}

export function recordCommitReferences(state: GitHubState, commit: CommitRec): void {
  for (const target of mentionedIssues(state, commit.message, commit.repo)) {
    addTimelineEvent(state, target, { event: 'referenced', actor: commit.author, createdAt: commit.date, commit });
  }
}

export function recordCrossReferences(state: GitHubState, source: IssueRec, text: string, actor: UserRec, at: Date): void {
  for (const target of mentionedIssues(state, text, source.repo)) {
    if (target !== source) {
      addTimelineEvent(state, target, { event: 'cross-referenced', actor, createdAt: at, source });
    }
  }
}
