/**
 * The one message protocol between the extension host and its webviews, used by both sides. The webview sends
 * `ready` first; only then does the host post. Requests carry an id and get exactly one reply with that id;
 * notifications go one way. Nothing here may import from `vscode` or the DOM: both sides compile it.
 */
import type { DashboardModel } from '../core/dashboard';
import type { TeamReport } from '../core/report/model';
import type { TeamStandupModel } from '../core/standup/teamStandup';
import type { BurnUpSeries, SprintReview, UpdateStatus } from '../core/review/model';

export const DASHBOARD_VIEW_TYPE = 'sprintFlow.dashboard';
export const TEAM_REPORT_VIEW_TYPE = 'sprintFlow.teamReport';

type NoParams = Record<string, never>;

/** What the dashboard asks of the host: each action runs the same command as the palette. */
export interface DashboardRequests {
  openItem: { params: { reference: string }; result: boolean };
  flagBlocker: { params: { item: string }; result: boolean };
  resolveBlocker: { params: { item: string }; result: boolean };
  logInterruption: { params: NoParams; result: boolean };
  refresh: { params: NoParams; result: boolean };
  /** The review of the iteration running now. */
  openSprintReview: { params: NoParams; result: boolean };
}

export type DashboardView =
  | { state: 'loading' }
  | { state: 'ready'; model: DashboardModel; refreshing: boolean; problem?: string }
  | { state: 'message'; message: string; action?: { label: string; request: 'refresh' } };

export interface DashboardNotifications {
  view: DashboardView;
}

/** Which iterations and whom the team report covers. */
export interface ReportQuery {
  /** How many iterations up to the current one, or iteration titles. */
  iterations: number | string[];
  /** Logins; empty: everyone. */
  people: string[];
  /** Interruption kind ids; empty: every kind. */
  kinds: string[];
}

export interface TeamReportRequests {
  /** Reads GitHub again only when the iterations change; filters are applied to what was read. */
  loadReport: { params: ReportQuery; result: boolean };
  exportReport: { params: { format: 'markdown' | 'csv' }; result: boolean };
  openItem: { params: { reference: string }; result: boolean };
  openSprintReview: { params: { iteration: string }; result: boolean };
}

export type TeamReportView =
  | { state: 'loading'; query: ReportQuery }
  | { state: 'ready'; query: ReportQuery; report: TeamReport; availableIterations: string[] }
  | { state: 'message'; query: ReportQuery; message: string };

export interface TeamReportNotifications {
  view: TeamReportView;
}

export const TEAM_STANDUP_VIEW_TYPE = 'sprintFlow.teamStandup';

/** What Team Standup asks of the host. Links are opened only when they are among those the host posted. */
export interface TeamStandupRequests {
  /** Reads the thread again; `person` (a login, or empty for everyone) filters what is shown. */
  load: { params: { person: string }; result: boolean };
  openLink: { params: { url: string }; result: boolean };
  postUpdate: { params: NoParams; result: boolean };
}

export type TeamStandupView =
  | { state: 'loading'; person: string }
  | { state: 'ready'; person: string; model: TeamStandupModel }
  | { state: 'message'; person: string; message: string };

export interface TeamStandupNotifications {
  view: TeamStandupView;
}

/** Request/result pairs by name. */
export type RequestMap<R> = { [K in keyof R]: { params: unknown; result: unknown } };

export type RequestMessage<R extends RequestMap<R>> = {
  [K in keyof R & string]: { kind: 'request'; id: number; name: K; params: R[K]['params'] };
}[keyof R & string];

export type ReplyMessage = { kind: 'reply'; id: number; ok: true; result: unknown } | { kind: 'reply'; id: number; ok: false; error: string };

export type NotificationMessage<N> = {
  [K in keyof N & string]: { kind: 'notification'; name: K; params: N[K] };
}[keyof N & string];

export type WebviewMessage<R extends RequestMap<R>> = { kind: 'ready' } | RequestMessage<R>;
export type HostMessage<N> = ReplyMessage | NotificationMessage<N>;

/** Checks the shape of a message from the webview before the host acts on it. */
export function isWebviewMessage<R extends RequestMap<R>>(value: unknown, names: readonly (keyof R & string)[]): value is WebviewMessage<R> {
  if (!value || typeof value !== 'object') return false;
  const message = value as { kind?: unknown; id?: unknown; name?: unknown; params?: unknown };
  if (message.kind === 'ready') return true;
  return (
    message.kind === 'request' &&
    typeof message.id === 'number' &&
    typeof message.name === 'string' &&
    (names as readonly string[]).includes(message.name) &&
    !!message.params &&
    typeof message.params === 'object'
  );
}

export const SPRINT_REVIEW_VIEW_TYPE = 'sprintFlow.sprintReview';

export interface SprintReviewRequests {
  /** Reads the review of an iteration (by title; empty: the one that ended last). */
  loadReview: { params: { iteration: string }; result: boolean };
  publishReview: { params: { status: UpdateStatus }; result: boolean };
  exportReview: { params: NoParams; result: boolean };
  openItem: { params: { reference: string }; result: boolean };
}

export type SprintReviewView =
  | { state: 'loading'; iteration: string }
  | { state: 'ready'; review: SprintReview; burnUp: BurnUpSeries; availableIterations: string[]; published?: string }
  | { state: 'message'; iteration: string; message: string };

export interface SprintReviewNotifications {
  view: SprintReviewView;
}
