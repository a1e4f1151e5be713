/** Time helpers. The fake GitHub keeps calendar dates as YYYY-MM-DD strings and reads "today" in UTC, like GitHub. */

export type Clock = () => Date;

export const realClock: Clock = () => new Date();

const DAY_MS = 86_400_000;

/** GitHub's DateTime format: ISO 8601 in UTC without milliseconds. */
export function isoDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The UTC calendar date of an instant, YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return isoDate(new Date(day * DAY_MS));
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** An instant on a calendar date, `hour` hours after midnight UTC. */
export function atHour(date: string, hour: number): Date {
  return new Date(dayNumber(date) * DAY_MS + hour * 3_600_000);
}
