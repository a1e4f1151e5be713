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

/** Every string the webviews show, translated on the host (views/webviewStrings.ts) and sent with the page. */
export interface WebviewStrings {
  /** Actions */
  actions: string;
  /** Added */
  added: string;
  /** Added after the start */
  addedAfterTheStart: string;
  /** Age */
  age: string;
  /** Answer {0} on GitHub */
  answerOnGithub: string;
  /** Answer on GitHub */
  answerOnGithub2: string;
  /** Assignees */
  assignees: string;
  /** At risk */
  atRisk: string;
  /** Backlog */
  backlog: string;
  /** Bars show estimate points per category. */
  barsShowEstimatePointsPer: string;
  /** Bars show items per category. */
  barsShowItemsPerCategory: string;
  /** Blocked */
  blocked: string;
  /** Blocked days by reason */
  blockedDaysByReason: string;
  /** Blocked for (working days) */
  blockedForWorkingDays: string;
  /** Blocked now: {0} */
  blockedNow: string;
  /** Blockers */
  blockers: string;
  /** Blockers by reason */
  blockersByReason: string;
  /** Blockers by scope */
  blockersByScope: string;
  /** {0} blockers ended without a resolution comment; their days are not counted. */
  blockersEndedWithoutAResolution: string;
  /** Blockers flagged per iteration */
  blockersFlaggedPerIteration: string;
  /** Blockers per iteration */
  blockersPerIteration: string;
  /** Burn-up */
  burnUp: string;
  /** Burn-up in {0}: {1} */
  burnUpIn: string;
  /** Burn-up per day */
  burnUpPerDay: string;
  /** By */
  by: string;
  /** By kind */
  byKind: string;
  /** By person and iteration */
  byPersonAndIteration: string;
  /** Capacity */
  capacity: string;
  /** Capacity is working days × {0} hours per person (setting sprintFlow.report.hoursPerDay). Times in {1}. */
  capacityIsWorkingDaysHours: string;
  /** Carried before */
  carriedBefore: string;
  /** Carried over */
  carriedOver: string;
  /** Category */
  category: string;
  /**  (closed after the end) */
  closedAfterTheEnd: string;
  /** Commits */
  commits: string;
  /** Commits linked to goals */
  commitsLinkedToGoals: string;
  /** Committed */
  committed: string;
  /** Committed at the start */
  committedAtTheStart: string;
  /** Complete */
  complete: string;
  /** Count */
  count: string;
  /** Current iteration */
  currentIteration: string;
  /** Day */
  day: string;
  /** Derived from */
  derivedFrom: string;
  /** Doing */
  doing: string;
  /** Done */
  done: string;
  /** {0} · each update in its author's time zone, newest first */
  eachUpdateInItsAuthor: string;
  /** Estimate */
  estimate: string;
  /** Every blocker the latest updates mention, longest first */
  everyBlockerTheLatestUpdates: string;
  /** Every item of the iteration */
  everyItemOfTheIteration: string;
  /** Every kind */
  everyKind: string;
  /** Everyone */
  everyone: string;
  /** Everyone is up to date. */
  everyoneIsUpToDate: string;
  /** Export CSV */
  exportCsv: string;
  /** Export Markdown */
  exportMarkdown: string;
  /** Figure */
  figure: string;
  /** Flag {0} as blocked */
  flagAsBlocked: string;
  /** Flagged */
  flagged: string;
  /** Focus */
  focus: string;
  /** Focus factor */
  focusFactor: string;
  /** Focus factor per person */
  focusFactorPerPerson: string;
  /** Focus per iteration */
  focusPerIteration: string;
  /** Focus per person */
  focusPerPerson: string;
  /** focus: working time so far not interrupted */
  focusWorkingTimeSoFar: string;
  /** Goal */
  goal: string;
  /** Goals */
  goals: string;
  /** Goals met */
  goalsMet: string;
  /** Goals of the team in this iteration */
  goalsOfTheTeamIn: string;
  /** Hours lost and focus */
  hoursLostAndFocus: string;
  /** How these figures were derived */
  howTheseFiguresWereDerived: string;
  /** How this was derived */
  howThisWasDerived: string;
  /** Inactive */
  inactive: string;
  /** Interrupted */
  interrupted: string;
  /** Interruption hours per iteration */
  interruptionHoursPerIteration: string;
  /** Interruption time by kind */
  interruptionTimeByKind: string;
  /** Interruptions */
  interruptions: string;
  /** Interruptions by kind */
  interruptionsByKind: string;
  /** Interruptions by person and iteration */
  interruptionsByPersonAndIteration: string;
  /** {0} interruptions, {1} in all. */
  interruptionsInAll: string;
  /** Interruptions per iteration */
  interruptionsPerIteration: string;
  /** Item */
  item: string;
  /** Items */
  items: string;
  /** Iteration */
  iteration: string;
  /** Iterations */
  iterations: string;
  /** Kind */
  kind: string;
  /** Last {0} iterations */
  lastIterations: string;
  /**  · last update {0} */
  lastUpdate: string;
  /** Latest commit */
  latestCommit: string;
  /** Linked commits */
  linkedCommits: string;
  /** Loading the sprint goals… */
  loadingTheSprintGoals: string;
  /** Loading the team's burn-up… */
  loadingTheTeamSBurn: string;
  /** Loading your sprint… */
  loadingYourSprint: string;
  /** Log Interruption */
  logInterruption: string;
  /** Lost */
  lost: string;
  /** Met */
  met: string;
  /** My interruptions this sprint */
  myInterruptionsThisSprint: string;
  /** My items */
  myItems: string;
  /** My open blockers */
  myOpenBlockers: string;
  /** No */
  no: string;
  /** No start snapshot for {0}: committed work is an estimate (see how each figure was derived). */
  noStartSnapshotForCommitted: string;
  /**  · no update this iteration */
  noUpdateThisIteration: string;
  /** No updates in this iteration yet. */
  noUpdatesInThisIteration: string;
  /** Nobody mentions a blocker. */
  nobodyMentionsABlocker: string;
  /** Not counted: {0}. The output channel "Sprint Flow" names the comments. */
  notCountedTheOutputChannel: string;
  /** Not done yet */
  notDoneYet: string;
  /** Not posted since their last working day */
  notPostedSinceTheirLast: string;
  /** Not recorded */
  notRecorded: string;
  /** {0}: not shown. */
  notShown: string;
  /** Nothing is blocked now. */
  nothingIsBlockedNow: string;
  /** Nothing logged this sprint. */
  nothingLoggedThisSprint: string;
  /** Nothing of yours is blocked. */
  nothingOfYoursIsBlocked: string;
  /** {0} ({1} of the scope) */
  ofTheScope: string;
  /** Off track */
  offTrack: string;
  /** Older updates of this iteration are on GitHub: open the thread to read them. */
  olderUpdatesOfThisIteration: string;
  /** On track */
  onTrack: string;
  /** Open {0} */
  open: string;
  /** Open {0} on GitHub */
  openOnGithub: string;
  /** Open Sprint Review */
  openSprintReview: string;
  /** Open Thread on GitHub */
  openThreadOnGithub: string;
  /** Other planned */
  otherPlanned: string;
  /** Outcome */
  outcome: string;
  /** People */
  people: string;
  /** Person */
  person: string;
  /** Points */
  points: string;
  /** Post My Update */
  postMyUpdate: string;
  /** Posted */
  posted: string;
  /** Progress */
  progress: string;
  /** Publish as Status Update */
  publishAsStatusUpdate: string;
  /** Published as the project's latest status update. */
  publishedAsTheProjectS: string;
  /** Reactive */
  reactive: string;
  /** Reading the iteration, its items and their history from GitHub… */
  readingTheIterationItsItems: string;
  /** Reading the standup thread from GitHub… */
  readingTheStandupThreadFrom: string;
  /** Reading the team logs and blockers from GitHub… */
  readingTheTeamLogsAnd: string;
  /** Reason */
  reason: string;
  /** Recorded */
  recorded: string;
  /** Refresh */
  refresh: string;
  /** Refreshing… */
  refreshing: string;
  /** Removed */
  removed: string;
  /** {0} resolutions lost their flag comment; they count under "Unknown reason". */
  resolutionsLostTheirFlagComment: string;
  /** Resolve blocker on {0} */
  resolveBlockerOn: string;
  /**  · running: figures so far */
  runningFiguresSoFar: string;
  /** Scope */
  scope: string;
  /** Since */
  since: string;
  /** Sprint goal */
  sprintGoal: string;
  /** Sprint goals */
  sprintGoals: string;
  /** Sprint review · {0} */
  sprintReview: string;
  /** Sprint review */
  sprintReview2: string;
  /** Sprint Review */
  sprintReview3: string;
  /** Start */
  start: string;
  /** Status */
  status: string;
  /** Status updates */
  statusUpdates: string;
  /** Sub-issues done */
  subIssuesDone: string;
  /** Summary */
  summary: string;
  /** Support */
  support: string;
  /** Team burn-up */
  teamBurnUp: string;
  /** Team focus factor {0}: {1} lost of {2} capacity. */
  teamFocusFactorLostOf: string;
  /** Team report */
  teamReport: string;
  /** Team Standup */
  teamStandup: string;
  /** The goals could not be read. */
  theGoalsCouldNotBe: string;
  /** The iteration in numbers */
  theIterationInNumbers: string;
  /** The project has no status updates yet. */
  theProjectHasNoStatus: string;
  /** The project's status updates, newest first */
  theProjectSStatusUpdates: string;
  /** This iteration has no sprint goals. */
  thisIterationHasNoSprint: string;
  /** Time */
  time: string;
  /** Trend */
  trend: string;
  /** Trend over iterations */
  trendOverIterations: string;
  /** Try Again */
  tryAgain: string;
  /** Update */
  update: string;
  /** Updates */
  updates: string;
  /** Upstream */
  upstream: string;
  /** Value */
  value: string;
  /** Waiting for */
  waitingFor: string;
  /**  · waiting for {0} */
  waitingFor2: string;
  /** Where now */
  whereNow: string;
  /** Work balance */
  workBalance: string;
  /** Work balance per iteration */
  workBalancePerIteration: string;
  /** Work balance per iteration (items, points; how each was derived) */
  workBalancePerIterationItems: string;
  /** {0} working days */
  workingDays: string;
  /** Working days */
  workingDays2: string;
  /** Working days blocked */
  workingDaysBlocked: string;
  /** Working days blocked by reason */
  workingDaysBlockedByReason: string;
  /** Yes */
  yes: string;
  /** 1 item */
  oneItem: string;
  /** {0} items */
  nItems: string;
  /** 1 point */
  onePoint: string;
  /** {0} points */
  nPoints: string;
  /** 1 pt */
  onePt: string;
  /** {0} pts */
  nPts: string;
  /** 1 interruption */
  oneInterruption: string;
  /** {0} interruptions */
  nInterruptions: string;
  /** 1 record skipped (written by a newer Sprint Flow, or edited beyond reading). */
  oneRecordSkipped: string;
  /** {0} records skipped (written by a newer Sprint Flow, or edited beyond reading). */
  recordsSkipped: string;
  /** {0} flagged */
  nFlagged: string;
  /** {0} blocked */
  nBlocked: string;
  /** {0} by {1}: how many of a category's items one rule put there */
  countBySource: string;
  /** {0} of {1} */
  xOfY: string;
  /** {0}% done */
  percentDone: string;
  /**  (reopened) */
  reopened: string;
  /**  (suggested) */
  suggested: string;
  /** goal {0} */
  goalReference: string;
  /** active */
  active: string;
  /** {0} ({1} flagged) */
  daysAndFlagged: string;
  /** {0} min */
  minutesShort: string;
  /** {0} h */
  hoursShort: string;
  /** {0} h {1} min */
  hoursMinutesShort: string;
  /** {0} d */
  daysShort: string;
}
