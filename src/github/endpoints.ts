/** Where the REST API lives: github.com, a GitHub Enterprise Server, or the local GitHub used by tests and the demo. */
export const GITHUB_COM_API = 'https://api.github.com';

/**
 * The REST base URL from the sprintFlow.githubApiUrl setting, or from a GHES host (the github-enterprise.uri
 * setting), or github.com. Octokit derives the GraphQL endpoint from it (/api/v3 → /api/graphql).
 */
export function restBaseUrl(apiUrlSetting: string | undefined, enterpriseUri: string | undefined): string {
  const explicit = apiUrlSetting?.trim();
  if (explicit) {
    return explicit.replace(/\/+$/, '');
  }
  const enterprise = enterpriseUri?.trim();
  if (enterprise) {
    return `${new URL(enterprise).origin}/api/v3`;
  }
  return GITHUB_COM_API;
}
