/**
 * A world made of hostile strings (hostileStrings.ts): organization `hostile-lab`, a board whose title, status and
 * Unplanned options, labels, iteration titles, issue titles, goal titles, commit messages, blocker flags and
 * resolutions (details, people, reasons, scopes) and interruption log entries (people, kinds, notes, links) all come
 * from the catalogue, most of it on the viewer's items in the current iteration. Logins GitHub would reject are used
 * where GitHub keeps free text: display names and the records inside comments, which anyone can edit.
 */
import { blockerFlag, blockerResolution, flagComment, resolutionComment } from '../../src/core/blockerRecords';
import { encodeMarker } from '../../src/core/markers';
import { Interruption } from '../../src/core/interruptions';
import { entryComment, teamLogTitle } from '../../src/core/teamLog';
import { addItem, board } from './boardBuilders';
import { addSubIssue, comment, commit, issue, org, repo, user } from './builders';
import { AWKWARD_LOGINS, HostileString, hostileStrings } from './hostileStrings';
import { IssueRec, ProjectRec, RepoRec, UserRec } from './model';
import { GitHubState } from './state';
import { addDays, atHour, isoDate, realClock } from './time';

export const HOSTILE_TOKEN = 'ghp_SprintFlowHostileBoardToken000000000';
export const HOSTILE_LOGIN = 'mara-jensen';
export const HOSTILE_ORG = 'hostile-lab';
export const HOSTILE_PROJECT_NUMBER = 13;
export const HOSTILE_LOG_REPOSITORY = `${HOSTILE_ORG}/api`;
/** GitHub keeps label names to 50 characters. */
const LABEL_LIMIT = 50;
const ITERATIONS = 6;
const CURRENT = 4;

export interface HostileWorld {
  state: GitHubState;
  project: ProjectRec;
  strings: HostileString[];
  /** Where each string was put, by place ("issue title", "status option", ...). */
  placements: Map<string, HostileString[]>;
  currentIteration: string;
}

export function hostileProjectUrl(origin: string): string {
  return `${origin}/orgs/${HOSTILE_ORG}/projects/${HOSTILE_PROJECT_NUMBER}`;
}

/** `trip`: the origin of the tripwire server the strings' payloads would call. */
export function hostileWorld(options: { trip: string; today?: Date }): HostileWorld {
  const strings = hostileStrings(options.trip);
  const placements = new Map<string, HostileString[]>();
  const place = (where: string, s: HostileString) => placements.set(where, [...(placements.get(where) ?? []), s]);
  const pick = (i: number) => strings[i % strings.length];
  const short = strings.filter((s) => s.text.length <= LABEL_LIMIT);

  const state = new GitHubState();
  const today = isoDate(options.today ?? new Date());
  const firstStart = addDays(today, -CURRENT * 14 - 3);
  state.clock = () => atHour(addDays(firstStart, -30), 9);

  const viewer = user(state, HOSTILE_LOGIN, { name: pick(0).text });
  place('display name', pick(0));
  const team = AWKWARD_LOGINS.map((login, i) => {
    place('display name', pick(i + 1));
    return user(state, login, { name: pick(i + 1).text });
  });
  org(state, HOSTILE_ORG, { name: pick(7).text, members: [viewer, ...team] });
  place('organization name', pick(7));
  const labels = ['blocked', 'sprint-goal', 'interruption-log', 'support', 'upstream', ...short.map((s) => s.text)];
  short.forEach((s) => place('label', s));
  const repos = ['api', 'web'].map((name) => repo(state, `${HOSTILE_ORG}/${name}`, { labels, writers: [viewer, ...team] }));

  const statusOptions = ['Todo', 'In progress', 'Blocked', 'Done', ...strings.slice(0, 6).map((s) => s.text)];
  strings.slice(0, 6).forEach((s) => place('status option', s));
  const unplannedOptions = ['Unplanned', 'Emergency', ...strings.slice(6, 10).map((s) => s.text)];
  strings.slice(6, 10).forEach((s) => place('Unplanned option', s));
  const project = board(state, HOSTILE_ORG, {
    number: HOSTILE_PROJECT_NUMBER,
    title: pick(1).text,
    status: statusOptions,
    iterations: { startDate: firstStart, count: ITERATIONS },
    fields: [
      { name: 'Estimate', type: 'NUMBER' },
      { name: 'Unplanned', type: 'SINGLE_SELECT', options: unplannedOptions },
    ],
    writers: [viewer, ...team],
    creator: viewer,
  });
  place('project title', pick(1));
  const iterations = project.fields.find((f) => f.dataType === 'ITERATION')!.iterationConfig!.iterations;
  // Two past iterations carry hostile titles; the current one keeps a plain title so failures are easy to read.
  [1, 2].forEach((index, i) => {
    iterations[index].title = short[i + 3].text;
    place('iteration title', short[i + 3]);
  });
  const currentIteration = iterations[CURRENT].title;

  const items = strings.map((s, i) => {
    const content = issue(state, repos[i % 2], {
      title: s.text,
      author: team[i % team.length],
      assignees: [viewer, team[i % team.length]],
      labels: [short[i % short.length].text, ...(i % 9 === 0 ? ['support'] : [])],
    });
    const status = statusOptions[i % statusOptions.length];
    addItem(state, project, content, { Status: status, Iteration: currentIteration, Estimate: (i % 5) + 1, Unplanned: i % 3 === 0 ? unplannedOptions[i % unplannedOptions.length] : undefined });
    place('issue title', s);
    return { content, status };
  });

  goals(state, { items: items.map((i) => i.content), strings, viewer, place });
  blockers(state, { items, strings, team, iterationStart: atHour(iterations[CURRENT].startDate, 9), place });
  teamLogs(state, { logRepo: repos[0], iterations: iterations.slice(0, CURRENT + 1), strings, team: [viewer, ...team], place });

  state.addToken(HOSTILE_TOKEN, HOSTILE_LOGIN);
  state.clock = realClock;
  return { state, project, strings, placements, currentIteration };
}

