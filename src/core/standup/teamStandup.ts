/**
 * What the Team Standup view shows, as plain data: the iteration's updates grouped by day in each person's own time
 * zone, newest first; who has not posted since their last working day; every blocker the latest updates mention,
 * with its age. Built from updates that count (see thread.ts); pure, with the clock passed in.
 */
import { dayNumber, isoDateOfDay, localDate, startOfDay } from '../calendar';
import { elapsedDays } from '../duration';
import { describeLeftOut, LeftOutCounts } from '../records/authorship';
import { teamOf } from '../report/focus';
import { formatLocalTime } from './draft';
import { previousWorkingDay } from './compose';
import { PostedUpdate } from './thread';
import { BlockedLine, StandupUpdate } from './update';

/** An update as the view shows it: what the person posted, with when in their own time and where on GitHub. */
export interface TeamStandupUpdate
  extends Pick<StandupUpdate, 'person' | 'timeZone' | 'postedAt' | 'done' | 'doing' | 'blocked' | 'interruptions' | 'commits' | 'note'> {
  /** "Tue 2 Dec 09:14" in the person's time zone. */
  localTime: string;
  commentUrl?: string;
}

export interface TeamStandupBlocker extends BlockedLine {
  person: string;
  /** Working days since it was flagged, one decimal; absent when the flag's time is not known. */
  workingDays?: number;
  /** The update that mentions it: where to answer on GitHub. */
  commentUrl?: string;
}

export interface TeamStandupModel {
  iteration: string;
  threadUrl?: string;
  /** The team as the team report counts it (everyone assigned to an item of the iteration), everyone who posted in it, and me. */
  people: string[];
  /** Only this person's updates and blockers, when set. */
  person?: string;
  /** `label`: "Tue 24 Nov". */
  days: { date: string; label: string; updates: TeamStandupUpdate[] }[];
  /** People of the team whose latest update (if any) is older than the start of their previous working day. */
  notPosted: { person: string; lastPosted?: string; timeZone: string }[];
  blockers: TeamStandupBlocker[];
  /** "2 records written by people outside the team". */
  leftOut: string[];
  /** Whether older comments of the thread were left unread (the read is bounded). */
  olderNotRead: boolean;
  viewer: string;
}

export interface TeamStandupInput {
  iteration: string;
  threadUrl?: string;
  updates: readonly PostedUpdate[];
  /** Everyone assigned to an item of the iteration on the board, whether they posted or not. */
  boardAssignees: readonly string[];
  leftOut: LeftOutCounts;
  olderNotRead: boolean;
  viewer: string;
  /** My time zone: for people whose zone is not known from an update. */
  timeZone: string;
  now: Date;
  person?: string;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function buildTeamStandup(input: TeamStandupInput): TeamStandupModel {
  const inIteration = input.updates.filter((u) => u.update.iteration === input.iteration);
  // Who is on the team is decided as the team report decides it; people who posted (and I) are the "loggers" here.
  const assignees = new Map(input.boardAssignees.map((login) => [login.toLowerCase(), login]));
  const posters = [...inIteration.map((u) => u.author), input.viewer].map((person) => ({ person, login: person.toLowerCase() }));
  const people = teamOf(assignees, posters);
  const shown = input.person ? inIteration.filter((u) => same(u.author, input.person!)) : inIteration;

  const byDay = new Map<string, TeamStandupUpdate[]>();
  for (const posted of [...shown].sort((a, b) => Date.parse(b.update.postedAt) - Date.parse(a.update.postedAt))) {
    const u = posted.update;
    const date = localDate(new Date(u.postedAt), u.timeZone);
    const list = byDay.get(date) ?? [];
    list.push({
      person: posted.author,
      timeZone: u.timeZone,
      postedAt: u.postedAt,
      localTime: formatLocalTime(u.postedAt, u.timeZone),
      ...(posted.commentUrl ? { commentUrl: posted.commentUrl } : {}),
      done: u.done,
      doing: u.doing,
      blocked: u.blocked,
      interruptions: u.interruptions,
      commits: u.commits,
      ...(u.note ? { note: u.note } : {}),
    });
    byDay.set(date, list);
  }
  const days = [...byDay.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([date, updates]) => ({ date, label: formatDay(date), updates }));

  const latest = (person: string) => [...inIteration].reverse().find((u) => same(u.author, person));
  const notPosted = people
    .filter((p) => !input.person || same(p, input.person))
    .flatMap((person) => {
      const last = latest(person);
      const timeZone = last?.update.timeZone ?? input.timeZone;
      const due = startOfDay(previousWorkingDay(input.now, timeZone), timeZone);
      return last && Date.parse(last.update.postedAt) >= due ? [] : [{ person, timeZone, ...(last ? { lastPosted: last.update.postedAt } : {}) }];
    });

  const blockers: TeamStandupBlocker[] = [];
  for (const person of people.filter((p) => !input.person || same(p, input.person))) {
    const last = latest(person);
    for (const line of last?.update.blocked ?? []) {
      const age = line.since ? elapsedDays(new Date(line.since), input.now, last!.update.timeZone).workingDays : undefined;
      blockers.push({ ...line, person, ...(age === undefined ? {} : { workingDays: Math.round(age * 10) / 10 }), ...(last!.commentUrl ? { commentUrl: last!.commentUrl } : {}) });
    }
  }
  blockers.sort((a, b) => (b.workingDays ?? -1) - (a.workingDays ?? -1));

  return {
    iteration: input.iteration,
    ...(input.threadUrl ? { threadUrl: input.threadUrl } : {}),
    people,
    ...(input.person ? { person: input.person } : {}),
    days,
    notPosted,
    blockers,
    leftOut: describeLeftOut(input.leftOut),
    olderNotRead: input.olderNotRead,
    viewer: input.viewer,
  };
}

/** "Tue 2 Dec": a day heading. */
export function formatDay(date: string): string {
  const day = dayNumber(date);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${isoDateOfDay(day)}T12:00:00Z`));
}
