/**
 * The engineer's sprint dashboard as plain data: built from the sprint snapshot, the team's goals and my journaled
 * interruptions, posted to the webview as is. Pure: no VS Code, no clock of its own.
 */
import { blockerReasonLabel } from './blockers';
import { dayNumber, localDate, weekdayOfDay } from './calendar';
import { elapsedDays } from './duration';
import { Goal, goalProgress } from './goals';
import { Interruption, INTERRUPTION_KINDS, interruptionKind } from './interruptions';
import { formatDateRange, formatDaysLeft, iterationWindow } from './iteration';
import { SprintSnapshot } from './model';
import { describeLeftOut, LeftOutTally } from './records/authorship';
import { BurnUpSeries } from './review/model';
import { estimateOf, groupByStatus, isBlocked, itemReference } from './sprint';
import * as l10n from '@vscode/l10n';
import { sumOfPoints } from './points';

export interface DashboardItem {
  /** OWNER/REPO#N, or the title of a draft. */
  reference: string;
  title: string;
  url?: string;
  estimate?: number;
  blocked: boolean;
  /** Whether flag/resolve can address it (issues and pull requests). */
  actionable: boolean;
}

/** The team's burn-up of the current iteration: read with the sprint review's reader after the rest of the dashboard. */
export type DashboardBurnUp = { state: 'loading' } | { state: 'ready'; series: BurnUpSeries } | { state: 'problem'; message: string };

export interface DashboardModel {
  projectTitle: string;
  projectUrl: string;
  viewer: string;
  iteration: { title: string; dates: string; startDate: string; endDate: string; daysLeft: number; daysLeftText: string };
  hasEstimates: boolean;
  statusGroups: { status: string; items: DashboardItem[]; points: number }[];
  totalPoints: number;
  goals: { state: 'loading' | 'ready' | 'problem'; problem?: string; goals: DashboardGoal[] };
  /** My blocked items; age and scope when a flag is recorded in the comments. */
  blockers: { reference: string; title: string; url?: string; reason: string; scope?: string; since?: string; workingDays?: number; calendarDays?: number }[];
  interruptions: {
    count: number;
    minutes: number;
    byKind: { kind: string; label: string; count: number; minutes: number }[];
    /** Working minutes from the sprint's start to now (hours per day × working days). */
    workingMinutes: number;
    /** Share of working time so far not interrupted, 0 to 1; undefined before any working time. */
    focus?: number;
  };
  burnUp: DashboardBurnUp;
  fetchedAt: string;
  /** Records in my items' and the goals' comments that could not be read (a newer Sprint Flow, damaged by an edit). */
  skippedRecords: number;
  /** Records there that did not count, one sentence per reason ("1 record claims another person"). */
  leftOut: string[];
}

export interface DashboardGoal {
  reference: string;
  title: string;
  url?: string;
  state: 'OPEN' | 'CLOSED';
  progress: number;
  subIssues: { total: number; completed: number };
  commits: { count: number; latest?: { sha: string; headline?: string; url?: string; date?: string } };
}

export interface DashboardInput {
  snapshot: SprintSnapshot;
  goals: { state: 'loading' | 'ready' | 'problem'; problem?: string; goals: readonly Goal[] };
  /** My journaled interruptions (any iteration: filtered here). */
  interruptions: readonly Interruption[];
  hoursPerDay: number;
  /** Absent: not asked for yet. A burn-up of another iteration than the sprint's is not shown. */
  burnUp?: DashboardBurnUp;
  now: Date;
  timeZone: string;
}