type Place = (where: string, s: HostileString) => void;

/** Two goals with hostile titles, hostile sub-issues and commits whose messages are hostile. */
function goals(state: GitHubState, w: { items: IssueRec[]; strings: HostileString[]; viewer: UserRec; place: Place }): void {
  for (const [n, goal] of w.items.slice(0, 2).entries()) {
    goal.labels.push(goal.repo.labels.find((l) => l.name === 'sprint-goal')!);
    for (const child of w.items.slice(10 + n * 5, 15 + n * 5)) addSubIssue(goal, child);
    const headline = w.strings[20 + n];
    const reference = `${goal.repo.owner.login}/${goal.repo.name}#${goal.number}`;
    commit(state, goal.repo, { message: `${headline.text}\n\nRefs ${reference}\nSprint-Goal: ${reference}`, author: w.viewer });
    w.place('goal title', w.strings[n]);
    w.place('commit message', headline);
  }
}

/**
 * Flags on the items in the Blocked status, each written by the team member it names: hostile details and blocked-by;
 * some written by hand with an unknown reason and scope; resolutions with hostile text on others.
 */
function blockers(
  state: GitHubState,
  w: { items: { content: IssueRec; status: string }[]; strings: HostileString[]; team: UserRec[]; iterationStart: Date; place: Place },
): void {
  const blocked = w.items.filter((i) => i.status === 'Blocked').map((i) => i.content);
  for (const [n, content] of blocked.entries()) {
    const details = w.strings[(n * 7 + 3) % w.strings.length];
    const person = w.strings[(n * 11 + 5) % w.strings.length];
    const flaggedAt = new Date(w.iterationStart.getTime() + n * 3_600_000);
    const author = w.team[n % w.team.length];
    if (n % 2 === 0) {
      const flag = blockerFlag({ id: `hostile-flag-${n}`, reason: 'awaiting-review', details: details.text, flaggedAt, flaggedBy: author.login, blockedBy: { kind: 'person', login: person.text } });
      comment(state, content, { author, body: flagComment(flag), createdAt: flaggedAt });
    } else {
      const reason = w.strings[(n * 5 + 1) % w.strings.length];
      const record = { kind: 'blocker', id: `hostile-flag-${n}`, reason: reason.text, scope: reason.text, details: details.text, flaggedAt: flaggedAt.toISOString(), flaggedBy: author.login, blockedBy: { kind: 'issue', reference: details.text } };
      comment(state, content, { author, body: `${details.text}\n\n${encodeMarker(record)}`, createdAt: flaggedAt });
      w.place('blocker reason', reason);
    }
    w.place('blocker details', details);
    w.place('blocker person', person);
  }
  // Blocked and resolved earlier in the iteration, on items in other statuses.
  for (const [n, { content }] of w.items.filter((i) => i.status !== 'Blocked').slice(0, 6).entries()) {
    const text = w.strings[(n * 13 + 2) % w.strings.length];
    const flaggedAt = new Date(w.iterationStart.getTime() - 86_400_000 * (n + 1));
    const flag = blockerFlag({ id: `hostile-past-${n}`, reason: 'environment', details: text.text, flaggedAt, flaggedBy: content.author.login });
    const resolution = blockerResolution(flag, { id: `hostile-resolved-${n}`, resolution: text.text, resolvedAt: new Date(flaggedAt.getTime() + 7_200_000), resolvedBy: content.author.login, timeZone: 'UTC' });
    comment(state, content, { author: content.author, body: flagComment(flag), createdAt: flaggedAt });
    comment(state, content, { author: content.author, body: resolutionComment(resolution), createdAt: new Date(resolution.resolvedAt) });
    w.place('blocker resolution', text);
  }
}

/**
 * One log issue per iteration up to the current one; entries with hostile kinds, notes and links, written by the team
 * member they name, and entries naming hostile people (which, written by a member, claim another person: left out).
 */
function teamLogs(
  state: GitHubState,
  w: { logRepo: RepoRec; iterations: { title: string; startDate: string }[]; strings: HostileString[]; team: UserRec[]; place: Place },
): void {
  let serial = 0;
  for (const iteration of w.iterations) {
    const log = issue(state, w.logRepo, { title: teamLogTitle(iteration.title), author: w.team[0], labels: ['interruption-log'], createdAt: atHour(iteration.startDate, 8) });
    for (let n = 0; n < 6; n++) {
      const s = (offset: number) => w.strings[(serial * 3 + offset) % w.strings.length];
      // Three working days from the iteration's start: the current iteration began three days ago.
      const startedAt = atHour(addDays(iteration.startDate, n % 3), 9 + n);
      const entry: Interruption = {
        kind: 'interruption',
        id: `hostile-entry-${++serial}`,
        person: n % 2 ? s(0).text : w.team[n % w.team.length].login,
        startedAt: startedAt.toISOString(),
        minutes: 15 + n * 10,
        interruptionKind: n % 3 === 0 ? s(1).text : 'support-ticket',
        iteration: iteration.title,
        link: s(2).text,
        note: s(1).text,
      };
      comment(state, log, { author: w.team[n % w.team.length], body: entryComment(entry, `${w.logRepo.owner.login}/${w.logRepo.name}`), createdAt: new Date(startedAt.getTime() + entry.minutes * 60_000) });
      if (n % 2) w.place('interruption person', s(0));
      if (n % 3 === 0) w.place('interruption kind', s(1));
      w.place('interruption note', s(1));
      w.place('interruption link', s(2));
    }
  }
}
