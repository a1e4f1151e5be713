import { IterationItem } from '../goals';
import { FocusRow, FocusSummary } from './model';
import { ShareTable } from './shareTable';
import { IterationSpan, workingDaysIn } from './timeSpans';

/** Someone who logged an interruption: as the entry wrote them, and their login in lower case. */
export interface Logger {
  person: string;
  login: string;
}

/** Per iteration (by `titleIndex`), everyone who logged an interruption in it, as their first share there spelled them. */
export function loggersByIteration(shares: ShareTable, iterations: number): Logger[][] {
  const { iteration, login, spelling, spellings, logins } = shares;
  const loggers = Array.from({ length: iterations }, (): Logger[] => []);
  const width = logins.length;
  const seen = new Set<number>();
  for (let i = 0; i < shares.size; i++) {
    const key = iteration[i] * width + login[i];
    if (seen.has(key)) continue;
    seen.add(key);
    loggers[iteration[i]].push({ person: spellings[spelling[i]], login: logins[login[i]] });
  }
  return loggers;
}

/** Notes who is assigned to an item of an iteration: each login in lower case, spelled as first seen. */
export function addAssignees(assigneesIn: Map<string, Map<string, string>>, iterationId: string, item: IterationItem): void {
  let assignees = assigneesIn.get(iterationId);
  if (!assignees) {
    assignees = new Map();
    assigneesIn.set(iterationId, assignees);
  }
  for (const login of item.assignees) {
    const key = login.toLowerCase();
    if (!assignees.has(key)) assignees.set(key, login);
  }
}

/**
 * Who worked in an iteration: everyone assigned to one of its items, and everyone who logged an interruption in it.
 * A person who left the team stops appearing in later iterations, so their capacity is not counted there. Each
 * login is spelled as it was first seen.
 */
export function teamOf(assignees: ReadonlyMap<string, string> | undefined, loggers: readonly Logger[]): string[] {
  const people = new Map(assignees);
  for (const { person, login } of loggers) {
    if (!people.has(login)) people.set(login, person);
  }
  return [...people.values()].sort((a, b) => a.localeCompare(b));
}

function row(capacityHours: number, lostMinutes: number): FocusRow {
  const lostHours = Math.round((lostMinutes / 60) * 100) / 100;
  const focus = capacityHours > 0 ? Math.max(0, Math.min(1, 1 - lostHours / capacityHours)) : undefined;
  return { capacityHours, lostHours, ...(focus === undefined ? {} : { focus: Math.round(focus * 1000) / 1000 }) };
}

/** Capacity is working days × hours per day for each person in each iteration they worked in; focus = 1 − lost ÷ capacity. */
export function summarizeFocus(
  spans: readonly IterationSpan[],
  teams: ReadonlyMap<string, string[]>,
  lostMinutes: (span: IterationSpan, person: string) => number,
  hoursPerDay: number,
): FocusSummary {
  const perPerson = new Map<string, { person: string; capacity: number; lost: number; iterations: number }>();
  const byIteration = spans.map((span) => {
    const title = span.iteration.title;
    const people = teams.get(title) ?? [];
    const capacity = workingDaysIn(span.iteration) * hoursPerDay;
    let lost = 0;
    for (const person of people) {
      const mine = lostMinutes(span, person);
      lost += mine;
      const key = person.toLowerCase();
      const entry = perPerson.get(key) ?? { person, capacity: 0, lost: 0, iterations: 0 };
      entry.capacity += capacity;
      entry.lost += mine;
      entry.iterations += 1;
      perPerson.set(key, entry);
    }
    return { iteration: title, people: people.length, ...row(capacity * people.length, lost) };
  });
  const teamCapacity = byIteration.reduce((sum, i) => sum + i.capacityHours, 0);
  const teamLost = [...perPerson.values()].reduce((sum, p) => sum + p.lost, 0);
  return {
    team: row(teamCapacity, teamLost),
    byPerson: [...perPerson.values()]
      .sort((a, b) => a.person.localeCompare(b.person))
      .map((p) => ({ person: p.person, iterations: p.iterations, ...row(p.capacity, p.lost) })),
    byIteration,
  };
}
