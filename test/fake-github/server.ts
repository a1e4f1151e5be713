/**
 * The local GitHub: one node:http server on 127.0.0.1 answering GraphQL (/api/graphql and /graphql), the REST routes
 * (under / and /api/v3/), small web pages for issue and board links, and /_fake/* controls for scripts.
 * Requests pass through the switches' faults, token auth and rate limits before reaching the state.
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { Viewer } from './access';
import { demoBoard } from './demo';
import { Fault, FaultName, Faults, NetworkFault, statusBody } from './faults';
import { executeGraphQL, GraphQLResponse, prepareGraphQL } from './graphql';
import { renderPage } from './html';
import { Budget } from './model';
import { routeRest } from './rest/routes';
import { malform } from './malformed';
import { GitHubState } from './state';
import { applySwitches, defaultSwitches, Switches } from './switches';
import { Clock, isoDateTime } from './time';
import { apiRoot } from './urls';

export interface FakeGitHubOptions {
  /** Defaults to the demo board (demo.ts) seeded for the clock's today. */
  state?: GitHubState;
  /** 0 (default) picks a free port. */
  port?: number;
  switches?: Partial<Switches>;
  /** "Now" for timestamps and for which iteration is current; defaults to real time. */
  clock?: Clock;
  /** For failRate, timeoutRate, resetRate and failWrites; defaults to Math.random. */
  random?: () => number;
  /**
   * Called once a GraphQL mutation has run, before its answer is sent (awaited): a fault test acts in that window,
   * such as killing the client that is waiting for the answer.
   */
  onWriteStored?: (request: RequestLogEntry) => void | Promise<void>;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  operationName?: string;
  cost?: number;
  /** 0 when no response was begun (offline, dropResponseAfterWrite, a timeout or reset before the answer). */
  status: number;
  /** The switch that spoiled this request, if one did; a timeout or reset part-way keeps the status it began with. */
  fault?: FaultName;
  /** Milliseconds since the epoch, by the server's clock. */
  timestamp: number;
  /** What the `malformed` switch did to the answer, one line each. */
  malformations?: string[];
}

