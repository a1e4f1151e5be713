import { formatDateRange } from '../iteration';
import { days, hours, minutesAsHours, percent, plural, skippedNote } from './format';
import { TeamReport } from './model';
import { WORK_CATEGORIES } from './workCategories';

/**
 * The report as GitHub-flavoured Markdown for a retrospective or a sprint status update: headings and tables only,
 * no HTML. Text from GitHub is escaped so it cannot break a table, mention someone or inject markup.
 */
export function reportMarkdown(report: TeamReport): string {
  const first = report.iterations[0];
  const last = report.iterations[report.iterations.length - 1];
  const lines: string[] = [`# Team report · ${text(report.projectTitle)}`, ''];
  if (first && last) {
    lines.push(`${report.iterations.length === 1 ? text(first.title) : `${text(first.title)} to ${text(last.title)}`} (${formatDateRange(first.startDate, last.endDate)}).`);
  }
  lines.push(`Capacity is working days × ${report.hoursPerDay} hours per person. Generated ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`);
  const filters = [...report.filters.people.map((p) => `@\u200b${text(p)}`), ...report.filters.kinds.map(text)];
  if (filters.length) lines.push(`Filtered to ${filters.join(', ')}.`);
  const skipped = skippedNote(report.skippedRecords);
  if (skipped) lines.push(`${skipped}`);

  const i = report.interruptions;
  lines.push('', '## Interruptions', '', `${plural(i.total.count, 'interruption')}, ${minutesAsHours(i.total.minutes)} in all.`, '');
  lines.push(...table(['Iteration', 'Count', 'Hours'], i.byIteration.map((r) => [r.iteration, String(r.count), minutesAsHours(r.minutes)])), '');
  lines.push(...table(['Kind', 'Count', 'Hours'], i.byKind.filter((k) => k.count || k.minutes).map((r) => [r.label, String(r.count), minutesAsHours(r.minutes)])), '');
  lines.push(...table(['Person', 'Iteration', 'Count', 'Hours'], i.byPersonAndIteration.map((r) => [person(r.person), r.iteration, String(r.count), minutesAsHours(r.minutes)])));

  const f = report.focus;
  lines.push('', '## Focus', '', `Team focus factor ${percent(f.team.focus)}: ${hours(f.team.lostHours)} lost of ${hours(f.team.capacityHours)} capacity.`, '');
  lines.push(...table(['Person', 'Iterations', 'Capacity', 'Lost', 'Focus'], f.byPerson.map((r) => [person(r.person), String(r.iterations), hours(r.capacityHours), hours(r.lostHours), percent(r.focus)])), '');
  lines.push(...table(['Iteration', 'People', 'Capacity', 'Lost', 'Focus'], f.byIteration.map((r) => [r.iteration, String(r.people), hours(r.capacityHours), hours(r.lostHours), percent(r.focus)])));

  const w = report.workBalance;
  lines.push('', '## Work balance', '');
  const header = ['Iteration', ...WORK_CATEGORIES.map((c) => c.label)];
  lines.push(...table(header, w.byIteration.map((r) => [r.iteration, ...r.categories.map((c) => `${plural(c.items, 'item')}${c.points === undefined ? '' : `, ${c.points} pts`}${c.interruptionHours ? `, ${hours(c.interruptionHours)} interrupted` : ''}`)])));
  lines.push('', 'How this was derived:', '', ...w.derivation.map((d) => `- ${text(d)}`));

  const b = report.blockers;
  lines.push('', '## Blockers', '');
  if (b.current.length) {
    lines.push(...table(['Blocked now', 'Reason', 'Scope', 'Since', 'Working days'], b.current.map((c) => [`${c.reference} ${text(c.title)}`, text(c.reasonLabel), c.scope ?? '–', c.since ? c.since.slice(0, 10) : '–', days(c.workingDays)])), '');
  } else {
    lines.push('Nothing is blocked now.', '');
  }
  lines.push(...table(['Reason', 'Scope', 'Blockers', 'Working days blocked'], b.byReason.map((r) => [text(r.label), r.scope ?? '–', String(r.episodes), days(r.workingDays)])), '');
  lines.push(...table(['Scope', 'Blockers', 'Working days blocked'], b.byScope.map((r) => [r.scope, String(r.episodes), days(r.workingDays)])), '');
  lines.push(...table(['Iteration', 'Flagged', 'Working days blocked'], b.byIteration.map((r) => [r.iteration, String(r.flagged), days(r.workingDays)])));
  const notes = [
    b.endedWithoutRecord ? `${plural(b.endedWithoutRecord, 'blocker')} ended without a resolution comment; their days are not counted.` : undefined,
    b.orphanResolutions ? `${plural(b.orphanResolutions, 'resolution')} lost the flag comment; counted under "Unknown reason".` : undefined,
  ].filter(Boolean);
  if (notes.length) lines.push('', ...notes.map((n) => `_${n}_`));
  return `${lines.join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['_None._'];
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Escapes Markdown and HTML so GitHub shows text as typed; the table cell escaping happens in `cell`. Item references
 * (OWNER/REPO#N, built by Sprint Flow) stay unescaped so GitHub links them.
 */
export function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]!~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '@\u200b');
}

/** A login, without notifying the person. */
function person(login: string): string {
  return text(login);
}
