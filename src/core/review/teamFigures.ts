import { TeamReport } from '../report/model';
import { WORK_CATEGORIES } from '../report/workCategories';
import { TeamFigures } from './model';

/** The team report over this one iteration, reduced to what the review shows: the report's code does the counting. */
export function teamFigures(report: TeamReport, iterationTitle: string): TeamFigures {
  const blockers = report.blockers.byIteration.find((r) => r.iteration === iterationTitle);
  const focus = report.focus.byIteration.find((r) => r.iteration === iterationTitle);
  const interruptions = report.interruptions.byIteration.find((r) => r.iteration === iterationTitle);
  const balance = report.workBalance.byIteration.find((r) => r.iteration === iterationTitle);
  return {
    blockedDays: blockers?.workingDays ?? 0,
    blockersFlagged: blockers?.flagged ?? 0,
    interruptionHours: Math.round(((interruptions?.minutes ?? 0) / 60) * 100) / 100,
    interruptions: interruptions?.count ?? 0,
    ...(focus?.focus === undefined ? {} : { focus: focus.focus }),
    capacityHours: focus?.capacityHours ?? 0,
    lostHours: focus?.lostHours ?? 0,
    workBalance: (balance?.categories ?? []).map((c, i) => ({
      category: c.category,
      label: WORK_CATEGORIES[i]?.label ?? c.category,
      items: c.items,
      ...(c.points === undefined ? {} : { points: c.points }),
    })),
    workBalanceDerivation: report.workBalance.derivation,
    skippedRecords: report.skippedRecords,
  };
}
