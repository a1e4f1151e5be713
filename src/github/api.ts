import { GitHubOctokit } from './client';
import { GitHubError, toGitHubError } from './errors';
import * as l10n from '@vscode/l10n';

export interface RequestTally {
  requests: number;
  /** Sum of rateLimit.cost reported by GitHub for the queries that asked for it. */
  cost: number;
}

export interface RequestOptions {
  /** Retries after a failed request (5xx, connection lost), instead of the client's default. */
  retries?: number;
}

/** What one mutation of a batch could not do: the alias it was sent under, and why, in GitHub's words and as a kind. */
export interface FieldFailure {
  field: string;
  message: string;
  error: GitHubError;
}

interface PartialAnswer {
  name?: string;
  data?: unknown;
  errors?: { path?: readonly unknown[]; type?: string; message?: string }[];
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

  /**
   * A document of several aliased mutations, which GitHub runs one after another: when some of them fail, the answer
   * still holds what the others did. That data comes back with the failures by alias, instead of an error; a request
   * that failed as a whole (no data at all) throws as `mutate` does.
   */
  async mutateEach<T>(document: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<{ data: Partial<T>; failures: FieldFailure[] }> {
    this.refuseWhileRateLimited();
    this.tally.requests++;
    try {
      return { data: await this.writer.graphql<T>(document, withOptions(variables, options)), failures: [] };
    } catch (error) {
      const answer = error as PartialAnswer;
      if (answer.name !== 'GraphqlResponseError' || typeof answer.data !== 'object' || answer.data === null || !Array.isArray(answer.errors)) {
        throw this.problemOf(error);
      }
      const failures = answer.errors.map((e) => ({
        field: String(e.path?.[0] ?? ''),
        message: e.message ?? l10n.t('no details given'),
        error: toGitHubError({ errors: [e] }),
      }));
      return { data: answer.data as Partial<T>, failures };
    }
  }

  private async send<T>(client: GitHubOctokit, document: string, variables: Record<string, unknown>): Promise<T> {
    this.refuseWhileRateLimited();
    this.tally.requests++;
    try {
      const data = await client.graphql<T>(document, variables);
      this.tally.cost += (data as { rateLimit?: { cost?: number } } | null)?.rateLimit?.cost ?? 0;
      return data;
    } catch (error) {
      throw this.problemOf(error);
    }
  }

  private refuseWhileRateLimited(): void {
    const limit = this.rateLimit;
    if (limit?.resetAt && limit.resetAt.getTime() > Date.now()) {
      throw new GitHubError(limit.problem, limit.message, limit.resetAt);
    }
  }

  /** The failure as a problem, remembering a rate limit so that nothing more is sent until it lifts. */
  private problemOf(error: unknown): GitHubError {
    const problem = toGitHubError(error);
    if (problem.problem === 'rateLimited') {
      this.rateLimit = problem;
    }
    return problem;
  }
}
