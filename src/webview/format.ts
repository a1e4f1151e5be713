/** Figures as the webviews print them. */
export function minutes(total: number): string {
  const rounded = Math.round(total);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function hours(value: number): string {
  return `${Math.round(value * 10) / 10} h`;
}

export function percent(fraction: number | undefined): string {
  return fraction === undefined ? '–' : `${Math.round(fraction * 100)}%`;
}

export function days(value: number | undefined): string {
  return value === undefined ? '–' : `${Math.round(value * 10) / 10} d`;
}

export function date(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '–';
}

/** "1 item", "3 items". */
export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
