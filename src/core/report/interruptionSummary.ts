import { INTERRUPTION_KINDS, interruptionKind } from '../interruptions';
import { InterruptionSummary } from './model';
import { InterruptionTally } from './interruptionTally';
import { ShareTable } from './shareTable';
import { IterationSpan } from './timeSpans';

const round = (minutes: number) => Math.round(minutes * 100) / 100;

/** Added in order, as the per-person and per-kind sums are. */
function sumOf(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}

export function summarizeInterruptions(tally: InterruptionTally, shares: ShareTable, spans: readonly IterationSpan[]): InterruptionSummary {
  const { cells, byKind, byIteration } = tally;
  const kindIndex = new Map(shares.kinds.map((kind, index) => [kind, index]));
  const kindRow = (kind: string, label: string, index: number | undefined) => {
    const position = index === undefined ? undefined : byKind.positions.get(index);
    return { kind, label, count: position === undefined ? 0 : byKind.counts[position], minutes: position === undefined ? 0 : round(byKind.sums[position]) };
  };
  const title = (iteration: number) => spans[iteration].iteration.title;
  const people = cells.keys.map((key, position) => {
    const { iteration, login } = tally.cellOf(key);
    return { person: shares.spellings[tally.spellingOf[login]], iteration, position };
  });
  people.sort((a, b) => a.person.localeCompare(b.person) || a.iteration - b.iteration);
  return {
    total: { count: sumOf(shares.counted), minutes: round(sumOf(shares.minutes)) },
    byPersonAndIteration: people.map(({ person, iteration, position }) => ({
      person,
      iteration: title(iteration),
      count: cells.counts[position],
      minutes: round(cells.sums[position]),
    })),
    // Every known kind in its order, then unknown kinds under their id as first seen.
    byKind: [
      ...INTERRUPTION_KINDS.map((k) => kindRow(k.id, k.label, kindIndex.get(k.id))),
      ...byKind.keys.filter((index) => !interruptionKind(shares.kinds[index])).map((index) => kindRow(shares.kinds[index], shares.kinds[index], index)),
    ],
    byIteration: spans
      .filter((span, index) => span.titleIndex === index)
      .map((span) => ({ iteration: span.iteration.title, count: byIteration.counts[span.titleIndex], minutes: round(byIteration.minutes[span.titleIndex]) })),
  };
}
