import { INTERRUPTION_KINDS, interruptionKind } from '../interruptions';
import { InterruptionSummary, Tally } from './model';
import { InterruptionTally } from './interruptionTally';
import { ShareTable } from './shareTable';
import { IterationSpan } from './timeSpans';

const round = (minutes: number) => Math.round(minutes * 100) / 100;

export function summarizeInterruptions(tally: InterruptionTally, shares: ShareTable, spans: readonly IterationSpan[]): InterruptionSummary {
  const kindIndex = new Map(shares.kinds.map((kind, index) => [kind, index]));
  const kindRow = (kind: string, label: string, index: number | undefined) => {
    const counted = index === undefined ? undefined : tally.byKind[index];
    return { kind, label, count: counted?.count ?? 0, minutes: round(counted?.minutes ?? 0) };
  };
  const cells = tally.cells.map((cell) => ({ cell, person: shares.spellings[tally.spellingOf[cell.login]] }));
  cells.sort((a, b) => a.person.localeCompare(b.person) || a.cell.iteration - b.cell.iteration);
  const title = (iteration: number) => spans[iteration].iteration.title;
  const iterationRow = (iteration: number, counted: Tally) => ({ iteration: title(iteration), count: counted.count, minutes: round(counted.minutes) });
  return {
    total: { count: tally.total.count, minutes: round(tally.total.minutes) },
    byPersonAndIteration: cells.map(({ cell, person }) => ({ person, ...iterationRow(cell.iteration, cell) })),
    // Every known kind in its order, then unknown kinds under their id as first seen.
    byKind: [
      ...INTERRUPTION_KINDS.map((k) => kindRow(k.id, k.label, kindIndex.get(k.id))),
      ...tally.kindsSeen.filter((index) => !interruptionKind(shares.kinds[index])).map((index) => kindRow(shares.kinds[index], shares.kinds[index], index)),
    ],
    byIteration: spans.filter((span, index) => span.titleIndex === index).map((span) => iterationRow(span.titleIndex, tally.byIteration[span.titleIndex])),
  };
}