export function buildDashboard(input: DashboardInput): DashboardModel {
  const { snapshot, now, timeZone } = input;
  const window = iterationWindow(snapshot.iteration, now, timeZone);
  const fields = snapshot.fields;
  const groups = groupByStatus(snapshot.items, fields.status).map((group) => {
    const items = group.items.map((item): DashboardItem => {
      const estimate = estimateOf(item, fields);
      return {
        reference: itemReference(item),
        title: item.title,
        ...(item.url ? { url: item.url } : {}),
        ...(estimate === undefined ? {} : { estimate }),
        blocked: isBlocked(item, fields),
        actionable: item.type === 'ISSUE' || item.type === 'PULL_REQUEST' || item.type === 'DRAFT_ISSUE',
      };
    });
    return { status: group.option?.name ?? l10n.t('No status'), items, points: sumOfPoints(items.map((i) => i.estimate)) };
  });

  const blockers = snapshot.items
    .filter((item) => isBlocked(item, fields))
    .map((item) => {
      const flag = item.openBlocker;
      const base = { reference: itemReference(item), title: item.title, ...(item.url ? { url: item.url } : {}) };
      if (!flag) {
        return { ...base, reason: l10n.t('No reason recorded (blocked on the board)') };
      }
      const age = elapsedDays(new Date(flag.flaggedAt), now, timeZone);
      return {
        ...base,
        reason: blockerReasonLabel(flag.reason),
        scope: flag.scope,
        since: flag.flaggedAt,
        workingDays: Math.round(age.workingDays * 10) / 10,
        calendarDays: Math.round(age.calendarDays * 10) / 10,
      };
    });

  const mine = input.interruptions.filter(
    (e) => e.iteration === snapshot.iteration.title && e.person.toLowerCase() === snapshot.viewer.toLowerCase(),
  );
  const byKind = INTERRUPTION_KINDS.map((k) => ({ kind: k.id, label: k.label, count: 0, minutes: 0 }));
  for (const entry of mine) {
    let row = byKind.find((k) => k.kind === entry.interruptionKind);
    if (!row) {
      row = { kind: entry.interruptionKind, label: interruptionKind(entry.interruptionKind)?.label ?? entry.interruptionKind, count: 0, minutes: 0 };
      byKind.push(row);
    }
    row.count += 1;
    row.minutes += entry.minutes;
  }
  const minutes = mine.reduce((sum, e) => sum + e.minutes, 0);
  const workingMinutes = workingDaysSoFar(snapshot.iteration.startDate, now, timeZone) * input.hoursPerDay * 60;
  const leftOut = new LeftOutTally();
  snapshot.items.forEach((item) => leftOut.addAll(item.leftOutRecords ?? {}));
  input.goals.goals.forEach((goal) => leftOut.addAll(goal.commits.leftOut ?? {}));

  return {
    projectTitle: snapshot.projectTitle,
    projectUrl: snapshot.projectUrl,
    viewer: snapshot.viewer,
    iteration: {
      title: snapshot.iteration.title,
      dates: formatDateRange(window.startDate, window.endDate),
      startDate: window.startDate,
      endDate: window.endDate,
      daysLeft: window.daysLeft,
      daysLeftText: formatDaysLeft(window.daysLeft),
    },
    hasEstimates: !!fields.estimate,
    statusGroups: groups,
    totalPoints: sumOfPoints(groups.map((g) => g.points)),
    goals: {
      state: input.goals.state,
      ...(input.goals.problem ? { problem: input.goals.problem } : {}),
      goals: input.goals.goals.map((goal) => ({
        reference: goal.reference,
        title: goal.title,
        ...(goal.url ? { url: goal.url } : {}),
        state: goal.state,
        progress: goalProgress(goal),
        subIssues: goal.subIssues,
        commits: {
          count: goal.commits.count,
          ...(goal.commits.latest
            ? { latest: { sha: goal.commits.latest.sha, headline: goal.commits.latest.headline, url: goal.commits.latest.url, date: goal.commits.latest.date } }
            : {}),
        },
      })),
    },
    blockers,
    interruptions: {
      count: mine.length,
      minutes,
      byKind: byKind.filter((k) => k.count > 0),
      workingMinutes,
      ...(workingMinutes > 0 ? { focus: Math.max(0, Math.min(1, 1 - minutes / workingMinutes)) } : {}),
    },
    burnUp: burnUpOfSprint(input.burnUp, snapshot.iteration.title),
    fetchedAt: snapshot.fetchedAt,
    skippedRecords: input.goals.goals.reduce((sum, goal) => sum + goal.commits.skipped, 0),
    leftOut: describeLeftOut(leftOut.counts),
  };
}

function burnUpOfSprint(burnUp: DashboardBurnUp | undefined, iterationTitle: string): DashboardBurnUp {
  if (!burnUp || (burnUp.state === 'ready' && burnUp.series.iterationTitle !== iterationTitle)) return { state: 'loading' };
  return burnUp;
}

/** Monday-to-Friday days from the iteration's start through today, today counted in full. */
export function workingDaysSoFar(startDate: string, now: Date, timeZone: string): number {
  const first = dayNumber(startDate);
  const today = dayNumber(localDate(now, timeZone));
  let count = 0;
  for (let day = first; day <= today; day++) {
    const weekday = weekdayOfDay(day);
    count += weekday === 0 || weekday === 6 ? 0 : 1;
  }
  return count;
}

