import { Octokit } from '@octokit/rest';

interface GraphQLErrorEntry {
  type?: string;
  message?: string;
}

/** Shaped like Octokit's RequestError, which the throttling and retry plugins and toGitHubError read. */
class GraphQLRateLimitError extends Error {
  override readonly name = 'GraphQLRateLimitError';
  /** What GitHub's REST API answers for the same spent budget. */
  readonly status = 403;

  constructor(
    readonly request: unknown,
    readonly response: { headers: Record<string, string | number | undefined>; data: unknown },
    readonly errors: GraphQLErrorEntry[],
  ) {
    super(errors.find((e) => e.type === 'RATE_LIMITED')?.message ?? 'API rate limit exceeded.');
  }
}

const isGraphQL = (url: string) => /^(\/api)?\/graphql$/.test(new URL(url, 'http://github.invalid').pathname);

/**
 * GitHub reports a spent GraphQL budget as a 200 whose errors say RATE_LIMITED. The throttling plugin looks for that
 * only at github.com's /graphql, not at GitHub Enterprise Server's /api/graphql, and when it does not wait, what it
 * throws carries neither status nor errors, so nobody can tell it is a rate limit. Raised here, below the throttling
 * plugin, as the 403 GitHub's REST API gives for the same limit, it is waited out on every server, and otherwise
 * reaches the error mapping with its reset time.
 */
export function graphqlRateLimitAsError(octokit: Pick<Octokit, 'hook'>): Record<string, never> {
  octokit.hook.wrap('request', async (request, options) => {
    const response = await request(options);
    const errors = (response.data as { errors?: unknown } | null)?.errors;
    if (isGraphQL(options.url) && Array.isArray(errors) && errors.some((e: GraphQLErrorEntry) => e?.type === 'RATE_LIMITED')) {
      throw new GraphQLRateLimitError(options, response, errors);
    }
    return response;
  });
  return {};
}
