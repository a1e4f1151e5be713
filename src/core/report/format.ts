import * as l10n from '@vscode/l10n';
/** Number formats shared by the report's Markdown, CSV and webview: plain, rounded, locale-independent. */

export function hours(value: number): string {
  return `${Math.round(value * 10) / 10} h`;
}

export function minutesAsHours(minutes: number): string {
  return hours(minutes / 60);
}

export function percent(fraction: number | undefined): string {
  return fraction === undefined ? '–' : `${Math.round(fraction * 100)}%`;
}

export function days(value: number | undefined): string {
  return value === undefined ? '–' : `${Math.round(value * 10) / 10} d`;
}

export function skippedNote(count: number): string | undefined {
  if (count <= 0) return undefined;
  return count === 1
    ? l10n.t('1 record skipped (written by a newer Sprint Flow, or edited beyond reading).')
    : l10n.t('{0} records skipped (written by a newer Sprint Flow, or edited beyond reading).', count);
}

/** "1 item", "3 items": each form is a whole translated string, so every language words its counts its own way. */
export const counted = {
  items: (n: number) => (n === 1 ? l10n.t('1 item') : l10n.t('{0} items', n)),
  points: (n: number) => (n === 1 ? l10n.t('1 point') : l10n.t('{0} points', n)),
  blockers: (n: number) => (n === 1 ? l10n.t('1 blocker') : l10n.t('{0} blockers', n)),
  interruptions: (n: number) => (n === 1 ? l10n.t('1 interruption') : l10n.t('{0} interruptions', n)),
  resolutions: (n: number) => (n === 1 ? l10n.t('1 resolution') : l10n.t('{0} resolutions', n)),
};
