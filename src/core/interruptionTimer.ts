/** The running "I am interrupted" timer: one per person, shared by every window. */
export interface RunningTimer {
  /** ISO instant the timer was started. */
  startedAt: string;
}

export function isRunningTimer(value: unknown): value is RunningTimer {
  return !!value && typeof value === 'object' && typeof (value as RunningTimer).startedAt === 'string' && !Number.isNaN(Date.parse((value as RunningTimer).startedAt));
}

/** Whole minutes since the start, never less than 1 (a timer stopped at once still logs a minute). */
export function elapsedMinutes(timer: RunningTimer, now: Date): number {
  return Math.max(1, Math.floor((now.getTime() - Date.parse(timer.startedAt)) / 60_000));
}

/** "12m", "1h 05m": short enough for the status bar. */
export function formatElapsed(minutes: number): string {
  if (minutes < 60) {
    return `${minutes}m`;
  }
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** The duration to offer in the form when the timer stops: "45m", "1h30". */
export function durationText(minutes: number): string {
  return minutes < 60 ? `${minutes}m` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The id of the entry a timer logs: the same for every window that stops the same timer (the timer is shared), so
 * stopping it in two windows journals one entry, not two. Logins compare without regard to case, as GitHub's do.
 */
export function timerEntryId(person: string, startedAt: string): string {
  return `timer:${person.toLowerCase()}:${startedAt}`;
}
