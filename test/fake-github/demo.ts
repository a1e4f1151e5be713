/**
 * The demo world: organization `northwind`, project 7 "Platform Team Sprint Board" shaped like the real board the
 * design describes (two-week "Iteration N", the six Status options, Estimate, Unplanned, End date), six people
 * across time zones, three repositories, and 300+ items over past, current and future iterations. Everything is
 * deterministic and relative to `today`: the current iteration is always "Iteration 42".
 */
import { addItem, board } from './boardBuilders';
import { commit, connect, draftIssue, issue, org, repo, user } from './builders';
import { enableDiscussions } from './discussions';
import { goalProgress } from './demoGoals';
import { fillBoard, padBoard } from './demoHistory';
import { reportHistory } from './demoReport';
import { standupHistory } from './demoStandup';
import { reviewHistory } from './demoReview';
import { IterationInfo, notLaterThanYesterday, put, Random, Seed } from './demoSeed';
import { UserRec } from './model';
import { GitHubState } from './state';
import { addDays, atHour, dateOfDay, dayNumber, isoDate, realClock } from './time';
import { WideBoardShape, widenBoard } from './wideBoard';

export const DEMO_TOKEN = 'ghp_SprintFlowDemoToken0000000000000000';
export const DEMO_LOGIN = 'mara-jensen';
/** An organization member who may read everything but change nothing, for permission tests. */
export const DEMO_READONLY_TOKEN = 'ghp_SprintFlowReadOnlyToken000000000000';
export const DEMO_READONLY_LOGIN = 'guest-auditor';
export const DEMO_ORG = 'northwind';
export const DEMO_PROJECT_NUMBER = 7;
export const DEMO_PROJECT_TITLE = 'Platform Team Sprint Board';
export const DEMO_CURRENT_ITERATION = 'Iteration 42';
/** A discussion category of northwind/infra for teams that keep standups in Discussions (empty until someone posts). */
export const DEMO_STANDUP_CATEGORY = 'Standups';
export const DEMO_STATUS_OPTIONS = ['Upcoming Initiatives', 'Refined', 'Up Next', 'In progress', 'In Review/Blocked', 'Done'];
const STATUS_COLORS = ['GRAY', 'BLUE', 'PURPLE', 'YELLOW', 'ORANGE', 'GREEN'];

export function demoProjectUrl(origin: string): string {
  return `${origin}/orgs/${DEMO_ORG}/projects/${DEMO_PROJECT_NUMBER}`;
}

const PEOPLE: [string, string, string][] = [
  [DEMO_LOGIN, 'Mara Jensen', 'Copenhagen, Denmark'],
  ['kenji-sato', 'Kenji Sato', 'Tokyo, Japan'],
  ['priya-nair', 'Priya Nair', 'Bengaluru, India'],
  ['diego-alvarez', 'Diego Álvarez', 'Mexico City, Mexico'],
  ['olu-adeyemi', 'Olu Adeyemi', 'Lagos, Nigeria'],
  ['sam-oconnor', "Sam O'Connor", 'Seattle, USA'],
];

