import { IterationItem } from '../goals';
import { FocusRow, FocusSummary } from './model';
import { InterruptionShare } from './interruptionSummary';
import { IterationSpan, workingDaysIn } from './timeSpans';

/**
 * Who worked in an iteration, from its items and the interruption shares falling in it: everyone assigned to one
 * of the items, and everyone who logged an interruption. A person who left the team stops appearing in later
 * iterations, so their capacity is not counted there. Each login is spelled as it was first seen.
 */
export function teamOf(items: readonly IterationItem[], shares: readonly InterruptionShare[]): string[] {
  const people = new Map<string, string>();
  const add = (login: string, key = login.toLowerCase()) => {
    if (!people.has(key)) people.set(key, login);
  };
  items.forEach((item) => item.assignees.forEach((login) => add(login)));
  shares.forEach((s) => add(s.person, s.login));
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
  shares: readonly InterruptionShare[],
  hoursPerDay: number,
): FocusSummary {
  // Minutes lost by iteration and login (in lower case), added up in the order of the shares.
  const lostMinutes = new Map<string, Map<string, number>>();
  for (const share of shares) {
    const byLogin = lostMinutes.get(share.iteration) ?? new Map<string, number>();
    lostMinutes.set(share.iteration, byLogin);
    byLogin.set(share.login, (byLogin.get(share.login) ?? 0) + share.minutes);
  }
  const perPerson = new Map<string, { person: string; capacity: number; lost: number; iterations: number }>();
  const byIteration = spans.map((span) => {
    const title = span.iteration.title;
    const people = teams.get(title) ?? [];
    const capacity = workingDaysIn(span.iteration) * hoursPerDay;
    let lost = 0;
    for (const person of people) {
      const mine = lostMinutes.get(title)?.get(person.toLowerCase()) ?? 0;
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
