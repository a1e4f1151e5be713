/** The registry of the in-memory world: hands out node ids and finds records by id, login or name. */
import { CommentRec, NodeRec, OrgRec, OwnerRec, ProjectRec, RepoRec, TokenRec, UserRec } from './model';
import { Clock, realClock } from './time';

const ID_PREFIX: Record<NodeRec['kind'], string> = {
  User: 'U',
  Organization: 'O',
  Repository: 'R',
  Label: 'LA',
  Issue: 'I',
  PullRequest: 'PR',
  IssueComment: 'IC',
  ProjectV2: 'PVT',
  ProjectV2Field: 'PVTF',
  ProjectV2IterationField: 'PVTIF',
  ProjectV2SingleSelectField: 'PVTSSF',
  ProjectV2Item: 'PVTI',
  DraftIssue: 'DI',
  DiscussionCategory: 'DIC',
  Discussion: 'D',
  DiscussionComment: 'DC',
};

export class GitHubState {
  readonly users = new Map<string, UserRec>();
  readonly orgs = new Map<string, OrgRec>();
  /** By "owner/name", lower-cased. */
  readonly repos = new Map<string, RepoRec>();
  readonly projects: ProjectRec[] = [];
  readonly tokens = new Map<string, TokenRec>();
  private readonly nodes = new Map<string, NodeRec>();
  private readonly comments = new Map<number, CommentRec>();
  private sequence = 0;

  /** "Now" for timestamps and for which iteration is current; the server replaces it with its own clock. */
  clock: Clock = realClock;

  now(): Date {
    return this.clock();
  }

  /** A fresh number for REST `id`s, commit shas and the like. */
  nextDatabaseId(): number {
    this.sequence += 1;
    return this.sequence;
  }

  /** Node ids look like GitHub's (`PVTI_lADO…`): a type prefix and an opaque tail. */
  newNodeId(kind: NodeRec['kind'], databaseId: number): string {
    const tail = Buffer.from(`0:${kind}${databaseId}`).toString('base64url');
    return `${ID_PREFIX[kind]}_kwDO${tail}`;
  }

  register<T extends NodeRec>(record: T): T {
    this.nodes.set(record.id, record);
    if (record.kind === 'IssueComment') {
      this.comments.set(record.databaseId, record);
    }
    return record;
  }

  unregister(record: NodeRec): void {
    this.nodes.delete(record.id);
    if (record.kind === 'IssueComment') {
      this.comments.delete(record.databaseId);
    }
  }

  node(id: string): NodeRec | undefined {
    return this.nodes.get(id);
  }

  owner(login: string): OwnerRec | undefined {
    const key = login.toLowerCase();
    return this.users.get(key) ?? this.orgs.get(key);
  }

  user(login: string): UserRec | undefined {
    return this.users.get(login.toLowerCase());
  }

  repo(owner: string, name: string): RepoRec | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  commentByDatabaseId(databaseId: number): CommentRec | undefined {
    return this.comments.get(databaseId);
  }

  project(owner: OwnerRec, number: number): ProjectRec | undefined {
    return this.projects.find((p) => p.owner === owner && p.number === number);
  }

  addToken(token: string, login: string, scopes: readonly string[] = DEFAULT_SCOPES): TokenRec {
    const user = this.user(login);
    if (!user) {
      throw new Error(`No user ${login} in the fake GitHub's state; create it before giving it a token.`);
    }
    const resetAt = new Date(this.now().getTime() + 3_600_000);
    const record: TokenRec = {
      token,
      user,
      scopes: [...scopes],
      budgets: { core: { limit: 5000, used: 0, resetAt }, graphql: { limit: 5000, used: 0, resetAt } },
    };
    this.tokens.set(token, record);
    return record;
  }
}

export const DEFAULT_SCOPES: readonly string[] = ['repo', 'project', 'read:org'];
