import { Interruption } from '../interruptions';
import { parseInstant } from './isoInstant';
import { IterationSpan, spanBounds } from './timeSpans';

const MS_PER_MINUTE = 60_000;

/**
 * Where each interruption entry's time went, iteration by iteration: one share per entry and iteration it overlaps.
 * Entries are placed by when they happened, not by the log issue they were written to; an entry running past an
 * iteration's end is split at the boundary (its count stays with the iteration it started in). An entry whose start
 * time cannot be read falls back to the iteration it names.
 *
 * A report reads up to 100,000 entries, so shares are parallel columns of numbers: each spelling of a person, each
 * login and each kind is kept once and referred to by its index, and the summaries add numbers up by index instead
 * of hashing strings for every entry. Iterations are referred to by the spans' `titleIndex`.
 */
export interface ShareTable {
  size: number;
  /** Per share: the person as the entry wrote it, an index into `spellings`. */
  spelling: number[];
  /** Per share: the person's login, an index into `logins`. */
  login: number[];
  /** Per share: an index into `kinds`. */
  kind: number[];
  /** Per share: the `titleIndex` of the iteration it falls in. */
  iteration: number[];
  minutes: number[];
  /** Per share: 1 in the iteration the entry started in, else 0. */
  counted: number[];
  spellings: string[];
  /** Logins in lower case (they are compared without case), in the order of their first share. */
  logins: string[];
  /** Per login, its spelling in its first share. */
  firstSpelling: number[];
  /** Kinds as written, in the order of their first share. */
  kinds: string[];
  /** Index of each login in `logins`. */
  loginIndex: ReadonlyMap<string, number>;
}

/** The position of each string in `values`, added in the order first seen. */
function numberOf(text: string, index: Map<string, number>, values: string[]): number {
  let known = index.get(text);
  if (known === undefined) {
    known = values.length;
    index.set(text, known);
    values.push(text);
  }
  return known;
}

/** The position of the first span ending after an instant, with spans in order and apart. */
function firstEndingAfter(ends: Float64Array, instant: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle] > instant) high = middle;
    else low = middle + 1;
  }
  return low;
}

export function shareTable(entries: readonly Interruption[], spans: readonly IterationSpan[]): ShareTable {
  const spelling: number[] = [];
  const login: number[] = [];
  const kind: number[] = [];
  const iteration: number[] = [];
  const minutesColumn: number[] = [];
  const counted: number[] = [];
  const spellings: string[] = [];
  const spellingIndex = new Map<string, number>();
  const logins: string[] = [];
  const loginIndex = new Map<string, number>();
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const loginOfSpelling: number[] = [];
  const firstSpelling: number[] = [];
  const { starts, ends, titleIndexes } = spanBounds(spans);
  const titleIndexOf = new Map(spans.map((span) => [span.iteration.title, span.titleIndex]));
  // Chosen iterations come in order and apart: then an entry needs only the spans from the one it starts in.
  const ordered = starts.every((start, i) => start <= ends[i] && (i === 0 || start >= ends[i - 1]));

  // An entry's strings are numbered at its first share, so an entry outside every iteration leaves no trace.
  let numbered: Interruption | undefined;
  let person = 0;
  let personLogin = 0;
  let entryKind = 0;
  const add = (entry: Interruption, titleIndex: number, minutes: number, isStart: boolean) => {
    if (numbered !== entry) {
      numbered = entry;
      person = numberOf(entry.person, spellingIndex, spellings);
      if (person === loginOfSpelling.length) loginOfSpelling.push(numberOf(entry.person.toLowerCase(), loginIndex, logins));
      personLogin = loginOfSpelling[person];
      if (personLogin === firstSpelling.length) firstSpelling.push(person);
      entryKind = numberOf(entry.interruptionKind, kindIndex, kinds);
    }
    spelling.push(person);
    login.push(personLogin);
    kind.push(entryKind);
    iteration.push(titleIndex);
    minutesColumn.push(minutes);
    counted.push(isStart ? 1 : 0);
  };

  for (const entry of entries) {
    const start = parseInstant(entry.startedAt);
    const minutes = Math.max(0, entry.minutes);
    if (Number.isNaN(start)) {
      const named = titleIndexOf.get(entry.iteration);
      if (named !== undefined) add(entry, named, minutes, true);
      continue;
    }
    const end = start + minutes * MS_PER_MINUTE;
    let startedIn = -1;
    for (let i = ordered ? firstEndingAfter(ends, start) : 0; i < starts.length; i++) {
      if (ordered && starts[i] >= end) break;
      if (startedIn < 0 && starts[i] <= start && start < ends[i]) startedIn = i;
      const ms = Math.min(end, ends[i]) - Math.max(start, starts[i]);
      if (ms > 0) add(entry, titleIndexes[i], ms / MS_PER_MINUTE, i === startedIn);
    }
  }
  return { size: spelling.length, spelling, login, kind, iteration, minutes: minutesColumn, counted, spellings, logins, firstSpelling, kinds, loginIndex };
}

/** The shares of the logins and kinds the report's filters keep (both lower case; an empty set keeps all). */
export function selectShares(table: ShareTable, people: ReadonlySet<string>, kinds: ReadonlySet<string>): ShareTable {
  if (people.size === 0 && kinds.size === 0) return table;
  const keepLogin = table.logins.map((login) => people.size === 0 || people.has(login));
  const keepKind = table.kinds.map((kind) => kinds.size === 0 || kinds.has(kind.toLowerCase()));
  const kept: ShareTable = { ...table, size: 0, spelling: [], login: [], kind: [], iteration: [], minutes: [], counted: [] };
  for (let i = 0; i < table.size; i++) {
    if (!keepLogin[table.login[i]] || !keepKind[table.kind[i]]) continue;
    kept.spelling.push(table.spelling[i]);
    kept.login.push(table.login[i]);
    kept.kind.push(table.kind[i]);
    kept.iteration.push(table.iteration[i]);
    kept.minutes.push(table.minutes[i]);
    kept.counted.push(table.counted[i]);
    kept.size += 1;
  }
  return kept;
}
