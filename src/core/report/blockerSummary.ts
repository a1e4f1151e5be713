import { BlockerFlag, blockerHistory, blockerReason, BlockerScope } from '../blockers';
import { IterationItem } from '../goals';
import { MarkerRecord } from '../markers';
import { BoardFields } from '../model';
import { isBlocked, itemReference } from '../sprint';
import { BlockerSummary, CurrentBlocker } from './model';
import { DayStarts, IterationSpan, spanAt, workingDaysBySpan } from './timeSpans';

const UNKNOWN_REASON = 'unknown';

/** One blocked stretch of one item, with its end when known. */
interface Stretch {
  reason: string;
  scope?: BlockerScope;
  from: number;
  to?: number;
}

/**
 * Blockers over the chosen iterations, from the flag and resolution records in the items' comments. A stretch ends
 * at its resolution, at a later flag that replaced it, or now while the board still shows the item blocked. An open
 * flag on an item the board no longer shows blocked has lost its resolution comment: it is counted, without days.
 * A resolution whose flag comment was deleted counts its recorded working days under "Unknown reason".
 */
export function summarizeBlockers(
  spans: readonly IterationSpan[],
  items: readonly IterationItem[],
  records: Readonly<Record<string, MarkerRecord[]>>,
  fields: BoardFields,
  options: { now: Date; days: DayStarts },
): BlockerSummary {
  const now = options.now.getTime();
  const reasons = new Map<string, { reason: string; label: string; scope?: BlockerScope; episodes: number; workingDays: number }>();
  const scopes = new Map<BlockerScope | 'unknown', { scope: BlockerScope | 'unknown'; episodes: number; workingDays: number }>();
  const trend = new Map(spans.map((s) => [s.iteration.title, { iteration: s.iteration.title, flagged: 0, workingDays: 0 }]));
  const current: CurrentBlocker[] = [];
  let endedWithoutRecord = 0;
  let orphanResolutions = 0;

  const add = (stretch: Stretch, days: { title: string; days: number }[], episodes: number) => {
    const reason = reasons.get(stretch.reason) ?? {
      reason: stretch.reason,
      label: blockerReason(stretch.reason)?.label ?? (stretch.reason === UNKNOWN_REASON ? 'Unknown reason (flag comment deleted)' : stretch.reason),
      ...(stretch.scope ? { scope: stretch.scope } : {}),
      episodes: 0,
      workingDays: 0,
    };
    reasons.set(stretch.reason, reason);
    const scopeKey = stretch.scope ?? 'unknown';
    const scope = scopes.get(scopeKey) ?? { scope: scopeKey, episodes: 0, workingDays: 0 };
    scopes.set(scopeKey, scope);
    const total = days.reduce((sum, d) => sum + d.days, 0);
    reason.episodes += episodes;
    scope.episodes += episodes;
    reason.workingDays += total;
    scope.workingDays += total;
    days.forEach((d) => (trend.get(d.title)!.workingDays += d.days));
  };

  const seen = new Set<string>();
  for (const item of items) {
    if (!item.contentId || seen.has(item.contentId)) continue;
    seen.add(item.contentId);
    const history = blockerHistory(records[item.contentId] ?? []);
    const blockedOnBoard = isBlocked(item, fields);
    for (const episode of history.episodes) {
      const from = Date.parse(episode.flag.flaggedAt);
      const endText = episode.resolution?.resolvedAt ?? episode.supersededAt;
      let to = endText ? Date.parse(endText) : undefined;
      const flaggedIn = spanAt(spans, from);
      if (flaggedIn) trend.get(flaggedIn.iteration.title)!.flagged += 1;
      if (to === undefined) {
        if (blockedOnBoard || !fields.blockedOption) {
          to = now;
        } else {
          endedWithoutRecord += 1;
        }
      }
      const stretch: Stretch = { reason: episode.flag.reason, scope: episode.flag.scope, from, ...(to === undefined ? {} : { to }) };
      const days = to === undefined ? [] : workingDaysBySpan(spans, from, to, options.days).map((d) => ({ title: d.span.iteration.title, days: d.days }));
      if (flaggedIn || days.length > 0) add(stretch, days, 1);
    }
    for (const resolution of history.orphanResolutions) {
      const resolvedIn = spanAt(spans, Date.parse(resolution.resolvedAt));
      if (!resolvedIn) continue;
      orphanResolutions += 1;
      const days = typeof resolution.workingDays === 'number' ? resolution.workingDays : 0;
      add({ reason: UNKNOWN_REASON, from: Date.parse(resolution.resolvedAt) }, [{ title: resolvedIn.iteration.title, days }], 1);
    }
    if (blockedOnBoard && item.state !== 'CLOSED' && item.state !== 'MERGED') {
      current.push(currentBlocker(item, history.open?.flag, now, options.days));
    }
  }
  const rounded = <T extends { workingDays: number }>(t: T): T => ({ ...t, workingDays: Math.round(t.workingDays * 100) / 100 });
  return {
    current: current.sort((a, b) => (b.workingDays ?? -1) - (a.workingDays ?? -1)),
    byReason: [...reasons.values()].map(rounded).sort((a, b) => b.workingDays - a.workingDays || a.label.localeCompare(b.label)),
    byScope: [...scopes.values()].map(rounded).sort((a, b) => a.scope.localeCompare(b.scope)),
    byIteration: [...trend.values()].map(rounded),
    endedWithoutRecord,
    orphanResolutions,
  };
}

function currentBlocker(item: IterationItem, flag: BlockerFlag | undefined, now: number, days: DayStarts): CurrentBlocker {
  const base = { reference: itemReference(item), title: item.title, ...(item.url ? { url: item.url } : {}), assignees: item.assignees };
  if (!flag) {
    return { ...base, reasonLabel: 'No reason recorded (blocked on the board only)' };
  }
  const age = days.elapsed(Date.parse(flag.flaggedAt), now);
  return {
    ...base,
    reason: flag.reason,
    reasonLabel: blockerReason(flag.reason)?.label ?? flag.reason,
    scope: flag.scope,
    since: flag.flaggedAt,
    workingDays: Math.round(age.workingDays * 10) / 10,
    calendarDays: Math.round(age.calendarDays * 10) / 10,
  };
}
