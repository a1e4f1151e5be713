/**
 * The fake GitHub's in-memory world: plain records that point at each other (state.ts holds and finds them).
 * Records carry a `kind` that is their GraphQL type name, which is how unions and interfaces are resolved.
 * Nothing here knows about HTTP, URLs or permissions.
 */
export type Role = 'READ' | 'WRITE' | 'ADMIN';

export interface UserRec {
  kind: 'User';
  id: string;
  databaseId: number;
  login: string;
  name: string | null;
  location: string | null;
  createdAt: Date;
}

export interface OrgRec {
  kind: 'Organization';
  id: string;
  databaseId: number;
  login: string;
  name: string | null;
  members: UserRec[];
  createdAt: Date;
}

export type OwnerRec = UserRec | OrgRec;

export interface RepoRec {
  kind: 'Repository';
  id: string;
  databaseId: number;
  owner: OwnerRec;
  name: string;
  description: string | null;
  isPrivate: boolean;
  /** Explicit roles; organization members read public and private repositories of their organization. */
  access: Map<string, Role>;
  labels: LabelRec[];
  /** Issues and pull requests share the number sequence, as on GitHub. */
  issues: IssueRec[];
  commits: CommitRec[];
  /** Discussions are off unless turned on (see discussions.ts); their numbers are their own sequence here. */
  hasDiscussionsEnabled: boolean;
  discussionCategories: DiscussionCategoryRec[];
  discussions: DiscussionRec[];
  createdAt: Date;
  updatedAt: Date;
}

