/**
 * Whether to offer (or simply publish) the sprint-start snapshot when someone opens Sprint Flow in an iteration:
 * once per person and iteration, only near its start, never when a team member has recorded it already.
 */
import { dayNumber, localDate } from '../calendar';
import { Iteration } from '../model';

export type PublishSprintStartSetting = 'ask' | 'automatic' | 'never';

export const PUBLISH_SPRINT_START_SETTINGS: readonly PublishSprintStartSetting[] = ['ask', 'automatic', 'never'];

/**
 * Days from an iteration's first day during which its start is still offered. Later, enough has changed since the
 * start that a snapshot would record the middle of the sprint as its beginning.
 */
export const START_OFFER_DAYS = 3;

/** How many iterations the person's answers are remembered for, across projects. */
const REMEMBERED = 50;

export interface StartOfferInput {
  setting: PublishSprintStartSetting;
  /** Restricted Mode: Sprint Flow writes nothing. */
  trusted: boolean;
  iteration: Pick<Iteration, 'id' | 'startDate' | 'duration'>;
  now: Date;
  timeZone: string;
  /** Whether this person was offered the start of this iteration already (or it was recorded for them). */
  handled: boolean;
  /** Whether a trusted start snapshot of the iteration exists; undefined while the project has not been read. */
  snapshotExists?: boolean;
}

export type StartOfferDecision =
  | { action: 'none'; reason: 'never' | 'untrusted' | 'handled' | 'too-late' | 'exists' }
  /** Read the project's status updates, then decide again with `snapshotExists`. */
  | { action: 'read' }
  | { action: 'offer' }
  | { action: 'publish' };

export function decideStartOffer(input: StartOfferInput): StartOfferDecision {
  if (input.setting === 'never') return { action: 'none', reason: 'never' };
  if (!input.trusted) return { action: 'none', reason: 'untrusted' };
  if (input.handled) return { action: 'none', reason: 'handled' };
  const day = dayNumber(localDate(input.now, input.timeZone)) - dayNumber(input.iteration.startDate);
  if (day < 0 || day >= Math.min(START_OFFER_DAYS, input.iteration.duration)) return { action: 'none', reason: 'too-late' };
  if (input.snapshotExists === undefined) return { action: 'read' };
  if (input.snapshotExists) return { action: 'none', reason: 'exists' };
  return { action: input.setting === 'automatic' ? 'publish' : 'offer' };
}

/** What the person's answer is remembered under: the project's and the iteration's node ids. */
export function startOfferKey(projectId: string, iterationId: string): string {
  return `${projectId} ${iterationId}`;
}

/** The remembered keys with one more, the oldest dropped beyond what is worth keeping. */
export function rememberStartOffer(remembered: readonly string[], key: string): string[] {
  return [...remembered.filter((k) => k !== key), key].slice(-REMEMBERED);
}

/** A setting value as typed by a person: anything unknown is the default, ask. */
export function readPublishSprintStartSetting(value: unknown): PublishSprintStartSetting {
  return PUBLISH_SPRINT_START_SETTINGS.includes(value as PublishSprintStartSetting) ? (value as PublishSprintStartSetting) : 'ask';
}