const LABELS = [
  { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
  { name: 'enhancement', color: 'a2eeef', description: 'New feature or request' },
  { name: 'blocked', color: 'b60205', description: 'Waiting on something outside the team' },
  { name: 'sprint-goal', color: '0e8a16', description: 'A goal of the current iteration' },
  { name: 'interruption-log', color: 'fbca04', description: 'Team log of interruptions, one issue per iteration' },
  { name: 'support', color: 'c5def5', description: 'Support rotation' },
  { name: 'upstream', color: '5319e7', description: 'Work in open-source projects we depend on' },
  { name: 'tech-debt', color: 'e4e669', description: '' },
];

/** Iteration 42 contains today; iterations start on Mondays, two weeks apart, on a fixed two-week cadence. */
function iterationsAround(today: string): IterationInfo[] {
  const day = dayNumber(today);
  const monday = day - ((day + 3) % 7); // 1970-01-01 was a Thursday
  const week = (monday - 4) / 7; // 1970-01-05 was the first Monday
  const currentStart = week % 2 === 0 ? monday : monday - 7;
  return Array.from({ length: 9 }, (_, i) => {
    const number = 36 + i;
    const startDate = dateOfDay(currentStart + (number - 42) * 14);
    return { number, title: `Iteration ${number}`, startDate, endDate: addDays(startDate, 13) };
  });
}

export interface DemoBoardOptions {
  today?: Date | string;
  /**
   * For benchmarks: the board holds exactly this many items — my sprint as in the demo, then other people's work
   * spread over the iterations and the backlog — instead of the demo's story and history.
   */
  boardItems?: number;
  /** Widens the board to real boards' shape (see wideBoard.ts), e.g. 30 fields with 25 set on every item. */
  wide?: WideBoardShape;
}

export function demoBoard(options: DemoBoardOptions = {}): GitHubState {
  const today = typeof options.today === 'string' ? options.today : isoDate(options.today ?? new Date());
  const state = new GitHubState();
  const iterations = iterationsAround(today);
  // Seed timestamps come from a clock frozen at the start of the first iteration, so reruns are identical.
  state.clock = () => atHour(addDays(iterations[0].startDate, -120), 9);

  const people = PEOPLE.map(([login, name, location]) => user(state, login, { name, location }));
  const [viewer] = people;
  const guest = user(state, DEMO_READONLY_LOGIN, { name: 'Guest Auditor', location: 'Remote' });
  org(state, DEMO_ORG, { name: 'Northwind Platform', members: [...people, guest] });
  const repoOptions = { labels: LABELS, writers: people.slice(1), admins: [viewer] };
  const repos = {
    api: repo(state, 'northwind/api', { ...repoOptions, description: 'Public HTTP API and webhooks' }),
    web: repo(state, 'northwind/web', { ...repoOptions, description: 'Customer dashboard' }),
    infra: repo(state, 'northwind/infra', { ...repoOptions, description: 'Terraform, Kubernetes and runbooks' }),
  };
  const sprintBoard = board(state, DEMO_ORG, {
    number: DEMO_PROJECT_NUMBER,
    title: DEMO_PROJECT_TITLE,
    shortDescription: 'Two-week iterations of the platform team',
    status: DEMO_STATUS_OPTIONS.map((name, i) => ({ name, color: STATUS_COLORS[i] })),
    iterations: { startDate: iterations[0].startDate, count: iterations.length, firstNumber: 36 },
    fields: [
      { name: 'Estimate', type: 'NUMBER' },
      { name: 'Unplanned', type: 'SINGLE_SELECT', options: [{ name: 'Unplanned', color: 'ORANGE' }, { name: 'Emergency', color: 'RED' }] },
      { name: 'End date', type: 'DATE' },
      { name: 'Priority', type: 'SINGLE_SELECT', options: ['P0', 'P1', 'P2'] },
      { name: 'Notes', type: 'TEXT' },
    ],
    writers: people,
    creator: viewer,
  });
  const seed: Seed = { state, random: new Random(7), board: sprintBoard, viewer, team: people, repos, iterations, today };

  mySprint(seed);
  if (options.boardItems === undefined) {
    fillBoard(seed);
    reportHistory(seed);
    standupHistory(seed);
    reviewHistory(seed);
  } else {
    padBoard(seed, options.boardItems);
  }
  if (options.wide) {
    widenBoard(state, sprintBoard, options.wide);
  }
  otherProjects(seed, people);
  // Last, so every record made before keeps the id it had before the demo had Discussions.
  enableDiscussions(state, repos.infra, [DEMO_STANDUP_CATEGORY]);

  state.addToken(DEMO_TOKEN, DEMO_LOGIN);
  state.addToken(DEMO_READONLY_TOKEN, DEMO_READONLY_LOGIN, ['repo', 'read:project', 'read:org']);
  state.clock = realClock;
  return state;
}

/** The viewer's items in the current iteration, written out so the demo tells a story (see the final report). */
function mySprint(seed: Seed): void {
  const { viewer, team, repos, iterations } = seed;
  const [, kenji, priya, diego, , sam] = team;
  const current = iterations.find((it) => it.number === 42) as IterationInfo;
  const inCurrent = { iteration: current };

  const goalA = put(seed, { ...inCurrent, repo: repos.api, title: 'Goal: billing webhooks are signed and verifiable', assignees: [kenji], status: 'In progress', labels: ['sprint-goal'], estimate: 8, priority: 'P0' }).content!;
  const goalB = put(seed, { ...inCurrent, repo: repos.web, title: 'Goal: the team dashboard shows sprint history', assignees: [diego], status: 'In progress', labels: ['sprint-goal'], estimate: 8, priority: 'P1' }).content!;

  const signing = put(seed, { ...inCurrent, repo: repos.api, title: 'Rotate signing keys for billing webhooks', assignees: [viewer], status: 'In progress', estimate: 3, priority: 'P1', parent: goalA, body: 'Keys rotate every 90 days; old keys stay valid for 24 hours.' }).content!;
  put(seed, { ...inCurrent, repo: repos.web, title: 'Paginate sprint history on the team dashboard', assignees: [viewer, diego], status: 'In progress', estimate: 5, parent: goalB });
  const pr = put(seed, { ...inCurrent, repo: repos.api, pullRequest: true, title: 'Add a retry budget to the payments client', assignees: [viewer], status: 'In progress', estimate: 2 }).content!;
  put(seed, {
    ...inCurrent,
    repo: repos.infra,
    title: 'Upgrade staging Postgres to 16',
    assignees: [viewer],
    status: 'In Review/Blocked',
    labels: ['blocked'],
    estimate: 3,
    comments: [{ author: viewer, body: 'Blocked: the cloud vendor moved our maintenance window to next week.' }],
  });
  put(seed, { ...inCurrent, repo: null, title: 'Write the cache failover runbook', assignees: [viewer], status: 'Up Next', estimate: 1 });
  put(seed, { ...inCurrent, repo: repos.api, title: 'Trace the ingest worker with OpenTelemetry', assignees: [viewer], status: 'Refined', estimate: 5, priority: 'P2' });
  put(seed, { ...inCurrent, repo: repos.web, title: 'Fix the flaky login end-to-end test', assignees: [viewer], status: 'Done', estimate: 1, closed: true, labels: ['bug'] });
  put(seed, { ...inCurrent, repo: repos.infra, title: 'Renew the wildcard TLS certificate', assignees: [viewer], status: 'Done', estimate: 1, closed: true, unplanned: 'Unplanned' });
  put(seed, {
    ...inCurrent,
    repo: repos.api,
    title: 'Investigate 502s from the edge proxy',
    assignees: [viewer],
    unplanned: 'Emergency',
    labels: ['bug'],
    comments: [{ author: sam, body: 'Seeing <b>bursts</b> of 502s after 18:00 UTC & only on eu-west; see northwind/infra#1?' }],
  });
  put(seed, { ...inCurrent, repo: repos.infra, title: `Support · ${current.title}`, assignees: [viewer], status: 'In progress', labels: ['support'], body: 'Support rotation for this iteration. Time-box tickets to 30 minutes.' });
  // Archived: on the board and in the iteration, but not in GitHub's filtered results.
  put(seed, { ...inCurrent, repo: repos.web, title: 'Spike: compare feature-flag vendors', assignees: [viewer], status: 'Up Next', archived: true });

  put(seed, { ...inCurrent, repo: repos.api, title: 'Verify webhook signatures in the SDK', assignees: [kenji], status: 'Done', closed: true, estimate: 3, parent: goalA });
  put(seed, { ...inCurrent, repo: repos.api, title: 'Document webhook signature rotation', assignees: [priya], status: 'Up Next', estimate: 2, parent: goalA });
  put(seed, { ...inCurrent, repo: repos.web, title: 'Add an iteration selector to the dashboard', assignees: [diego], status: 'In progress', estimate: 3, parent: goalB });
  put(seed, { ...inCurrent, repo: repos.web, title: 'Cache sprint history API responses', assignees: [sam], status: 'Refined', estimate: 2, parent: goalB });

  const day = (offset: number, hour: number) => notLaterThanYesterday(seed, atHour(addDays(current.startDate, offset), hour));
  commit(seed.state, repos.api, {
    message: `Sign billing webhooks with rotating keys\n\nRefs northwind/api#${goalA.number}\nSprint-Goal: northwind/api#${goalA.number}`,
    author: viewer,
    date: day(1, 10),
  });
  commit(seed.state, repos.api, { message: `Verify signatures in the SDK (#${goalA.number})`, author: kenji, date: day(2, 3) });
  connect(seed.state, pr, signing, { actor: viewer, at: day(2, 11) });

  // A private repository of another organization: its item shows as REDACTED to everyone but Priya.
  org(seed.state, 'northwind-sec', { members: [priya] });
  const incidents = repo(seed.state, 'northwind-sec/incident-response', { private: true, writers: [priya] });
  const hidden = issue(seed.state, incidents, { title: 'Post-incident review: leaked staging credentials', author: priya, assignees: [priya], createdAt: day(0, 8) });
  put(seed, { ...inCurrent, repo: incidents, existing: hidden, title: hidden.title, assignees: [priya], status: 'In progress' });

  goalProgress(seed, goalA, goalB, day);
}

/** The viewer's personal board and two more organization boards, for "Select Project". */
function otherProjects(seed: Seed, people: UserRec[]): void {
  const { state, viewer } = seed;
  const personal = board(state, viewer, { number: 1, title: 'Personal backlog', status: ['Todo', 'Done'], creator: viewer });
  const roadmap = board(state, DEMO_ORG, { number: 3, title: 'Platform roadmap 2024', closed: true, writers: people });
  const reviews = board(state, DEMO_ORG, { number: 8, title: 'Incident reviews', writers: people });
  for (const project of [personal, roadmap, reviews]) {
    project.createdAt = atHour(addDays(seed.today, -300), 9);
    project.updatedAt = atHour(addDays(seed.today, project.closed ? -200 : -20), 9);
  }
  for (const title of ['Read the Postgres 16 release notes', 'Try the new terminal profiles']) {
    addItem(state, personal, draftIssue(state, { title, assignees: [viewer], creator: viewer }), { Status: 'Todo' });
  }
}
