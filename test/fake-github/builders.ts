/**
 * Small builders for fixtures (people, repositories, issues; boards are in boardBuilders.ts): a test makes the world
 * it needs in a few lines, e.g.
 *
 *   const state = new GitHubState();
 *   const ann = user(state, 'ann');
 *   const api = repo(state, 'acme/api', { labels: ['blocked'], writers: [ann] });
 *   const sprint = board(state, 'acme', { title: 'Sprint', iterations: { startDate: '2025-01-06', count: 4 } });
 *   addItem(state, sprint, issue(state, api, { title: 'Fix login', assignees: [ann] }), { Status: 'Done', Iteration: 'Iteration 2' });
 */
import { CommitRec, DraftIssueRec, IssueRec, IssueStateReason, LabelRec, OrgRec, OwnerRec, RepoRec, Role, UserRec } from './model';
import { addTimelineEvent, recordCommitReferences } from './references';
import { GitHubState } from './state';

/** An 8-hex-digit id like GitHub's option and iteration ids, unique within the state. */
export function shortId(state: GitHubState): string {
  return ((state.nextDatabaseId() * 2_654_435_761) >>> 0).toString(16).padStart(8, '0');
}

export function user(state: GitHubState, login: string, opts: { name?: string; location?: string; createdAt?: Date } = {}): UserRec {
  const databaseId = state.nextDatabaseId();
  const record: UserRec = {
    kind: 'User',
    id: state.newNodeId('User', databaseId),
    databaseId,
    login,
    name: opts.name ?? null,
    location: opts.location ?? null,
    createdAt: opts.createdAt ?? state.now(),
  };
  state.users.set(login.toLowerCase(), state.register(record));
  return record;
}

export function org(state: GitHubState, login: string, opts: { name?: string; members?: UserRec[] } = {}): OrgRec {
  const databaseId = state.nextDatabaseId();
  const record: OrgRec = {
    kind: 'Organization',
    id: state.newNodeId('Organization', databaseId),
    databaseId,
    login,
    name: opts.name ?? null,
    members: [...(opts.members ?? [])],
    createdAt: state.now(),
  };
  state.orgs.set(login.toLowerCase(), state.register(record));
  return record;
}

/** The owner by login, creating an organization when nobody has that login yet. */
export function ownerOf(state: GitHubState, login: string): OwnerRec {
  return state.owner(login) ?? org(state, login);
}

export interface LabelSpec {
  name: string;
  color?: string;
  description?: string;
}

export interface RepoOptions {
  private?: boolean;
  description?: string;
  labels?: (string | LabelSpec)[];
  /** Users who may push (WRITE); organization members read without being listed. */
  writers?: UserRec[];
  readers?: UserRec[];
  admins?: UserRec[];
}

export function repo(state: GitHubState, fullName: string, opts: RepoOptions = {}): RepoRec {
  const [ownerLogin, name] = fullName.split('/');
  const databaseId = state.nextDatabaseId();
  const access = new Map<string, Role>();
  const grant = (users: UserRec[] | undefined, role: Role) => users?.forEach((u) => access.set(u.login, role));
  grant(opts.readers, 'READ');
  grant(opts.writers, 'WRITE');
  grant(opts.admins, 'ADMIN');
  const record: RepoRec = {
    kind: 'Repository',
    id: state.newNodeId('Repository', databaseId),
    databaseId,
    owner: ownerOf(state, ownerLogin),
    name,
    description: opts.description ?? null,
    isPrivate: opts.private ?? false,
    access,
    labels: [],
    issues: [],
    commits: [],
    hasDiscussionsEnabled: false,
    discussionCategories: [],
    discussions: [],
    createdAt: state.now(),
    updatedAt: state.now(),
  };
  state.repos.set(fullName.toLowerCase(), state.register(record));
  for (const spec of opts.labels ?? []) {
    label(state, record, typeof spec === 'string' ? { name: spec } : spec);
  }
  return record;
}

export function label(state: GitHubState, repository: RepoRec, spec: LabelSpec): LabelRec {
  const databaseId = state.nextDatabaseId();
  const record: LabelRec = {
    kind: 'Label',
    id: state.newNodeId('Label', databaseId),
    databaseId,
    repo: repository,
    name: spec.name,
    color: spec.color ?? 'ededed',
    description: spec.description ?? null,
    createdAt: state.now(),
  };
  repository.labels.push(state.register(record));
  return record;
}

export interface IssueOptions {
  title: string;
  body?: string;
  author?: UserRec;
  assignees?: UserRec[];
  /** Label names; labels the repository lacks are created. */
  labels?: string[];
  state?: 'OPEN' | 'CLOSED';
  stateReason?: IssueStateReason;
  createdAt?: Date;
  closedAt?: Date;
  updatedAt?: Date;
  parent?: IssueRec;
}

export function issue(state: GitHubState, repository: RepoRec, opts: IssueOptions): IssueRec {
  return issueLike(state, repository, 'Issue', opts);
}

export function pullRequest(
  state: GitHubState,
  repository: RepoRec,
  opts: IssueOptions & { isDraft?: boolean; merged?: boolean },
): IssueRec {
  const record = issueLike(state, repository, 'PullRequest', opts);
  record.isDraft = opts.isDraft ?? false;
  record.merged = opts.merged ?? false;
  if (record.merged) {
    record.state = 'CLOSED';
  }
  return record;
}

