import { blockerHistory, blockerReasonLabel } from '../blockers';
import { interruptionKind } from '../interruptions';
import { itemReference } from '../sprint';
import { ReportSource } from './model';
import * as l10n from '@vscode/l10n';

const HEADER = ['record', 'iteration', 'person', 'started', 'ended', 'minutes', 'kind_or_reason', 'scope', 'item', 'link', 'note', 'working_days'];

/**
 * The raw entries behind the report, one row each: interruptions (as logged) and blocker episodes (flag to
 * resolution). RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
 */
export function reportCsv(source: ReportSource): string {
  const rows: string[][] = [HEADER];
  const inRange = new Set(source.iterations.map((i) => i.title));
  for (const entry of [...source.interruptions].sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id))) {
    if (!inRange.has(entry.iteration)) continue;
    const end = new Date(Date.parse(entry.startedAt) + entry.minutes * 60_000);
    rows.push([
      'interruption',
      entry.iteration,
      entry.person,
      Number.isNaN(end.getTime()) ? entry.startedAt : new Date(entry.startedAt).toISOString(),
      Number.isNaN(end.getTime()) ? '' : end.toISOString(),
      String(entry.minutes),
      interruptionKind(entry.interruptionKind)?.label ?? entry.interruptionKind,
      '',
      entry.pulledOffItem ?? '',
      entry.link ?? '',
      entry.note ?? '',
      '',
    ]);
  }
  const iterationOf = (itemIterationId: string | undefined) => source.iterations.find((i) => i.id === itemIterationId)?.title ?? '';
  const fieldId = source.fields.iteration?.id;
  const seen = new Set<string>();
  for (const item of source.items) {
    if (!item.contentId || seen.has(item.contentId)) continue;
    seen.add(item.contentId);
    const history = blockerHistory(source.blockerRecords[item.contentId] ?? []);
    for (const resolution of history.orphanResolutions) {
      rows.push(['blocker', iterationOf(fieldId ? item.iterationValues[fieldId] : undefined), resolution.resolvedBy, '', resolution.resolvedAt, '', l10n.t('Unknown reason (flag comment deleted)'), '', itemReference(item), '', resolution.resolution ?? '', String(resolution.workingDays)]);
    }
    for (const episode of history.episodes) {
      const flag = episode.flag;
      rows.push([
        'blocker',
        iterationOf(fieldId ? item.iterationValues[fieldId] : undefined),
        flag.flaggedBy,
        flag.flaggedAt,
        episode.resolution?.resolvedAt ?? episode.supersededAt ?? '',
        '',
        blockerReasonLabel(flag.reason),
        flag.scope,
        itemReference(item),
        '',
        flag.details,
        episode.resolution ? String(episode.resolution.workingDays) : '',
      ]);
    }
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
