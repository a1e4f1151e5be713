import { ReviewItem } from './model';

/** A moment an item became done or stopped being done. */
export interface Transition {
  at: number;
  done: boolean;
}

/** How an item's done-ness over time is known. */
export interface DoneHistory {
  /** Whether the item was done at an instant. */
  doneAt(instant: number): boolean;
  /** The last instant at or before `instant` when it became done, if it was done then. */
  becameDoneBy(instant: number): number | undefined;
  /** It was done once and opened again later. */
  reopened: boolean;
  /** Its Status history or close times come from the record (timeline), not from when a value was last set. */
  recorded: boolean;
}

const time = (iso: string | undefined): number | undefined => {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
};

/** Closed and reopened, from the timeline when read, else from the last close time and the state now. */
function closeTransitions(item: ReviewItem): { transitions: Transition[]; recorded: boolean } {
  if (item.stateEvents) {
    const transitions = item.stateEvents
      .map((e) => ({ at: time(e.at), done: e.kind !== 'reopened' }))
      .filter((t): t is Transition => t.at !== undefined);
    return { transitions, recorded: true };
  }
  const closed = item.state === 'CLOSED' || item.state === 'MERGED';
  const at = time(item.closedAt);
  return { transitions: closed ? [{ at: at ?? Number.NEGATIVE_INFINITY, done: true }] : [], recorded: false };
}

/** In the board's done option, from the item's Status history when the server has it, else from the value now. */
function statusTransitions(item: ReviewItem, doneOption: { id: string; name: string } | undefined): { transitions: Transition[]; recorded: boolean } {
  if (!doneOption) return { transitions: [], recorded: true };
  const doneName = doneOption.name.toLowerCase();
  if (item.statusEvents) {
    const transitions = item.statusEvents
      .map((e) => ({ at: time(e.at), done: e.status.toLowerCase() === doneName }))
      .filter((t): t is Transition => t.at !== undefined);
    return { transitions, recorded: true };
  }
  if (item.statusOptionId !== doneOption.id) return { transitions: [], recorded: true };
  const at = time(item.statusSetAt) ?? time(item.addedAt);
  return { transitions: [{ at: at ?? Number.NEGATIVE_INFINITY, done: true }], recorded: false };
}

function stateAt(transitions: readonly Transition[], instant: number): { done: boolean; since?: number } {
  let done = false;
  let since: number | undefined;
  for (const t of transitions) {
    if (t.at > instant) break;
    if (t.done && !done) since = t.at;
    done = t.done;
  }
  return done ? { done, since } : { done };
}

/** Done = closed (or merged), or in the board's done option: whichever happened, at each instant. */
export function doneHistory(item: ReviewItem, doneOption: { id: string; name: string } | undefined): DoneHistory {
  const closes = closeTransitions(item);
  const statuses = statusTransitions(item, doneOption);
  const sorted = (list: Transition[]) => [...list].sort((a, b) => a.at - b.at);
  const closeList = sorted(closes.transitions);
  const statusList = sorted(statuses.transitions);
  const reopened = closeList.some((t, i) => !t.done && closeList.slice(0, i).some((p) => p.done)) ||
    statusList.some((t, i) => !t.done && statusList.slice(0, i).some((p) => p.done));
  const doneAt = (instant: number) => stateAt(closeList, instant).done || stateAt(statusList, instant).done;
  return {
    doneAt,
    becameDoneBy(instant) {
      const a = stateAt(closeList, instant);
      const b = stateAt(statusList, instant);
      const candidates = [a.done ? a.since : undefined, b.done ? b.since : undefined].filter((t): t is number => t !== undefined);
      return candidates.length ? Math.min(...candidates) : undefined;
    },
    reopened,
    recorded: closes.recorded && statuses.recorded,
  };
}
