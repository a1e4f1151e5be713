import { isInIteration } from '../sprint';
import { IterationItem } from '../goals';
import { FocusRow, FocusSummary } from './model';
import { InterruptionShare } from './interruptionSummary';
import { IterationSpan, workingDaysIn } from './timeSpans';

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Who worked in an iteration: everyone assigned to one of its items, and everyone who logged an interruption in
 * it. A person who left the team stops appearing in later iterations, so their capacity is not counted there.
 */
export function teamOf(span: IterationSpan, iterationFieldId: string | undefined, items: readonly IterationItem[], shares: readonly InterruptionShare[]): string[] {
  const people: string[] = [];
  const add = (login: string) => !people.some((p) => sameLogin(p, login)) && people.push(login);
  for (const item of items) {
    if (iterationFieldId && isInIteration(item, iterationFieldId, span.iteration)) {
      item.assignees.forEach(add);
    }
  }
  shares.filter((s) => s.iteration === span.iteration.title).forEach((s) => add(s.entry.person));
  return people.sort((a, b) => a.localeCompare(b));
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
  const perPerson = new Map<string, { person: string; capacity: number; lost: number; iterations: number }>();
  const byIteration = spans.map((span) => {
    const title = span.iteration.title;
    const people = teams.get(title) ?? [];
    const capacity = workingDaysIn(span.iteration) * hoursPerDay;
    let lost = 0;
    for (const person of people) {
      const mine = shares.filter((s) => s.iteration === title && sameLogin(s.entry.person, person)).reduce((sum, s) => sum + s.minutes, 0);
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
