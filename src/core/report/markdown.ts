import { formatDateRange } from '../iteration';
import { markdownText } from '../markdownText';
import { counted, days, hours, minutesAsHours, percent, skippedNote } from './format';
import { TeamReport } from './model';
import { WORK_CATEGORIES } from './workCategories';
import * as l10n from '@vscode/l10n';

/**
 * The report as GitHub-flavoured Markdown for a retrospective or a sprint status update: headings and tables only,
 * no HTML. Text from GitHub is escaped so it cannot break a table, mention someone or inject markup, and every table
 * cell is escaped whatever it holds (core/markdownText.ts).
 */
export function reportMarkdown(report: TeamReport): string {
  const first = report.iterations[0];
  const last = report.iterations[report.iterations.length - 1];
  const lines: string[] = [`# Team report · ${markdownText(report.projectTitle)}`, ''];
  if (first && last) {
    lines.push(`${report.iterations.length === 1 ? markdownText(first.title) : l10n.t('{0} to {1}', markdownText(first.title), markdownText(last.title))} (${formatDateRange(first.startDate, last.endDate)}).`);
  }
  lines.push(l10n.t('Capacity is working days × {0} hours per person. Generated {1} UTC.', report.hoursPerDay, report.generatedAt.slice(0, 16).replace('T', ' ')));
  const filters = [...report.filters.people.map((p) => markdownText(`@${p}`)), ...report.filters.kinds.map(markdownText)];
  if (filters.length) lines.push(l10n.t('Filtered to {0}.', filters.join(', ')));
  const skipped = skippedNote(report.skippedRecords);
  if (skipped) lines.push(`${skipped}`);

  const i = report.interruptions;
  lines.push('', '## Interruptions', '', l10n.t('{0}, {1} in all.', counted.interruptions(i.total.count), minutesAsHours(i.total.minutes)), '');
  lines.push(...table([l10n.t('Iteration'), l10n.t('Count'), l10n.t('Hours')], i.byIteration.map((r) => [r.iteration, String(r.count), minutesAsHours(r.minutes)])), '');
  lines.push(...table([l10n.t('Kind'), l10n.t('Count'), l10n.t('Hours')], i.byKind.filter((k) => k.count || k.minutes).map((r) => [r.label, String(r.count), minutesAsHours(r.minutes)])), '');
  lines.push(...table([l10n.t('Person'), l10n.t('Iteration'), l10n.t('Count'), l10n.t('Hours')], i.byPersonAndIteration.map((r) => [r.person, r.iteration, String(r.count), minutesAsHours(r.minutes)])));

  const f = report.focus;
  lines.push('', '## Focus', '', l10n.t('Team focus factor {0}: {1} lost of {2} capacity.', percent(f.team.focus), hours(f.team.lostHours), hours(f.team.capacityHours)), '');
  lines.push(...table([l10n.t('Person'), l10n.t('Iterations'), l10n.t('Capacity'), l10n.t('Lost'), l10n.t('Focus')], f.byPerson.map((r) => [r.person, String(r.iterations), hours(r.capacityHours), hours(r.lostHours), percent(r.focus)])), '');
  lines.push(...table([l10n.t('Iteration'), l10n.t('People'), l10n.t('Capacity'), l10n.t('Lost'), l10n.t('Focus')], f.byIteration.map((r) => [r.iteration, String(r.people), hours(r.capacityHours), hours(r.lostHours), percent(r.focus)])));

  const w = report.workBalance;
  lines.push('', '## Work balance', '');
  const header = [l10n.t('Iteration'), ...WORK_CATEGORIES.map((c) => c.label)];
  lines.push(...table(header, w.byIteration.map((r) => [r.iteration, ...r.categories.map((c) => `${counted.items(c.items)}${c.points === undefined ? '' : `, ${l10n.t('{0} pts', c.points)}`}${c.interruptionHours ? `, ${l10n.t('{0} interrupted', hours(c.interruptionHours))}` : ''}`)])));
  lines.push('', l10n.t('How this was derived:'), '', ...w.derivation.map((d) => `- ${markdownText(d)}`));

  const b = report.blockers;
  lines.push('', '## Blockers', '');
  if (b.current.length) {
    lines.push(...table([l10n.t('Blocked now'), l10n.t('Reason'), l10n.t('Scope'), l10n.t('Since'), l10n.t('Working days')], b.current.map((c) => [`${c.reference} ${c.title}`, c.reasonLabel, c.scope ?? '–', c.since ? c.since.slice(0, 10) : '–', days(c.workingDays)])), '');
  } else {
    lines.push(l10n.t('Nothing is blocked now.'), '');
  }
  lines.push(...table([l10n.t('Reason'), l10n.t('Scope'), l10n.t('Blockers'), l10n.t('Working days blocked')], b.byReason.map((r) => [r.label, r.scope ?? '–', String(r.episodes), days(r.workingDays)])), '');
  lines.push(...table([l10n.t('Scope'), l10n.t('Blockers'), l10n.t('Working days blocked')], b.byScope.map((r) => [r.scope, String(r.episodes), days(r.workingDays)])), '');
  lines.push(...table([l10n.t('Iteration'), l10n.t('Flagged'), l10n.t('Working days blocked')], b.byIteration.map((r) => [r.iteration, String(r.flagged), days(r.workingDays)])));
  const notes = [
    b.endedWithoutRecord ? l10n.t('{0} ended without a resolution comment; their days are not counted.', counted.blockers(b.endedWithoutRecord)) : undefined,
    b.orphanResolutions ? l10n.t('{0} lost the flag comment; counted under "Unknown reason".', counted.resolutions(b.orphanResolutions)) : undefined,
  ].filter(Boolean);
  if (notes.length) lines.push('', ...notes.map((n) => `_${n}_`));
  return `${lines.join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['_None._'];
  return [row(header), `|${' --- |'.repeat(header.length)}`, ...rows.map(row)];
}

/** Every cell escaped, whatever it holds: pipes, HTML, Markdown, autolinks and mentions all show as typed. */
const row = (cells: string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
