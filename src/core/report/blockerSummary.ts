import { BlockerFlag, blockerHistory, blockerReasonLabel, BlockerScope } from '../blockers';
import { IterationItem } from '../goals';
import { MarkerRecord } from '../markers';
import { BoardFields } from '../model';
import { isBlocked, itemReference } from '../sprint';
import { parseInstant } from './isoInstant';
import { addTo, KeyedSums, keyedSums } from './keyedSums';
import { BlockerSummary, CurrentBlocker } from './model';
import { DayStarts, elapsedBetween, workingDaysBetween } from './dayStarts';
import { IterationSpan, spanAt, SpanBounds, spanBounds } from './timeSpans';
import * as l10n from '@vscode/l10n';

const UNKNOWN_REASON = 'unknown';

/** An item with blocker records, and whether a flag it still has open lasts until now (else its end was lost). */
interface RecordedItem {
  item: IterationItem;
  records: readonly MarkerRecord[];
  openUntilNow: boolean;
}

/** How a stretch counts. */
const ENDED = 0; // a flag with its end: its resolution, a later flag, or now while the board shows the item blocked
const END_LOST = 1; // an open flag on an item the board no longer shows blocked: counted, without days
const ORPHAN = 2; // a resolution whose flag comment is gone: the working days it recorded, when it was resolved

/**
 * The stretches of time the items were blocked, in item order, as parallel columns (see KeyedSums for why). Times
 * stay text here: the histories are made afresh for each report, so the loop reading them is compiled again for
 * each, and is kept small.
 */
interface Stretches {
  how: number[];
  reason: string[];
  scope: (BlockerScope | undefined)[];
  /** The flag's time, or the orphan resolution's. */
  from: string[];
  /** When an ENDED stretch ended; empty while it lasts until now. */
  to: string[];
  /** The working days an ORPHAN resolution recorded, else 0. */
  recordedDays: number[];
}

/** The items with blocker records, and the items blocked now (open, and blocked on the board), each item once. */
export interface BlockerItems {
  recorded: RecordedItem[];
  blockedNow: Set<IterationItem>;
  /** Content ids seen. */
  seen: Set<string>;
}

export const blockerItems = (): BlockerItems => ({ recorded: [], blockedNow: new Set(), seen: new Set() });

/** Notes an item if it has blocker records or is blocked now; called in board order. */
export function addBlockerItem(blockers: BlockerItems, item: IterationItem, records: Readonly<Record<string, MarkerRecord[]>>, fields: BoardFields): void {
  const id = item.contentId;
  if (!id || blockers.seen.has(id)) return;
  blockers.seen.add(id);
  const blockedOnBoard = isBlocked(item, fields);
  const itemRecords = records[id];
  // An open flag lasts until now while the board shows the item blocked, or cannot show it.
  if (itemRecords != null) blockers.recorded.push({ item, records: itemRecords, openUntilNow: blockedOnBoard || !fields.blockedOption });
  if (blockedOnBoard && item.state !== 'CLOSED' && item.state !== 'MERGED') blockers.blockedNow.add(item);
}

/** Adds the stretches in one item's records, and notes its open flag if it is blocked now. */
function readHistory(recorded: RecordedItem, blockedNow: ReadonlySet<IterationItem>, stretches: Stretches, openFlags: Map<IterationItem, BlockerFlag>): void {
  const add = (how: number, reason: string, scope: BlockerScope | undefined, from: string, to: string, recordedDays: number) => {
    stretches.how.push(how);
    stretches.reason.push(reason);
    stretches.scope.push(scope);
    stretches.from.push(from);
    stretches.to.push(to);
    stretches.recordedDays.push(recordedDays);
  };
  const history = blockerHistory(recorded.records);
  for (const { flag, resolution, supersededAt } of history.episodes) {
    const to = resolution?.resolvedAt ?? supersededAt ?? '';
    add(to || recorded.openUntilNow ? ENDED : END_LOST, flag.reason, flag.scope, flag.flaggedAt, to, 0);
  }
  for (const resolution of history.orphanResolutions) {
    add(ORPHAN, UNKNOWN_REASON, undefined, resolution.resolvedAt, '', typeof resolution.workingDays === 'number' ? resolution.workingDays : 0);
  }
  if (history.open && blockedNow.has(recorded.item)) openFlags.set(recorded.item, history.open.flag);
}

/** Episodes (counts) and working days (sums) by reason, with the scope first seen for each, by scope, and by iteration. */
interface BlockerTotals {
  reasons: KeyedSums<string>;
  reasonScopes: (BlockerScope | undefined)[];
  scopes: KeyedSums<BlockerScope | 'unknown'>;
  /** By `titleIndex`. */
  flagged: number[];
  workingDaysIn: number[];
  endedWithoutRecord: number;
  orphanResolutions: number;
}

function countEpisode(totals: BlockerTotals, reason: string, scope: BlockerScope | undefined, workingDays: number): void {
  if (addTo(totals.reasons, reason, 1, workingDays) === totals.reasonScopes.length) totals.reasonScopes.push(scope);
  addTo(totals.scopes, scope ?? 'unknown', 1, workingDays);
}

