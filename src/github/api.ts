import { GitHubOctokit } from './client';
import { GitHubError, toGitHubError } from './errors';

export interface RequestTally {
  requests: number;
  /** Sum of rateLimit.cost reported by GitHub for the queries that asked for it. */
  cost: number;
}

export interface RequestOptions {
  /** Retries after a failed request (5xx, connection lost), instead of the client's default. */
  retries?: number;
}

const withOptions = (variables: Record<string, unknown>, options: RequestOptions) =>
  options.retries === undefined ? variables : { ...variables, request: { retries: options.retries } };

/**
 * The entry point every reader and writer goes through: one place for error mapping and cost accounting. Queries
 * and mutations go through separate clients so that reads are not spaced out like writes (see client.ts).
 */
export class GitHubApi {
  readonly tally: RequestTally = { requests: 0, cost: 0 };
  /** A rate limit the client did not sit out: until it lifts, every request fails at once instead of adding to it. */
  private rateLimit?: GitHubError;

  constructor(
    readonly reader: GitHubOctokit,
    readonly writer: GitHubOctokit,
    readonly baseUrl: string,
  ) {}

  graphql<T>(document: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
    return this.send(this.reader, document, withOptions(variables, options));
  }

  /**
   * `retries: 0` for a write that is not idempotent (such as adding a comment): a retry after a lost answer would
   * write it twice, so the caller checks what GitHub stored before sending again.
   */
  mutate<T>(document: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
    return this.send(this.writer, document, withOptions(variables, options));
  }

  private async send<T>(client: GitHubOctokit, document: string, variables: Record<string, unknown>): Promise<T> {
    const limit = this.rateLimit;
    if (limit?.resetAt && limit.resetAt.getTime() > Date.now()) {
      throw new GitHubError(limit.problem, limit.message, limit.resetAt);
    }
    this.tally.requests++;
    try {
      const data = await client.graphql<T>(document, variables);
      this.tally.cost += (data as { rateLimit?: { cost?: number } } | null)?.rateLimit?.cost ?? 0;
      return data;
    } catch (error) {
      const problem = toGitHubError(error);
      if (problem.problem === 'rateLimited') {
        this.rateLimit = problem;
      }
      throw problem;
    }
  }
}
