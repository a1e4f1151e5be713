/** Figures as the webviews print them, their units in the person's language. */
import { fill, s } from './strings';

export function minutes(total: number): string {
  const rounded = Math.round(total);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  return h === 0 ? fill(s.minutesShort, m) : m === 0 ? fill(s.hoursShort, h) : fill(s.hoursMinutesShort, h, m);
}

export function hours(value: number): string {
  return fill(s.hoursShort, Math.round(value * 10) / 10);
}

export function percent(fraction: number | undefined): string {
  return fraction === undefined ? '–' : `${Math.round(fraction * 100)}%`;
}

export function days(value: number | undefined): string {
  return value === undefined ? '–' : fill(s.daysShort, Math.round(value * 10) / 10);
}

export function date(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '–';
}
