/** The REST routes Sprint Flow uses, answered from the same state and operations as GraphQL. */
import { canReadRepo, GitHubError, Viewer } from '../access';
import { ensureLabel } from '../builders';
import { Budget, IssueRec, RepoRec } from '../model';
import * as operations from '../operations';
import { commentJson, commitJson, issueJson, Json, labelJson, profileJson, repoJson, timelineJson, userJson } from './serialize';
import { GitHubState } from '../state';

export interface RestRequest {
  method: string;
  /** Path without the /api/v3 prefix. */
  path: string;
  /** The URL the client used, for Link headers. */
  url: URL;
  body: unknown;
  viewer: Viewer;
  state: GitHubState;
  origin: string;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: RestRequest, params: string[]) => RestResponse;

const ok = (body: unknown, status = 200, headers?: Record<string, string>): RestResponse => ({ status, body, headers });

function repoOf(request: RestRequest, owner: string, name: string): RepoRec {
  const repo = request.state.repo(owner, name);
  if (!repo || !canReadRepo(repo, request.viewer)) {
    throw new GitHubError('NOT_FOUND', 'Not Found');
  }
  return repo;
}

function issueOf(request: RestRequest, [owner, name, number]: string[]): IssueRec {
  const found = repoOf(request, owner, name).issues[Number(number) - 1];
  if (!found) {
    throw new GitHubError('NOT_FOUND', 'Not Found');
  }
  return found;
}

function commentOf(request: RestRequest, [owner, name, id]: string[]) {
  const repo = repoOf(request, owner, name);
  const found = request.state.commentByDatabaseId(Number(id));
  if (!found || found.issue.repo !== repo) {
    throw new GitHubError('NOT_FOUND', 'Not Found');
  }
  return found;
}

function bodyOf(request: RestRequest): Json {
  return typeof request.body === 'object' && request.body !== null ? (request.body as Json) : {};
}

