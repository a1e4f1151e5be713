/**
 * When the gentle standup reminder shows: at or after the person's chosen local time, on a working day, when they
 * have not posted today and it has not been shown today. Never twice a day, whatever happens in between.
 */
import { localDate } from '../calendar';
import { isWorkingDay } from './compose';

/** "09:30" → minutes after midnight; undefined for an empty or unreadable setting (the reminder is off). */
export function parseReminderTime(setting: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(setting.trim());
  if (!match) {
    return undefined;
  }
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

export interface ReminderInput {
  setting: string;
  now: Date;
  timeZone: string;
  /** ISO instant of my latest update, sent or waiting. */
  lastPostedAt?: string;
  /** The local date (YYYY-MM-DD) the reminder last showed on. */
  lastShownOn?: string;
}

function localMinutes(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

export function shouldRemind(input: ReminderInput): boolean {
  const at = parseReminderTime(input.setting);
  if (at === undefined || !isWorkingDay(input.now, input.timeZone)) {
    return false;
  }
  const today = localDate(input.now, input.timeZone);
  if (input.lastShownOn === today) {
    return false;
  }
  if (input.lastPostedAt && localDate(new Date(input.lastPostedAt), input.timeZone) === today) {
    return false;
  }
  return localMinutes(input.now, input.timeZone) >= at;
}