export interface FakeGitHub {
  /** REST base URL for Octokit, GHES style: http://127.0.0.1:PORT/api/v3 (GraphQL then lives at /api/graphql). */
  apiUrl: string;
  origin: string;
  state: GitHubState;
  switches: Switches;
  requestLog: RequestLogEntry[];
  addToken(token: string, login: string, scopes?: readonly string[]): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body?: unknown;
  html?: string;
  headers?: Record<string, string>;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = options.state ?? demoBoard({ today: (options.clock ?? (() => new Date()))() });
  if (options.clock) {
    state.clock = options.clock;
  }
  const switches = applySwitches(defaultSwitches(), options.switches ?? {});
  const faults = new Faults(switches, options.random ?? Math.random);
  const requestLog: RequestLogEntry[] = [];
  const sockets = new Set<Socket>();
  let origin = '';
  let requestCount = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? 'GET';
    if (url.pathname.startsWith('/_fake/')) {
      return send(res, control(method, url.pathname, await readBody(req)));
    }
    const entry: RequestLogEntry = { method, path: url.pathname + url.search, status: 0, timestamp: state.now().getTime() };
    requestLog.push(entry);
    requestCount += 1;
    const requestId = `F${requestCount.toString(16).toUpperCase().padStart(4, '0')}:${process.pid.toString(16).toUpperCase()}`;
    const early = faults.beforeAnything();
    if (early) {
      entry.fault = early.name;
    }
    if (early?.kind === 'drop') {
      return req.socket.destroy();
    }
    const network = early ? null : faults.network();
    if (network) {
      entry.fault = network.name;
    }
    if (network && !network.partWay) {
      return failConnection(req.socket, network);
    }
    const raw = await readBody(req);
    if (switches.latencyMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, switches.latencyMs));
    }
    const finish = (reply: Reply | Fault, extra: Record<string, string> = {}) => {
      if ('kind' in reply) {
        entry.fault = network?.name ?? reply.name;
        if (reply.kind === 'drop') return req.socket.destroy();
        reply = { status: reply.status, body: reply.body, headers: reply.headers };
      }
      entry.status = reply.status;
      send(res, { ...reply, headers: { 'x-github-request-id': requestId, ...extra, ...reply.headers } }, network ?? undefined);
    };
    if (early) {
      return finish(early);
    }

    const isGraphQL = method === 'POST' && (url.pathname === '/api/graphql' || url.pathname === '/graphql');
    const restPath = url.pathname.startsWith('/api/v3/') ? url.pathname.slice('/api/v3'.length) : url.pathname;
    const isApi = isGraphQL || url.pathname.startsWith('/api/') || !isWebPage(method, url.pathname);
    const viewer = authenticate(state, req.headers.authorization);
    if (!isApi) {
      const page = renderPage(state, origin, url.pathname, viewer);
      return finish({ status: page.status, html: page.html });
    }
    if (!viewer) {
      return finish({ status: 401, body: statusBody(401) });
    }
    const scopes = { 'x-oauth-scopes': viewer.token.scopes.join(', '), 'x-accepted-oauth-scopes': isGraphQL ? 'repo' : '' };
    const limited = faults.rateLimit(viewer, isGraphQL, requestId);
    if (limited) {
      return finish(limited, scopes);
    }

    if (isGraphQL) {
      let request: unknown;
      try {
        request = JSON.parse(raw || '{}');
      } catch {
        return finish({ status: 400, body: statusBody(400, 'Problems parsing JSON') }, scopes);
      }
      const prepared = prepareGraphQL(request as object, switches);
      if ('body' in prepared) {
        return finish(graphqlReply(entry, prepared), { ...scopes, ...rateHeaders(viewer.token.budgets.graphql, 'graphql') });
      }
      const writeFault = prepared.isMutation ? faults.failedWrite() : null;
      if (writeFault) {
        return finish(writeFault, scopes);
      }
      const response = await executeGraphQL(prepared, { state, viewer, origin, switches });
      if (switches.malformed && response.body.data) {
        entry.malformations = malform(response.body.data, switches.malformed, `${prepared.operationName} ${JSON.stringify(prepared.variables)}`);
      }
      if (prepared.isMutation) {
        await options.onWriteStored?.({ ...entry, operationName: prepared.operationName });
      }
      if (prepared.isMutation && switches.dropResponseAfterWrite) {
        entry.fault = 'droppedAfterWrite';
        return req.socket.destroy();
      }
      return finish(graphqlReply(entry, response), { ...scopes, ...rateHeaders(viewer.token.budgets.graphql, 'graphql') });
    }

    const isWrite = method !== 'GET' && method !== 'HEAD';
    const core = viewer.token.budgets.core;
    if (restPath !== '/rate_limit') {
      if (!chargeRest(core, state.now())) {
        return finish(
          { status: 403, body: statusBody(403, `API rate limit exceeded for user ID ${viewer.user.databaseId}.`) },
          { ...scopes, ...rateHeaders(core, 'core') },
        );
      }
    }
    const writeFault = isWrite ? faults.failedWrite() : null;
    if (writeFault) {
      return finish(writeFault, scopes);
    }
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return finish({ status: 400, body: statusBody(400, 'Problems parsing JSON') }, scopes);
    }
    const reply = routeRest({ method, path: restPath, url: new URL(req.url ?? '/', origin), body, viewer, state, origin });
    if (isWrite && switches.dropResponseAfterWrite) {
      entry.fault = 'droppedAfterWrite';
      return req.socket.destroy();
    }
    return finish(reply, { ...scopes, ...rateHeaders(core, 'core') });
  };

  const control = (method: string, path: string, raw: string): Reply => {
    try {
      if (path === '/_fake/switches' && method === 'POST') {
        return { status: 200, body: applySwitches(switches, JSON.parse(raw || '{}')) };
      }
      if (path === '/_fake/switches') return { status: 200, body: switches };
      if (path === '/_fake/state') return { status: 200, body: summary(state) };
      if (path === '/_fake/requests' && method === 'DELETE') {
        requestLog.length = 0;
        return { status: 204 };
      }
      if (path === '/_fake/requests') return { status: 200, body: requestLog };
      return { status: 404, body: statusBody(404) };
    } catch (error) {
      return { status: 400, body: { message: (error as Error).message } };
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        send(res, { status: 500, body: statusBody(500, `Fake GitHub failed: ${(error as Error).stack ?? error}`) });
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: apiRoot(origin),
    origin,
    state,
    switches,
    requestLog,
    addToken: (token, login, scopes) => {
      state.addToken(token, login, scopes);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        sockets.forEach((socket) => socket.destroy());
      }),
  };
}

