import { GitHubOctokit } from './client';
import { toGitHubError } from './errors';

export interface RequestTally {
  requests: number;
  /** Sum of rateLimit.cost reported by GitHub for the queries that asked for it. */
  cost: number;
}

/** The GraphQL entry point every reader and writer goes through: one place for error mapping and cost accounting. */
export class GitHubApi {
  readonly tally: RequestTally = { requests: 0, cost: 0 };

  constructor(
    readonly octokit: GitHubOctokit,
    readonly baseUrl: string,
  ) {}

  async graphql<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    this.tally.requests++;
    try {
      const data = await this.octokit.graphql<T>(document, variables);
      this.tally.cost += (data as { rateLimit?: { cost?: number } } | null)?.rateLimit?.cost ?? 0;
      return data;
    } catch (error) {
      throw toGitHubError(error);
    }
  }
}