/** GitHub's page/per_page paging with a Link header (first, prev, next, last). */
function paginate<T>(request: RestRequest, all: readonly T[], toJson: (item: T) => unknown): RestResponse {
  const params = request.url.searchParams;
  const perPage = Math.min(100, Math.max(1, Number(params.get('per_page')) || 30));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const pageUrl = (n: number) => {
    const url = new URL(request.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${pageUrl(page - 1)}; rel="prev"`);
  if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
  if (page > 1) links.push(`${pageUrl(1)}; rel="first"`);
  const items = all.slice((page - 1) * perPage, page * perPage).map(toJson);
  return ok(items, 200, links.length ? { link: links.join(', ') } : undefined);
}

function listIssues(request: RestRequest, repo: RepoRec): IssueRec[] {
  const params = request.url.searchParams;
  const state = params.get('state') ?? 'open';
  const labels = params.get('labels')?.split(',').map((l) => l.trim()).filter(Boolean) ?? [];
  const assignee = params.get('assignee');
  const creator = params.get('creator');
  const since = params.get('since') ? Date.parse(params.get('since') as string) : undefined;
  const selected = repo.issues.filter(
    (i) =>
      (state === 'all' || i.state.toLowerCase() === state) &&
      labels.every((name) => i.labels.some((l) => l.name === name)) &&
      (!assignee ||
        (assignee === 'none' ? i.assignees.length === 0 : assignee === '*' ? i.assignees.length > 0 : i.assignees.some((u) => u.login === assignee))) &&
      (!creator || i.author.login === creator) &&
      (since === undefined || i.updatedAt.getTime() >= since),
  );
  const sort = params.get('sort') ?? 'created';
  const key = (i: IssueRec) => (sort === 'updated' ? i.updatedAt.getTime() : sort === 'comments' ? i.comments.length : i.createdAt.getTime());
  const sign = params.get('direction') === 'asc' ? 1 : -1;
  return selected.sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
}

function usersByLogin(request: RestRequest, logins: unknown) {
  return Array.isArray(logins) ? logins.map((login) => request.state.user(String(login))).filter((u) => u !== undefined) : undefined;
}

function labelsByName(request: RestRequest, repo: RepoRec, names: unknown) {
  return Array.isArray(names) ? names.map((n) => ensureLabel(request.state, repo, typeof n === 'string' ? n : String((n as Json).name))) : undefined;
}

function budgetJson(budget: Budget) {
  return { limit: budget.limit, used: budget.used, remaining: budget.limit - budget.used, reset: Math.floor(budget.resetAt.getTime() / 1000) };
}

const REPO = '/repos/([^/]+)/([^/]+)';

const ROUTES: [string, RegExp, Handler][] = [
  ['GET', /^\/user$/, (r) => ok(profileJson(r.origin, r.viewer.user))],
  ['GET', /^\/users\/([^/]+)$/, (r, [login]) => {
    const found = r.state.owner(login);
    if (!found) throw new GitHubError('NOT_FOUND', 'Not Found');
    return ok(userJson(r.origin, found));
  }],
  ['GET', /^\/rate_limit$/, (r) => {
    const { core, graphql } = r.viewer.token.budgets;
    return ok({ resources: { core: budgetJson(core), graphql: budgetJson(graphql) }, rate: budgetJson(core) });
  }],
  ['GET', new RegExp(`^${REPO}$`), (r, [o, n]) => ok(repoJson(r.origin, repoOf(r, o, n), r.viewer))],
  ['GET', new RegExp(`^${REPO}/labels$`), (r, [o, n]) => paginate(r, repoOf(r, o, n).labels, (l) => labelJson(r.origin, l))],
  ['POST', new RegExp(`^${REPO}/labels$`), (r, [o, n]) => {
    const body = bodyOf(r);
    const spec = { name: String(body.name ?? ''), color: body.color ? String(body.color) : undefined, description: body.description ? String(body.description) : undefined };
    return ok(labelJson(r.origin, operations.createLabel(r.state, r.viewer, repoOf(r, o, n), spec)), 201);
  }],
  ['GET', new RegExp(`^${REPO}/labels/([^/]+)$`), (r, [o, n, name]) => {
    const wanted = decodeURIComponent(name).toLowerCase();
    const found = repoOf(r, o, n).labels.find((l) => l.name.toLowerCase() === wanted);
    if (!found) throw new GitHubError('NOT_FOUND', 'Not Found');
    return ok(labelJson(r.origin, found));
  }],
  ['GET', new RegExp(`^${REPO}/issues$`), (r, [o, n]) => paginate(r, listIssues(r, repoOf(r, o, n)), (i) => issueJson(r.origin, i))],
  ['POST', new RegExp(`^${REPO}/issues$`), (r, [o, n]) => {
    const repo = repoOf(r, o, n);
    const body = bodyOf(r);
    const created = operations.createIssue(r.state, r.viewer, repo, {
      title: String(body.title ?? ''),
      body: typeof body.body === 'string' ? body.body : undefined,
      labels: labelsByName(r, repo, body.labels),
      assignees: usersByLogin(r, body.assignees),
    });
    return ok(issueJson(r.origin, created), 201);
  }],
  ['GET', new RegExp(`^${REPO}/issues/comments/(\\d+)$`), (r, p) => ok(commentJson(r.origin, commentOf(r, p)))],
  ['PATCH', new RegExp(`^${REPO}/issues/comments/(\\d+)$`), (r, p) =>
    ok(commentJson(r.origin, operations.updateComment(r.state, r.viewer, commentOf(r, p), String(bodyOf(r).body ?? ''))))],
  ['DELETE', new RegExp(`^${REPO}/issues/comments/(\\d+)$`), (r, p) => {
    operations.deleteComment(r.state, r.viewer, commentOf(r, p));
    return ok(undefined, 204);
  }],
  ['GET', new RegExp(`^${REPO}/issues/(\\d+)$`), (r, p) => ok(issueJson(r.origin, issueOf(r, p)))],
  ['PATCH', new RegExp(`^${REPO}/issues/(\\d+)$`), (r, p) => {
    const target = issueOf(r, p);
    const body = bodyOf(r);
    const state = body.state === 'closed' ? 'CLOSED' : body.state === 'open' ? 'OPEN' : undefined;
    operations.updateIssue(r.state, r.viewer, target, {
      title: typeof body.title === 'string' ? body.title : undefined,
      body: typeof body.body === 'string' ? body.body : undefined,
      state,
      stateReason: typeof body.state_reason === 'string' ? (body.state_reason.toUpperCase() as 'COMPLETED') : undefined,
      labels: labelsByName(r, target.repo, body.labels),
      assignees: usersByLogin(r, body.assignees),
    });
    return ok(issueJson(r.origin, target));
  }],
  ['GET', new RegExp(`^${REPO}/issues/(\\d+)/comments$`), (r, p) => {
    const since = r.url.searchParams.get('since');
    const comments = issueOf(r, p).comments.filter((c) => !since || c.updatedAt.getTime() >= Date.parse(since));
    return paginate(r, comments, (c) => commentJson(r.origin, c));
  }],
  ['POST', new RegExp(`^${REPO}/issues/(\\d+)/comments$`), (r, p) =>
    ok(commentJson(r.origin, operations.addComment(r.state, r.viewer, issueOf(r, p), String(bodyOf(r).body ?? ''))), 201)],
  ['GET', new RegExp(`^${REPO}/issues/(\\d+)/timeline$`), (r, p) => {
    const target = issueOf(r, p);
    // Same-instant entries keep the order they happened in (ids grow with every record).
    const entries = [...target.timeline, ...target.comments].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.databaseId - b.databaseId);
    return paginate(r, entries, (e) => timelineJson(r.origin, target, e));
  }],
  ['POST', new RegExp(`^${REPO}/issues/(\\d+)/labels$`), (r, p) => {
    const target = issueOf(r, p);
    const body = bodyOf(r);
    operations.addLabels(r.state, r.viewer, target, labelsByName(r, target.repo, Array.isArray(r.body) ? r.body : body.labels) ?? []);
    return ok(target.labels.map((l) => labelJson(r.origin, l)));
  }],
  ['DELETE', new RegExp(`^${REPO}/issues/(\\d+)/labels/([^/]+)$`), (r, [o, n, number, name]) => {
    const target = issueOf(r, [o, n, number]);
    const found = target.labels.find((l) => l.name.toLowerCase() === decodeURIComponent(name).toLowerCase());
    if (!found) throw new GitHubError('NOT_FOUND', 'Label does not exist');
    operations.removeLabels(r.state, r.viewer, target, [found]);
    return ok(target.labels.map((l) => labelJson(r.origin, l)));
  }],
  ['GET', new RegExp(`^${REPO}/commits/([^/]+)$`), (r, [o, n, ref]) => {
    const found = repoOf(r, o, n).commits.find((c) => ref.length >= 7 && c.sha.startsWith(ref.toLowerCase()));
    if (!found) throw new GitHubError('UNPROCESSABLE', `No commit found for SHA: ${ref}`);
    return ok(commitJson(r.origin, found));
  }],
];

const STATUS_BY_TYPE: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, INSUFFICIENT_SCOPES: 403, UNPROCESSABLE: 422 };

export function routeRest(request: RestRequest): RestResponse {
  const route = ROUTES.find(([method, pattern]) => method === request.method && pattern.test(request.path));
  if (!route) {
    return errorResponse(404, 'Not Found');
  }
  const params = (route[1].exec(request.path) ?? []).slice(1).map((p) => decodeURIComponent(p));
  try {
    return route[2](request, params);
  } catch (error) {
    if (error instanceof GitHubError) {
      const status = STATUS_BY_TYPE[error.type] ?? 500;
      return status === 422 && !error.message.startsWith('No commit')
        ? { status, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'custom', message: error.message }], documentation_url: 'https://docs.github.com/rest', status: '422' } }
        : errorResponse(status, status === 403 && error.type === 'FORBIDDEN' ? 'Must have push access to repository' : error.message);
    }
    throw error;
  }
}

export function errorResponse(status: number, message: string): RestResponse {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) } };
}
