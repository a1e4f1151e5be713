import { Tally } from './model';
import { ShareTable } from './shareTable';

/** One person's shares in one iteration (both by index, as in the share table). */
export interface InterruptionCell extends Tally {
  iteration: number;
  login: number;
}

/** The shares added up in one pass: per person and iteration, per kind, per iteration and in total. */
export interface InterruptionTally {
  /** In the order first seen. */
  cells: InterruptionCell[];
  cellOf(iteration: number, login: number | undefined): InterruptionCell | undefined;
  /** Per login, the spelling of its first share here: one spelling per person, however each entry wrote the login. */
  spellingOf: number[];
  /** Per kind, by index; undefined for kinds without a share here. */
  byKind: (Tally | undefined)[];
  /** Kind indexes in the order first seen. */
  kindsSeen: number[];
  /** Per iteration, by `titleIndex`. */
  byIteration: Tally[];
  total: Tally;
}

function addTo(tally: Tally, count: number, minutes: number): void {
  tally.count += count;
  tally.minutes += minutes;
}

/** Sums are added in the order of the shares, so every total is the same to the last bit whichever way it is asked for. */
export function tallyInterruptions(shares: ShareTable, iterations: number): InterruptionTally {
  const cells: InterruptionCell[] = [];
  const width = shares.logins.length;
  const cellAt = new Map<number, InterruptionCell>();
  const spellingOf = new Array<number>(width).fill(-1);
  const byKind = new Array<Tally | undefined>(shares.kinds.length).fill(undefined);
  const kindsSeen: number[] = [];
  const byIteration = Array.from({ length: iterations }, () => ({ count: 0, minutes: 0 }));
  const total = { count: 0, minutes: 0 };
  for (let i = 0; i < shares.size; i++) {
    const iteration = shares.iteration[i];
    const login = shares.login[i];
    const kind = shares.kind[i];
    const count = shares.counted[i];
    const minutes = shares.minutes[i];
    if (spellingOf[login] < 0) spellingOf[login] = shares.spelling[i];
    let cell = cellAt.get(iteration * width + login);
    if (!cell) {
      cell = { iteration, login, count: 0, minutes: 0 };
      cellAt.set(iteration * width + login, cell);
      cells.push(cell);
    }
    let kindTally = byKind[kind];
    if (!kindTally) {
      kindTally = { count: 0, minutes: 0 };
      byKind[kind] = kindTally;
      kindsSeen.push(kind);
    }
    addTo(cell, count, minutes);
    addTo(kindTally, count, minutes);
    addTo(total, count, minutes);
    addTo(byIteration[iteration], count, minutes);
  }
  const cellOf = (iteration: number, login: number | undefined) => (login === undefined ? undefined : cellAt.get(iteration * width + login));
  return { cells, cellOf, spellingOf, byKind, kindsSeen, byIteration, total };
}
