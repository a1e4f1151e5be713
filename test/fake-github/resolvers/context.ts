/** What every resolver gets: the world, who is asking, where the server lives, and this request's rate limit. */
import { canSee, GitHubError, requireProjectScope, Viewer } from '../access';
import { CommentRec, DiscussionCategoryRec, DiscussionCommentRec, DiscussionRec, DraftIssueRec, FieldRec, IssueRec, ItemRec, LabelRec, NodeRec, OrgRec, ProjectRec, RepoRec, UserRec } from '../model';
import { GitHubState } from '../state';
import { Switches } from '../switches';

export interface RateLimitView {
  cost: number;
  limit: number;
  nodeCount: number;
  remaining: number;
  used: number;
  resetAt: Date;
}

export interface RequestContext extends Viewer {
  state: GitHubState;
  origin: string;
  switches: Switches;
  rateLimit: RateLimitView;
  /** Today's date (YYYY-MM-DD) in UTC by the server's clock. */
  today: string;
}

// GraphQL arguments arrive already validated and coerced against GitHub's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Args = Record<string, any>;
export type Resolver<S> = (source: S, args: Args, context: RequestContext) => unknown;
export type TypeResolvers<S> = Record<string, Resolver<S>>;

const PROJECT_KINDS = new Set(['ProjectV2', 'ProjectV2Item', 'ProjectV2Field', 'ProjectV2IterationField', 'ProjectV2SingleSelectField']);

/** A node the viewer may see, or GitHub's NOT_FOUND error (invisible and missing look the same). */
export function visibleNode(context: RequestContext, id: string): NodeRec {
  const node = context.state.node(id);
  if (node && PROJECT_KINDS.has(node.kind)) {
    requireProjectScope(context, 'node');
  }
  if (!node || !canSee(node, context)) {
    throw new GitHubError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  }
  return node;
}

interface NodeByKind {
  User: UserRec;
  Organization: OrgRec;
  Repository: RepoRec;
  Label: LabelRec;
  Issue: IssueRec;
  PullRequest: IssueRec;
  IssueComment: CommentRec;
  ProjectV2: ProjectRec;
  ProjectV2Field: FieldRec;
  ProjectV2IterationField: FieldRec;
  ProjectV2SingleSelectField: FieldRec;
  ProjectV2Item: ItemRec;
  DraftIssue: DraftIssueRec;
  DiscussionCategory: DiscussionCategoryRec;
  Discussion: DiscussionRec;
  DiscussionComment: DiscussionCommentRec;
}

/** A visible node of one of the given kinds, for mutation inputs. */
export function nodeOfKind<K extends keyof NodeByKind>(context: RequestContext, id: string, ...kinds: K[]): NodeByKind[K] {
  const node = visibleNode(context, id);
  if (!(kinds as string[]).includes(node.kind)) {
    throw new GitHubError('NOT_FOUND', `Could not resolve to a ${kinds.join(' or ')} with the global id of '${id}'`);
  }
  return node as NodeByKind[K];
}
