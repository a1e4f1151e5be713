/**
 * The sprint-start snapshot: GitHub does not record when an item's iteration changed, so what the team committed to
 * is written down when the iteration starts, as a project status update with a marker, and read back by the review.
 */
import { encodeMarker, readMarkers } from '../markers';
import { Authorship, LeftOutTally, leftOutReason, recordKey } from '../records/authorship';
import { Iteration } from '../model';
import { SnapshotItem, StartSnapshot, StatusUpdate } from './model';
import { markdownText as text } from '../markdownText';
import { counted } from '../report/format';
import * as l10n from '@vscode/l10n';

export const SNAPSHOT_KIND = 'sprint-start';
/** A board's iteration rarely holds more than a few hundred items; more is not a snapshot Sprint Flow wrote. */
const MAX_SNAPSHOT_ITEMS = 2000;
/** Status update bodies longer than this are not read for markers. */
export const MAX_BODY_LENGTH = 262_144;

/**
 * GitHub lets only people who can write to the project post its status updates, so their creator is on the team:
 * the authorship rules then check that the record names its creator.
 */
export function statusUpdateAuthorship(update: Pick<StatusUpdate, 'creator'>): Authorship {
  return update.creator ? { author: update.creator, authorAssociation: 'MEMBER' } : {};
}

/** The status update body: a sentence for people, the items for Sprint Flow. */
export function snapshotBody(snapshot: StartSnapshot, points: number | undefined, goals: string[]): string {
  const items = snapshot.items.length;
  const lines = [
    l10n.t('**{0} started**: {1}{2} committed.', text(snapshot.iterationTitle), counted.items(items), points === undefined ? '' : `, ${l10n.t('{0} points', points)}`),
  ];
  if (goals.length) lines.push('', l10n.t('Sprint goals:'), ...goals.map((g) => `- ${g}`));
  lines.push('', '_Recorded by Sprint Flow so the sprint review can tell committed work from work added later._');
  lines.push('', encodeMarker({
    kind: SNAPSHOT_KIND,
    iteration: snapshot.iterationId,
    title: snapshot.iterationTitle,
    by: snapshot.by,
    takenAt: snapshot.takenAt,
    items: snapshot.items.map((i) => [i.itemId, i.estimate ?? null, i.goal ? 1 : 0]),
  }));
  return lines.join('\n');
}

const isIso = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v));

/** A snapshot record checked field by field against what Sprint Flow writes; undefined when anything is off. */
export function readSnapshotRecord(record: Record<string, unknown>): StartSnapshot | undefined {
  const { iteration, title, by, takenAt, items } = record;
  if (typeof iteration !== 'string' || iteration.length > 200 || typeof title !== 'string' || title.length > 1000) return undefined;
  if (typeof by !== 'string' || by.length > 100 || !isIso(takenAt) || !Array.isArray(items) || items.length > MAX_SNAPSHOT_ITEMS) return undefined;
  const read: SnapshotItem[] = [];
  for (const entry of items) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || entry[0].length > 200) return undefined;
    const estimate = entry[1];
    if (estimate !== null && (typeof estimate !== 'number' || !Number.isFinite(estimate))) return undefined;
    read.push({ itemId: entry[0], ...(typeof estimate === 'number' ? { estimate } : {}), ...(entry[2] === 1 ? { goal: true } : {}) });
  }
  return { iterationId: iteration, iterationTitle: title, by, takenAt, items: read };
}

export interface SnapshotChoice {
  /** One snapshot per iteration id: the earliest posted by a team member in their own name. */
  byIteration: Map<string, StartSnapshot & { updateId: string; postedAt: string }>;
  leftOut: LeftOutTally;
}

/** Reads the snapshots out of the project's status updates, applying the trust rules. */
export function chooseSnapshots(updates: readonly StatusUpdate[]): SnapshotChoice {
  const leftOut = new LeftOutTally();
  const byIteration = new Map<string, StartSnapshot & { updateId: string; postedAt: string }>();
  const seen = new Set<string>();
  const oldestFirst = [...updates].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const update of oldestFirst) {
    if (update.body.length > MAX_BODY_LENGTH || !update.body.includes('sprint-flow:')) continue;
    const scan = readMarkers(update.body);
    if (scan.skipped) leftOut.add('unreadable', scan.skipped);
    for (const record of scan.records) {
      if (record.kind !== SNAPSHOT_KIND) continue;
      const snapshot = readSnapshotRecord(record);
      if (!snapshot) {
        leftOut.add('unreadable');
        continue;
      }
      const reason = leftOutReason(statusUpdateAuthorship(update), snapshot.by);
      if (reason) {
        leftOut.add(reason);
        continue;
      }
      const key = recordKey(snapshot.by, snapshot.iterationId);
      if (seen.has(key) || byIteration.has(snapshot.iterationId)) {
        // Someone else's (or a second) snapshot of an iteration already recorded: the earliest wins.
        leftOut.add('duplicate');
        continue;
      }
      seen.add(key);
      byIteration.set(snapshot.iterationId, { ...snapshot, updateId: update.id, postedAt: update.createdAt });
    }
  }
  return { byIteration, leftOut };
}

/** A snapshot of the items in an iteration now. */
export function takeSnapshot(iteration: Iteration, by: string, now: Date, items: readonly SnapshotItem[]): StartSnapshot {
  return { iterationId: iteration.id, iterationTitle: iteration.title, by, takenAt: now.toISOString(), items: [...items] };
}