/** Web pages are GETs of paths that are not REST routes (REST paths start with a known top-level segment). */
function isWebPage(method: string, path: string): boolean {
  return method === 'GET' && !/^\/(user|users|repos|rate_limit|orgs\/[^/]+$|graphql)(\/|$)/.test(path);
}

function authenticate(state: GitHubState, header: string | undefined): Viewer | undefined {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
  const token = match ? state.tokens.get(match[1]) : undefined;
  return token ? { user: token.user, token } : undefined;
}

function chargeRest(budget: Budget, now: Date): boolean {
  if (now >= budget.resetAt) {
    budget.used = 0;
    budget.resetAt = new Date(now.getTime() + 3_600_000);
  }
  if (budget.used >= budget.limit) return false;
  budget.used += 1;
  return true;
}

function rateHeaders(budget: Budget, resource: string): Record<string, string> {
  return {
    'x-ratelimit-limit': String(budget.limit),
    'x-ratelimit-remaining': String(Math.max(0, budget.limit - budget.used)),
    'x-ratelimit-used': String(budget.used),
    'x-ratelimit-reset': String(Math.floor(budget.resetAt.getTime() / 1000)),
    'x-ratelimit-resource': resource,
  };
}

function graphqlReply(entry: RequestLogEntry, response: GraphQLResponse): Reply {
  entry.operationName = response.operationName;
  entry.cost = response.cost;
  return { status: 200, body: response.body };
}

function summary(state: GitHubState) {
  const issues = [...state.repos.values()].flatMap((r) => r.issues);
  return {
    now: isoDateTime(state.now()),
    users: [...state.users.values()].map((u) => u.login),
    organizations: [...state.orgs.values()].map((o) => o.login),
    repositories: [...state.repos.values()].map((r) => `${r.owner.login}/${r.name}`),
    issues: issues.filter((i) => i.kind === 'Issue').length,
    pullRequests: issues.filter((i) => i.kind === 'PullRequest').length,
    comments: issues.reduce((n, i) => n + i.comments.length, 0),
    projects: state.projects.map((p) => ({ owner: p.owner.login, number: p.number, title: p.title, items: p.items.length, updatedAt: isoDateTime(p.updatedAt) })),
    tokens: [...state.tokens.values()].map((t) => ({ login: t.user.login, scopes: t.scopes })),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A reset sends TCP RST at once; a timeout leaves the connection open and silent until the client gives up. */
function failConnection(socket: Socket, fault: NetworkFault): void {
  if (fault.name === 'reset') {
    socket.resetAndDestroy();
  }
}

/** `cut`: the headers and half the body go out, then the connection fails as the fault says. */
function send(res: ServerResponse, reply: Reply, cut?: NetworkFault): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload = '';
  if (reply.html !== undefined) {
    headers['content-type'] = 'text/html; charset=utf-8';
    payload = reply.html;
  } else if (reply.body !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['x-github-media-type'] = 'github.v3; format=json';
    payload = JSON.stringify(reply.body);
  }
  if (!cut) {
    res.writeHead(reply.status, headers);
    res.end(payload);
    return;
  }
  const bytes = Buffer.from(payload, 'utf8');
  res.writeHead(reply.status, { ...headers, 'content-length': String(bytes.length) });
  const socket = res.socket!;
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => failConnection(socket, cut));
}