function issueLike(state: GitHubState, repository: RepoRec, kind: IssueRec['kind'], opts: IssueOptions): IssueRec {
  const databaseId = state.nextDatabaseId();
  const author = opts.author ?? opts.assignees?.[0] ?? defaultAuthor(state, repository);
  const createdAt = opts.createdAt ?? state.now();
  const closed = opts.state === 'CLOSED';
  const closedAt = closed ? (opts.closedAt ?? createdAt) : null;
  const record: IssueRec = {
    kind,
    id: state.newNodeId(kind, databaseId),
    databaseId,
    repo: repository,
    number: repository.issues.length + 1,
    title: opts.title,
    body: opts.body ?? '',
    author,
    assignees: [...(opts.assignees ?? [])],
    labels: (opts.labels ?? []).map((name) => ensureLabel(state, repository, name)),
    state: closed ? 'CLOSED' : 'OPEN',
    stateReason: closed ? (opts.stateReason ?? 'COMPLETED') : null,
    merged: false,
    isDraft: false,
    createdAt,
    updatedAt: opts.updatedAt ?? closedAt ?? createdAt,
    closedAt,
    comments: [],
    timeline: [],
    parent: null,
    subIssues: [],
    projectItems: [],
  };
  repository.issues.push(state.register(record));
  if (closed && closedAt) {
    addTimelineEvent(state, record, { event: 'closed', actor: opts.assignees?.[0] ?? author, createdAt: closedAt, stateReason: record.stateReason });
  }
  if (opts.parent) {
    addSubIssue(opts.parent, record);
  }
  return record;
}

function defaultAuthor(state: GitHubState, repository: RepoRec): UserRec {
  const owner = repository.owner;
  const author = owner.kind === 'User' ? owner : (owner.members[0] ?? state.users.values().next().value);
  if (!author) {
    throw new Error('Create a user before creating issues: an issue needs an author.');
  }
  return author;
}

export function ensureLabel(state: GitHubState, repository: RepoRec, name: string): LabelRec {
  return repository.labels.find((l) => l.name.toLowerCase() === name.toLowerCase()) ?? label(state, repository, { name });
}

export function addSubIssue(parent: IssueRec, child: IssueRec): void {
  child.parent?.subIssues.splice(child.parent.subIssues.indexOf(child), 1);
  child.parent = parent;
  parent.subIssues.push(child);
}

export function comment(
  state: GitHubState,
  target: IssueRec,
  opts: { body: string; author?: UserRec; createdAt?: Date },
): IssueRec['comments'][number] {
  const databaseId = state.nextDatabaseId();
  const createdAt = opts.createdAt ?? state.now();
  const record = state.register({
    kind: 'IssueComment' as const,
    id: state.newNodeId('IssueComment', databaseId),
    databaseId,
    issue: target,
    author: opts.author ?? target.author,
    body: opts.body,
    createdAt,
    updatedAt: createdAt,
  });
  target.comments.push(record);
  return record;
}

/** A pushed commit; issues its message mentions (`#12`, `owner/repo#12`) get a "referenced" event, as on GitHub. */
export function commit(
  state: GitHubState,
  repository: RepoRec,
  opts: { message: string; author: UserRec; date?: Date; sha?: string; pullRequest?: IssueRec },
): CommitRec {
  const sha = opts.sha ?? fakeSha(state);
  const record: CommitRec = { sha, repo: repository, message: opts.message, author: opts.author, date: opts.date ?? state.now(), pullRequest: opts.pullRequest };
  repository.commits.push(record);
  recordCommitReferences(state, record);
  return record;
}

function fakeSha(state: GitHubState): string {
  let sha = '';
  while (sha.length < 40) {
    sha += shortId(state);
  }
  return sha.slice(0, 40);
}

/** Links a pull request to an issue (the Development sidebar), which GitHub shows as a "connected" event. */
export function connect(state: GitHubState, pr: IssueRec, target: IssueRec, opts: { actor?: UserRec; at?: Date } = {}): void {
  addTimelineEvent(state, target, { event: 'connected', actor: opts.actor ?? pr.author, createdAt: opts.at ?? state.now(), source: pr });
}

export function draftIssue(
  state: GitHubState,
  opts: { title: string; body?: string; assignees?: UserRec[]; creator?: UserRec; createdAt?: Date },
): DraftIssueRec {
  const databaseId = state.nextDatabaseId();
  const createdAt = opts.createdAt ?? state.now();
  return state.register({
    kind: 'DraftIssue',
    id: state.newNodeId('DraftIssue', databaseId),
    title: opts.title,
    body: opts.body ?? '',
    assignees: [...(opts.assignees ?? [])],
    creator: opts.creator ?? opts.assignees?.[0] ?? null,
    createdAt,
    updatedAt: createdAt,
    items: [],
  });
}

/** Closes an issue by a commit or a pull request ("Fixes #1"), which GitHub records as the closed event's closer. */
export function closeWith(state: GitHubState, target: IssueRec, closer: CommitRec | IssueRec, actor: UserRec, at?: Date): void {
  const closedAt = at ?? state.now();
  Object.assign(target, { state: 'CLOSED', stateReason: 'COMPLETED', closedAt, updatedAt: closedAt });
  addTimelineEvent(state, target, { event: 'closed', actor, createdAt: closedAt, stateReason: 'COMPLETED', closer });
}
