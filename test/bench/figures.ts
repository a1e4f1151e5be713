/** One measured figure of `npm run bench`: a row of the printed table and an entry of bench/results.json. */
export interface BenchFigure {
  /** The table section it belongs to, e.g. "Refresh of my current sprint". */
  section: string;
  /** What was measured, e.g. "10,000 items, with items(query:), repeated refresh". */
  name: string;
  value: number;
  /** "requests", "points", "KB", "ms", "MB", "×"… */
  unit: string;
  /** The issue's target for this figure, when it sets one. */
  target?: { atMost?: number; atLeast?: number };
  /** Why a figure is what it is, when the number alone would mislead (printed under it). */
  note?: string;
}

/** A bench module (`test/bench/*.bench.ts`) exports `measure`, which measures in one run and returns its figures. */
export type Measure = () => Promise<BenchFigure[]>;
