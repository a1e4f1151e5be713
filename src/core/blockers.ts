import { MarkerRecord } from './markers';
import * as l10n from '@vscode/l10n';

export type BlockerScope = 'internal' | 'external';

export interface BlockerReason {
  id: string;
  label: string;
  description: string;
  scope: BlockerScope;
}

/** The reasons a person can give, each with the scope it implies. Their ids are stored in markers: keep them stable. */
export const BLOCKER_REASONS: readonly BlockerReason[] = [
  { id: 'awaiting-review', get label() { return l10n.t('Awaiting review'); }, get description() { return l10n.t('A pull request, design or decision waits for someone\'s review.'); }, scope: 'internal' },
  { id: 'internal-dependency', get label() { return l10n.t('Internal dependency'); }, get description() { return l10n.t('Waiting on another team\'s or colleague\'s work.'); }, scope: 'internal' },
  { id: 'upstream', get label() { return l10n.t('Upstream / open-source project'); }, get description() { return l10n.t('Waiting on a fix, release or review in an upstream project.'); }, scope: 'external' },
  { id: 'community-or-customer', get label() { return l10n.t('Waiting on a community member or customer'); }, get description() { return l10n.t('An answer, test or confirmation from outside the team.'); }, scope: 'external' },
  { id: 'cloud-vendor', get label() { return l10n.t('Cloud vendor'); }, get description() { return l10n.t('A support case, quota, outage or feature of a cloud provider.'); }, scope: 'external' },
  { id: 'access', get label() { return l10n.t('Access or credentials'); }, get description() { return l10n.t('Missing permissions, accounts, keys or approvals.'); }, scope: 'internal' },
  { id: 'environment', get label() { return l10n.t('Environment or tooling'); }, get description() { return l10n.t('Broken CI, test environment, build or developer tooling.'); }, scope: 'internal' },
  { id: 'not-ready', get label() { return l10n.t('Not ready (unclear scope)'); }, get description() { return l10n.t('The work is not refined enough to continue.'); }, scope: 'internal' },
  { id: 'preempted', get label() { return l10n.t('Preempted by incident or support'); }, get description() { return l10n.t('Pulled away by an incident, page or support duty.'); }, scope: 'internal' },
  { id: 'person-unavailable', get label() { return l10n.t('Person unavailable (time zone or leave)'); }, get description() { return l10n.t('The person needed is asleep, away or on leave.'); }, scope: 'internal' },
];

export function blockerReason(id: string): BlockerReason | undefined {
  return BLOCKER_REASONS.find((r) => r.id === id);
}

/** What a flag's reason reads as when its id is not one of ours (written by a newer Sprint Flow, or by hand). */
export const OTHER_REASON = 'other';

/** The label people read for a reason id; an id this version does not know reads as "Other reason". */
export function blockerReasonLabel(id: string): string {
  return blockerReason(id)?.label ?? l10n.t('Other reason');
}

export type BlockedBy = { kind: 'issue'; reference: string } | { kind: 'person'; login: string };

export interface BlockerFlag extends MarkerRecord {
  kind: 'blocker';
  id: string;
  reason: string;
  scope: BlockerScope;
  details: string;
  blockedBy?: BlockedBy;
  /** ISO instant. */
  flaggedAt: string;
  flaggedBy: string;
  previousStatus?: { optionId: string; name: string };
  /** Whether GitHub's native "blocked by" dependency was added, so resolving removes it. */
  dependencyAdded?: boolean;
}

export interface BlockerResolution extends MarkerRecord {
  kind: 'blocker-resolved';
  id: string;
  /** The flag it resolves; absent when the item was blocked by hand, without a flag to resolve. */
  flagId?: string;
  resolution?: string;
  resolvedAt: string;
  resolvedBy: string;
  /** How long it was blocked, known only with a flag. */
  calendarDays?: number;
  workingDays?: number;
}

export interface BlockerEpisode {
  flag: BlockerFlag;
  /** How the episode ended: a resolution, or a later flag that replaced it. */
  resolution?: BlockerResolution;
  supersededAt?: string;
}

export interface BlockerHistory {
  episodes: BlockerEpisode[];
  /** The episode still open, if any: the last flag without a resolution. */
  open?: BlockerEpisode;
  /** Resolutions whose flag was never found (deleted comment, or flagged before Sprint Flow). */
  orphanResolutions: BlockerResolution[];
}

export function isBlockerFlag(record: MarkerRecord): record is BlockerFlag {
  return record.kind === 'blocker' && typeof record.id === 'string' && typeof record.flaggedAt === 'string' && typeof record.reason === 'string';
}

export function isBlockerResolution(record: MarkerRecord): record is BlockerResolution {
  return record.kind === 'blocker-resolved' && typeof record.resolvedAt === 'string';
}

/**
 * An item's blocker history from the records in its comments, in comment order. A flag while another is open
 * replaces it (the first episode ends when the second begins); a resolution closes the flag it names.
 */
export function blockerHistory(records: readonly MarkerRecord[]): BlockerHistory {
  const episodes: BlockerEpisode[] = [];
  const orphanResolutions: BlockerResolution[] = [];
  // Unresolved episodes by flag id, oldest first: a resolution finds its flag without a search through all of them.
  const unresolved = new Map<string, BlockerEpisode[]>();
  let open: BlockerEpisode | undefined;
  for (const record of records) {
    if (isBlockerFlag(record)) {
      if (open) {
        open.supersededAt = record.flaggedAt;
      }
      open = { flag: record };
      episodes.push(open);
      const sameId = unresolved.get(record.id);
      if (sameId) sameId.push(open);
      else unresolved.set(record.id, [open]);
    } else if (isBlockerResolution(record)) {
      const episode = record.flagId ? unresolved.get(record.flagId)?.shift() : undefined;
      if (!episode) {
        orphanResolutions.push(record);
        continue;
      }
      episode.resolution = record;
      if (episode === open) {
        open = undefined;
      }
    }
  }
  return { episodes, ...(open ? { open } : {}), orphanResolutions };
}