function addStretches(stretches: Stretches, bounds: SpanBounds, days: DayStarts, now: number, iterations: number): BlockerTotals {
  const { how, reason, scope, from, to, recordedDays } = stretches;
  const { starts, ends, titleIndexes } = bounds;
  const totals: BlockerTotals = {
    reasons: keyedSums(),
    reasonScopes: [],
    scopes: keyedSums(),
    flagged: new Array<number>(iterations).fill(0),
    workingDaysIn: new Array<number>(iterations).fill(0),
    endedWithoutRecord: 0,
    orphanResolutions: 0,
  };
  for (let i = 0; i < how.length; i++) {
    const start = parseInstant(from[i]);
    if (how[i] === ORPHAN) {
      const resolvedIn = spanAt(bounds, start);
      if (resolvedIn < 0) continue;
      totals.orphanResolutions += 1;
      countEpisode(totals, reason[i], scope[i], recordedDays[i]);
      totals.workingDaysIn[titleIndexes[resolvedIn]] += recordedDays[i];
      continue;
    }
    if (how[i] === END_LOST) totals.endedWithoutRecord += 1;
    const flaggedIn = spanAt(bounds, start);
    if (flaggedIn >= 0) totals.flagged[titleIndexes[flaggedIn]] += 1;
    // Working days are counted within each iteration the stretch overlaps.
    let total = 0;
    let overlaps = false;
    if (how[i] === ENDED) {
      const end = to[i] ? parseInstant(to[i]) : now;
      for (let s = 0; s < starts.length; s++) {
        const within = Math.max(start, starts[s]);
        const until = Math.min(end, ends[s]);
        if (!(until - within > 0)) continue;
        const workingDays = workingDaysBetween(days, within, until);
        total += workingDays;
        totals.workingDaysIn[titleIndexes[s]] += workingDays;
        overlaps = true;
      }
    }
    if (flaggedIn >= 0 || overlaps) countEpisode(totals, reason[i], scope[i], total);
  }
  return totals;
}

const roundDays = (days: number) => Math.round(days * 100) / 100;

/**
 * Blockers over the chosen iterations, from the flag and resolution records in the items' comments. A stretch ends
 * at its resolution, at a later flag that replaced it, or now while the board still shows the item blocked. An open
 * flag on an item the board no longer shows blocked has lost its resolution comment: it is counted, without days.
 * A resolution whose flag comment was deleted counts its recorded working days under "Unknown reason".
 */
export function summarizeBlockers(spans: readonly IterationSpan[], { recorded, blockedNow }: BlockerItems, options: { now: Date; days: DayStarts }): BlockerSummary {
  const now = options.now.getTime();
  const stretches: Stretches = { how: [], reason: [], scope: [], from: [], to: [], recordedDays: [] };
  const openFlags = new Map<IterationItem, BlockerFlag>();
  for (const item of recorded) readHistory(item, blockedNow, stretches, openFlags);
  const totals = addStretches(stretches, spanBounds(spans), options.days, now, spans.length);
  const { reasons, scopes } = totals;
  const byReason = reasons.keys.map((reason, r) => ({
    reason,
    label: reason === UNKNOWN_REASON ? l10n.t('Unknown reason (flag comment deleted)') : blockerReasonLabel(reason),
    ...(totals.reasonScopes[r] ? { scope: totals.reasonScopes[r] } : {}),
    episodes: reasons.counts[r],
    workingDays: roundDays(reasons.sums[r]),
  }));
  const byScope = scopes.keys.map((scope, s) => ({ scope, episodes: scopes.counts[s], workingDays: roundDays(scopes.sums[s]) }));
  const byIteration = spans
    .filter((span, i) => span.titleIndex === i)
    .map((span) => ({ iteration: span.iteration.title, flagged: totals.flagged[span.titleIndex], workingDays: roundDays(totals.workingDaysIn[span.titleIndex]) }));
  const current = [...blockedNow].map((item) => currentBlocker(item, openFlags.get(item), now, options.days));
  return {
    current: current.sort((a, b) => (b.workingDays ?? -1) - (a.workingDays ?? -1)),
    byReason: byReason.sort((a, b) => b.workingDays - a.workingDays || a.label.localeCompare(b.label)),
    byScope: byScope.sort((a, b) => a.scope.localeCompare(b.scope)),
    byIteration,
    endedWithoutRecord: totals.endedWithoutRecord,
    orphanResolutions: totals.orphanResolutions,
  };
}

function currentBlocker(item: IterationItem, flag: BlockerFlag | undefined, now: number, days: DayStarts): CurrentBlocker {
  const base = { reference: itemReference(item), title: item.title, ...(item.url ? { url: item.url } : {}), assignees: item.assignees };
  if (!flag) {
    return { ...base, reasonLabel: l10n.t('No reason recorded (blocked on the board only)') };
  }
  const age = elapsedBetween(days, parseInstant(flag.flaggedAt), now);
  return {
    ...base,
    reason: flag.reason,
    reasonLabel: blockerReasonLabel(flag.reason),
    scope: flag.scope,
    since: flag.flaggedAt,
    workingDays: Math.round(age.workingDays * 10) / 10,
    calendarDays: Math.round(age.calendarDays * 10) / 10,
  };
}
