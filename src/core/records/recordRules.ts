/**
 * Whom each kind of record is about: the person whose comment it must be. A flag is its `flaggedBy`'s, a resolution
 * its `resolvedBy`'s, an interruption entry its `person`'s. (A goal link's rule is in goalTimeline.ts.)
 */
import { BlockerFlag, BlockerResolution, isBlockerFlag, isBlockerResolution } from '../blockers';
import { Interruption, isInterruption } from '../interruptions';
import { RecordRule } from './recordComments';

const login = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

export type BlockerRecord = BlockerFlag | BlockerResolution;

export const BLOCKER_RECORDS: RecordRule<BlockerRecord> = {
  select: (r): r is BlockerRecord => isBlockerFlag(r) || isBlockerResolution(r),
  personOf: (r) => login(r.kind === 'blocker' ? r.flaggedBy : r.resolvedBy),
  idOf: (r) => `${r.kind}:${String(r.id)}`,
};

export const INTERRUPTION_ENTRIES: RecordRule<Interruption> = {
  select: isInterruption,
  personOf: (r) => login(r.person),
  idOf: (r) => r.id,
};
