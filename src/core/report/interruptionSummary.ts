import { Interruption, INTERRUPTION_KINDS, interruptionKind } from '../interruptions';
import { InterruptionSummary, KindInterruptions, PersonIterationInterruptions, Tally } from './model';
import { IterationSpan, overlapBySpan, spanAt } from './timeSpans';

const MS_PER_MINUTE = 60_000;

/** An entry's minutes in one iteration; `counted` is true in the iteration it started in. */
export interface InterruptionShare {
  /** The entry's person as written. */
  person: string;
  /** The person in lower case: logins are compared without case. */
  login: string;
  kind: string;
  iteration: string;
  minutes: number;
  counted: boolean;
}

/**
 * Where each entry's time went, iteration by iteration. Entries are placed by when they happened, not by the log
 * issue they were written to; an entry running past an iteration's end is split at the boundary (its count stays
 * with the iteration it started in). An entry whose start time cannot be read falls back to the iteration it names.
 */
export function interruptionShares(entries: readonly Interruption[], spans: readonly IterationSpan[]): InterruptionShare[] {
  const shares: InterruptionShare[] = [];
  // Every entry read from GitHub brings its own copy of each string. Sharing one copy per distinct person and kind
  // keeps the later passes over every share (hashing, comparing) on a few strings that stay in the processor's cache.
  const strings = new Map<string, string>();
  const shared = (text: string) => strings.get(text) ?? (strings.set(text, text), text);
  const logins = new Map<string, string>();
  for (const entry of entries) {
    const start = Date.parse(entry.startedAt);
    const minutes = Math.max(0, entry.minutes);
    const person = shared(entry.person);
    const login = logins.get(person) ?? shared(person.toLowerCase());
    logins.set(person, login);
    const kind = shared(entry.interruptionKind);
    if (Number.isNaN(start)) {
      const named = spans.find((s) => s.iteration.title === entry.iteration);
      if (named) {
        shares.push({ person, login, kind, iteration: named.iteration.title, minutes, counted: true });
      }
      continue;
    }
    const startedIn = spanAt(spans, start);
    for (const { span, ms } of overlapBySpan(spans, start, start + minutes * MS_PER_MINUTE)) {
      shares.push({ person, login, kind, iteration: span.iteration.title, minutes: ms / MS_PER_MINUTE, counted: span === startedIn });
    }
  }
  return shares;
}

function addTo(tally: Tally, count: number, minutes: number): void {
  tally.count += count;
  tally.minutes += minutes;
}

const round = (minutes: number) => Math.round(minutes * 100) / 100;

export function summarizeInterruptions(shares: readonly InterruptionShare[], spans: readonly IterationSpan[]): InterruptionSummary {
  // Cells in the order first seen, found by iteration then login.
  const cells: PersonIterationInterruptions[] = [];
  const cellsIn = new Map<string, Map<string, PersonIterationInterruptions>>();
  const byKind = new Map<string, KindInterruptions>(INTERRUPTION_KINDS.map((k) => [k.id, { kind: k.id, label: k.label, count: 0, minutes: 0 }]));
  const byIteration = new Map(spans.map((s) => [s.iteration.title, { iteration: s.iteration.title, count: 0, minutes: 0 }]));
  const total = { count: 0, minutes: 0 };
  // One spelling per person (the first seen), however each entry wrote the login.
  const spelling = new Map<string, string>();
  for (const share of shares) {
    let person = spelling.get(share.login);
    if (person === undefined) {
      person = share.person;
      spelling.set(share.login, person);
    }
    let iterationCells = cellsIn.get(share.iteration);
    if (!iterationCells) {
      iterationCells = new Map();
      cellsIn.set(share.iteration, iterationCells);
    }
    let cell = iterationCells.get(share.login);
    if (!cell) {
      cell = { person, iteration: share.iteration, count: 0, minutes: 0 };
      iterationCells.set(share.login, cell);
      cells.push(cell);
    }
    const kindId = share.kind;
    const kind = byKind.get(kindId) ?? { kind: kindId, label: interruptionKind(kindId)?.label ?? kindId, count: 0, minutes: 0 };
    byKind.set(kindId, kind);
    const count = share.counted ? 1 : 0;
    addTo(cell, count, share.minutes);
    addTo(kind, count, share.minutes);
    addTo(total, count, share.minutes);
    const iteration = byIteration.get(share.iteration);
    if (iteration) addTo(iteration, count, share.minutes);
  }
  const rounded = <T extends { minutes: number }>(t: T): T => ({ ...t, minutes: round(t.minutes) });
  const order = spans.map((s) => s.iteration.title);
  return {
    total: rounded(total),
    byPersonAndIteration: cells
      .map(rounded)
      .sort((a, b) => a.person.localeCompare(b.person) || order.indexOf(a.iteration) - order.indexOf(b.iteration)),
    byKind: [...byKind.values()].map(rounded),
    byIteration: [...byIteration.values()].map(rounded),
  };
}
