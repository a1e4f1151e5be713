import { addTo, KeyedSums, keyedSums } from './keyedSums';
import { ShareTable } from './shareTable';

/** The shares added up in one pass (the total is added up apart); counts are entries (counted where they started), sums are minutes. */
export interface InterruptionTally {
  /** By person and iteration, keyed by `cellKey`, in the order first seen. */
  cells: KeyedSums<number>;
  cellKey(iteration: number, login: number): number;
  /** The iteration (`titleIndex`) and login of a cell key. */
  cellOf(key: number): { iteration: number; login: number };
  /** Per login, the spelling of its first share here: one spelling per person, however each entry wrote the login. */
  spellingOf: number[];
  /** By kind index, in the order first seen. */
  byKind: KeyedSums<number>;
  /** By `titleIndex`. */
  byIteration: { counts: number[]; minutes: number[] };
}

/** Sums are added in the order of the shares, so every total is the same to the last bit whichever way it is asked for. */
export function tallyInterruptions(shares: ShareTable, iterations: number): InterruptionTally {
  const { iteration, login, kind, counted, minutes, spelling } = shares;
  const width = shares.logins.length;
  const cells = keyedSums<number>();
  const byKind = keyedSums<number>();
  const spellingOf = new Array<number>(width).fill(-1);
  const iterationCounts = new Array<number>(iterations).fill(0);
  const iterationMinutes = new Array<number>(iterations).fill(0);
  for (let i = 0; i < shares.size; i++) {
    if (spellingOf[login[i]] < 0) spellingOf[login[i]] = spelling[i];
    addTo(cells, iteration[i] * width + login[i], counted[i], minutes[i]);
    addTo(byKind, kind[i], counted[i], minutes[i]);
    iterationCounts[iteration[i]] += counted[i];
    iterationMinutes[iteration[i]] += minutes[i];
  }
  return {
    cells,
    cellKey: (cellIteration, cellLogin) => cellIteration * width + cellLogin,
    cellOf: (key) => ({ iteration: Math.floor(key / width), login: key % width }),
    spellingOf,
    byKind,
    byIteration: { counts: iterationCounts, minutes: iterationMinutes },
  };
}
