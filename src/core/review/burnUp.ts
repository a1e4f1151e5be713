import { dayNumber, isoDateOfDay, startOfDay } from '../calendar';
import { Iteration } from '../model';
import { BurnUpDay, BurnUpSeries, SprintReview } from './model';
import { ClassifiedRow, IterationBounds } from './rows';
import * as l10n from '@vscode/l10n';
import { roundedPoints } from '../points';

/**
 * Points and items done by the end of each day of the iteration (up to today while it runs), with the scope line:
 * what was committed, plus what was added by then, less what was removed by then.
 */
export function burnUp(rows: readonly ClassifiedRow[], iteration: Iteration, bounds: IterationBounds, timeZone: string, hasEstimates: boolean): BurnUpDay[] {
  const first = dayNumber(iteration.startDate);
  const days: BurnUpDay[] = [];
  for (let day = first; day < first + iteration.duration; day++) {
    const dayStart = startOfDay(day, timeZone);
    if (dayStart >= bounds.asOf) break;
    const dayEnd = Math.min(startOfDay(day + 1, timeZone), bounds.asOf);
    let scopeItems = 0;
    let scopePoints = 0;
    let doneItems = 0;
    let donePoints = 0;
    for (const row of rows) {
      if (!inScopeAt(row, dayEnd)) continue;
      const points = row.estimate ?? 0;
      scopeItems += 1;
      scopePoints += points;
      if (row.history.doneAt(dayEnd - 1)) {
        doneItems += 1;
        donePoints += points;
      }
    }
    days.push({ date: isoDateOfDay(day), scopeItems, doneItems, ...(hasEstimates ? { scopePoints: roundedPoints(scopePoints), donePoints: roundedPoints(donePoints) } : {}) });
  }
  return days;
}

function inScopeAt(row: ClassifiedRow, instant: number): boolean {
  if (row.addedAfterStart && row.joinedAt && Date.parse(row.joinedAt) >= instant) return false;
  // A removal without a date counts from the start: the scope line then ends where the tallies do.
  if (row.outcome === 'removed' && (!row.leftAt || Date.parse(row.leftAt) < instant)) return false;
  return true;
}

/** The review's burn-up ready to draw, with a caption saying what it shows and whether its scope line is recorded. */
export function burnUpSeries(review: SprintReview): BurnUpSeries {
  const unit = review.hasEstimates ? 'points' : 'items';
  const scope = review.hasSnapshot
    ? l10n.t('the scope line starts from the start snapshot')
    : l10n.t('no start snapshot for {0}, so the scope at the start is an estimate', review.iteration.title);
  return {
    iterationTitle: review.iteration.title,
    days: review.burnUp,
    usePoints: review.hasEstimates,
    totalDays: dayNumber(review.iteration.endDate) - dayNumber(review.iteration.startDate) + 1,
    caption: l10n.t('The team\'s {0} done (filled) and in scope (dashed) at the end of each day of {1}, in {2}; {3}.', unit, review.iteration.title, review.timeZone, scope),
  };
}
