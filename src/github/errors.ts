import * as l10n from '@vscode/l10n';
/** Every failure talking to GitHub becomes one of these kinds, each with a sentence a person can act on. */
export type GitHubProblem =
  | 'unauthorized'
  | 'missingScopes'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'offline'
  | 'serverError'
  | 'unexpected';

export class GitHubError extends Error {
  constructor(
    readonly problem: GitHubProblem,
    message: string,
    readonly resetAt?: Date,
  ) {
    super(message);
    this.name = 'GitHubError';
  }
}

interface GraphqlErrorEntry {
  type?: string;
  message?: string;
}

interface OctokitLikeError {
  name?: string;
  status?: number;
  message?: string;
  cause?: { name?: string };
  errors?: GraphqlErrorEntry[];
  response?: { headers?: Record<string, string | number | undefined> };
}

export function graphqlErrorTypes(error: unknown): string[] {
  const errors = (error as OctokitLikeError | undefined)?.errors;
  return Array.isArray(errors) ? errors.map((e) => e.type ?? '') : [];
}

export function toGitHubError(error: unknown): GitHubError {
  if (error instanceof GitHubError) {
    return error;
  }
  const e = (error ?? {}) as OctokitLikeError;
  const types = graphqlErrorTypes(error);
  const headers = e.response?.headers ?? {};

  if (e.status === 401) {
    return new GitHubError(
      'unauthorized',
      l10n.t('GitHub did not accept your sign-in: the token may have expired or been revoked. Sign in again.'),
    );
  }
  if (types.includes('RATE_LIMITED') || ((e.status === 403 || e.status === 429) && isRateLimit(headers))) {
    const resetAt = resetTime(headers);
    const until = resetAt?.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const secondary = headers['retry-after'] !== undefined;
    const message = secondary
      ? until
        ? l10n.t('GitHub asked Sprint Flow to pause until {0} (a secondary rate limit: too many requests too quickly). It will try again later.', until)
        : l10n.t('GitHub asked Sprint Flow to pause for a while (a secondary rate limit: too many requests too quickly). It will try again later.')
      : until
        ? l10n.t('GitHub\'s rate limit is used up until {0}. Sprint Flow will try again later.', until)
        : l10n.t('GitHub\'s rate limit is used up for now. Sprint Flow will try again later.');
    return new GitHubError('rateLimited', message, resetAt);
  }
  if (types.includes('INSUFFICIENT_SCOPES')) {
    return new GitHubError('missingScopes', missingScopesSentence(e));
  }
  if (FINE_GRAINED_REFUSAL.test(firstMessage(e))) {
    return new GitHubError(
      'missingScopes',
      l10n.t('Your fine-grained token is not allowed to read this: GitHub answered "Resource not accessible by personal access token". Give the token read and write access to the organization\'s projects and to the repositories\' issues, or sign in with another token.'),
    );
  }
  if (types.includes('FORBIDDEN') || e.status === 403) {
    return new GitHubError('forbidden', l10n.t('GitHub refused the request: {0}', firstMessage(e)));
  }
  if (types.includes('NOT_FOUND') || e.status === 404) {
    return new GitHubError('notFound', firstMessage(e));
  }
  if (e.status !== undefined && e.status >= 500 && !e.response) {
    const what = e.cause?.name === 'TimeoutError' ? l10n.t('GitHub did not answer in time') : l10n.t('GitHub cannot be reached ({0})', e.message ?? l10n.t('no answer'));
    return new GitHubError('offline', l10n.t('{0}. Check your connection; the last sprint loaded stays on screen.', what));
  }
  if (e.status !== undefined && e.status >= 500) {
    return new GitHubError('serverError', l10n.t('GitHub answered with an error ({0}). Try again in a moment.', e.status));
  }
  return new GitHubError('unexpected', l10n.t('Something went wrong talking to GitHub: {0}', firstMessage(e)));
}

const FINE_GRAINED_REFUSAL = /resource not accessible by personal access token/i;
const REQUIRED_SCOPES = /requires one of the following scopes: \[([^\]]*)\]/;

/** Names the permission GitHub says is missing ("The 'projectV2' field requires one of the following scopes: ['read:project']"). */
function missingScopesSentence(e: OctokitLikeError): string {
  const listed = e.errors?.map((x) => REQUIRED_SCOPES.exec(x.message ?? '')?.[1]).find((list) => list !== undefined);
  const scopes = listed?.split(',').map((s) => s.trim().replace(/^'|'$/g, '')).filter(Boolean) ?? [];
  if (scopes.length === 0) {
    return l10n.t('Your GitHub sign-in lacks a permission Sprint Flow needs (repo, project and read:org). Sign in again to grant it.');
  }
  const permission = scopes.some((s) => s.endsWith('project')) ? 'project' : scopes.join(' or ');
  const needs = permission === 'project' ? l10n.t('to read and update your team\'s board') : l10n.t('for this');
  return l10n.t('Your GitHub sign-in lacks the {0} permission, which Sprint Flow needs {1} (GitHub asks for {2}). Sign in again and grant it.', permission, needs, scopes.join(' or '));
}

function isRateLimit(headers: Record<string, string | number | undefined>): boolean {
  return String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined;
}

function resetTime(headers: Record<string, string | number | undefined>): Date | undefined {
  const retryAfter = Number(headers['retry-after']);
  if (retryAfter > 0) {
    return new Date(Date.now() + retryAfter * 1000);
  }
  const reset = Number(headers['x-ratelimit-reset']);
  return reset > 0 ? new Date(reset * 1000) : undefined;
}

function firstMessage(e: OctokitLikeError): string {
  const message = e.errors?.find((x) => x.message)?.message ?? e.message ?? l10n.t('no details given');
  return message.endsWith('.') ? message : `${message}.`;
}