export interface DiscussionCategoryRec {
  kind: 'DiscussionCategory';
  id: string;
  repo: RepoRec;
  name: string;
  slug: string;
  emoji: string;
  description: string | null;
  isAnswerable: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface DiscussionRec {
  kind: 'Discussion';
  id: string;
  databaseId: number;
  repo: RepoRec;
  category: DiscussionCategoryRec;
  number: number;
  title: string;
  body: string;
  author: UserRec;
  closed: boolean;
  stateReason: 'DUPLICATE' | 'OUTDATED' | 'RESOLVED' | 'REOPENED' | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  comments: DiscussionCommentRec[];
}

export interface DiscussionCommentRec {
  kind: 'DiscussionComment';
  id: string;
  databaseId: number;
  discussion: DiscussionRec;
  author: UserRec;
  editor?: UserRec;
  /**
   * When the body was last edited, set only where GitHub no longer names the editor (their account was deleted): it
   * then answers `lastEditedAt` with `editor: null`. Otherwise `lastEditedAt` follows `editor`.
   */
  lastEditedAt?: Date;
  /** Why someone with write access hid the comment (GitHub's `minimizedReason`: `spam`, `abuse`, `off-topic`, ...). */
  minimizedReason?: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface LabelRec {
  kind: 'Label';
  id: string;
  databaseId: number;
  repo: RepoRec;
  name: string;
  color: string;
  description: string | null;
  createdAt: Date;
}

export type IssueStateReason = 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | 'REOPENED';

export interface IssueRec {
  kind: 'Issue' | 'PullRequest';
  id: string;
  databaseId: number;
  repo: RepoRec;
  number: number;
  title: string;
  body: string;
  author: UserRec;
  assignees: UserRec[];
  labels: LabelRec[];
  state: 'OPEN' | 'CLOSED';
  stateReason: IssueStateReason | null;
  /** Pull requests only. */
  merged: boolean;
  isDraft: boolean;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  comments: CommentRec[];
  /** Events other than comments; comments are merged in when the timeline is read. */
  timeline: TimelineEventRec[];
  parent: IssueRec | null;
  subIssues: IssueRec[];
  projectItems: ItemRec[];
}

export interface CommentRec {
  kind: 'IssueComment';
  id: string;
  databaseId: number;
  issue: IssueRec;
  author: UserRec;
  /** Who edited the body last, when anyone did (GitHub's `editor`). */
  editor?: UserRec;
  /**
   * When the body was last edited, set only where GitHub no longer names the editor (their account was deleted): it
   * then answers `lastEditedAt` with `editor: null`. Otherwise `lastEditedAt` follows `editor`.
   */
  lastEditedAt?: Date;
  /** Why someone with write access hid the comment (GitHub's `minimizedReason`: `spam`, `abuse`, `off-topic`, ...). */
  minimizedReason?: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

export type TimelineEventKind =
  | 'referenced'
  | 'cross-referenced'
  | 'closed'
  | 'reopened'
  | 'connected'
  | 'labeled'
  | 'unlabeled'
  | 'assigned'
  | 'unassigned'
  | 'merged';

export interface TimelineEventRec {
  id: string;
  databaseId: number;
  event: TimelineEventKind;
  actor: UserRec;
  createdAt: Date;
  /** referenced: the commit that mentions the issue. */
  commit?: CommitRec;
  /** cross-referenced: the issue or pull request that mentions this one; connected: the linked pull request. */
  source?: IssueRec;
  label?: LabelRec;
  assignee?: UserRec;
  stateReason?: IssueStateReason | null;
  /** closed: the commit or pull request that closed the issue, when one did. */
  closer?: CommitRec | IssueRec;
}

export interface CommitRec {
  sha: string;
  repo: RepoRec;
  message: string;
  author: UserRec;
  date: Date;
  /** The pull request this commit was pushed to, if any. */
  pullRequest?: IssueRec;
}

export type FieldDataType =
  | 'TITLE'
  | 'ASSIGNEES'
  | 'LABELS'
  | 'LINKED_PULL_REQUESTS'
  | 'MILESTONE'
  | 'REPOSITORY'
  | 'REVIEWERS'
  | 'PARENT_ISSUE'
  | 'SUB_ISSUES_PROGRESS'
  | 'SINGLE_SELECT'
  | 'ITERATION'
  | 'NUMBER'
  | 'TEXT'
  | 'DATE';

export interface OptionRec {
  id: string;
  name: string;
  color: string;
  description: string;
}

export interface IterationRec {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  startDate: string;
  duration: number;
}

export interface FieldRec {
  kind: 'ProjectV2Field' | 'ProjectV2IterationField' | 'ProjectV2SingleSelectField';
  id: string;
  databaseId: number;
  project: ProjectRec;
  name: string;
  dataType: FieldDataType;
  /** SINGLE_SELECT only. */
  options: OptionRec[];
  /** ITERATION only; which iterations are completed is decided by the clock when read. */
  iterationConfig: { duration: number; startDay: number; iterations: IterationRec[] } | null;
  createdAt: Date;
  updatedAt: Date;
}

export type FieldValueRec = (
  | { type: 'singleSelect'; optionId: string }
  | { type: 'iteration'; iterationId: string }
  | { type: 'number'; number: number }
  | { type: 'text'; text: string }
  | { type: 'date'; date: string }
) & { updatedAt: Date; creator: UserRec | null };

export interface DraftIssueRec {
  kind: 'DraftIssue';
  id: string;
  title: string;
  body: string;
  assignees: UserRec[];
  creator: UserRec | null;
  createdAt: Date;
  updatedAt: Date;
  items: ItemRec[];
}

export type ItemContentRec = IssueRec | DraftIssueRec;

export interface ItemRec {
  kind: 'ProjectV2Item';
  id: string;
  databaseId: number;
  project: ProjectRec;
  content: ItemContentRec | null;
  isArchived: boolean;
  /** Custom field values by field id (built-in fields are read from the content). */
  values: Map<string, FieldValueRec>;
  creator: UserRec | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProjectRec {
  kind: 'ProjectV2';
  id: string;
  databaseId: number;
  owner: OwnerRec;
  number: number;
  title: string;
  shortDescription: string | null;
  readme: string | null;
  isPublic: boolean;
  closed: boolean;
  /** Explicit roles; organization members read the organization's projects. */
  access: Map<string, Role>;
  fields: FieldRec[];
  items: ItemRec[];
  creator: UserRec | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One request budget of a token (GitHub keeps separate ones for REST "core" and GraphQL). */
export interface Budget {
  limit: number;
  used: number;
  resetAt: Date;
}

export interface TokenRec {
  token: string;
  user: UserRec;
  scopes: string[];
  budgets: { core: Budget; graphql: Budget };
}

export type NodeRec =
  | UserRec
  | OrgRec
  | RepoRec
  | LabelRec
  | IssueRec
  | CommentRec
  | ProjectRec
  | FieldRec
  | ItemRec
  | DraftIssueRec
  | DiscussionCategoryRec
  | DiscussionRec
  | DiscussionCommentRec;

export function nameWithOwner(repo: RepoRec): string {
  return `${repo.owner.login}/${repo.name}`;
}
