import { formatDateRange } from '../iteration';
import { days, hours, percent, plural } from '../report/format';
import { markdownText as text } from '../markdownText';
import { Destination, SprintReview, Tally, UpdateStatus } from './model';

export const STATUS_LABELS: Record<UpdateStatus, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  COMPLETE: 'Complete',
  INACTIVE: 'Inactive',
};

export const DESTINATION_LABELS: Record<Destination, string> = {
  'next-iteration': 'to the next iteration',
  'other-iteration': 'to a later iteration',
  backlog: 'back to the backlog',
  'still-in-iteration': 'still open in this iteration',
};

const CERTAINTY_LABELS = { recorded: 'recorded', estimated: 'estimate', 'not-recorded': 'not recorded' } as const;

export function tallyText(t: Tally): string {
  return `${plural(t.items, 'item')}${t.points === undefined ? '' : `, ${t.points} ${t.points === 1 ? 'point' : 'points'}`}`;
}

/** Cells arrive escaped: text from GitHub went through markdownText (pipes and line breaks included); the rest is ours. */
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['_None._'];
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

/**
 * The review as GitHub-flavoured Markdown, for the project status update and the retrospective: headings, lists and
 * tables, no HTML. Text from GitHub is escaped as the team report's is, so it cannot mention, link or inject markup.
 */
export function reviewMarkdown(review: SprintReview): string {
  const it = review.iteration;
  const lines = [`# Sprint review · ${text(it.title)}`, ''];
  lines.push(`${text(review.projectTitle)}, ${formatDateRange(it.startDate, it.endDate)}${review.phase === 'running' ? ' (running: figures so far)' : ''}.`);
  lines.push('', '## Summary', '');
  lines.push(`- Committed at the start: ${tallyText(review.committed)}${review.hasSnapshot ? '' : ' (estimate)'}.`);
  lines.push(`- Added after the start: ${tallyText(review.added)} (${percent(review.added.share)} of the final scope).`);
  lines.push(`- Removed: ${tallyText(review.removed)}.`);
  lines.push(`- Done: ${tallyText(review.done)} (of ${tallyText(review.scope)} in scope at the end).`);
  const where = (Object.keys(DESTINATION_LABELS) as Destination[])
    .filter((d) => review.carriedOver.byDestination[d] > 0)
    .map((d) => `${review.carriedOver.byDestination[d]} ${DESTINATION_LABELS[d]}`);
  lines.push(`- Carried over: ${tallyText(review.carriedOver)}${where.length ? ` (${where.join(', ')})` : ''}.`);
  const goalsMet = review.goals.filter((g) => g.met).length;
  lines.push(review.goals.length ? `- Goals met: ${goalsMet} of ${review.goals.length}.` : '- No sprint goals were set.');
  const team = review.team;
  if (team) {
    lines.push(`- Blocked: ${days(team.blockedDays)} (${plural(team.blockersFlagged, 'blocker')} flagged). Interruptions: ${plural(team.interruptions, 'interruption')}, ${hours(team.interruptionHours)}. Focus factor ${percent(team.focus)}.`);
  }
  lines.push('', '## Goals', '');
  lines.push(...table(['Goal', 'Sub-issues done', 'Linked commits', 'Met'], review.goals.map((g) => [`${g.reference.includes('#') ? g.reference : text(g.reference)} ${text(g.title)}`, `${g.subIssues.done} of ${g.subIssues.total}`, String(g.linkedCommits), g.met ? 'yes' : 'no'])));
  lines.push('', '## Burn-up', '');
  lines.push(...table(['Day', 'Done', 'Scope'], review.burnUp.map((d) => [d.date, tallyText({ items: d.doneItems, points: d.donePoints }), tallyText({ items: d.scopeItems, points: d.scopePoints })])));
  const carried = review.rows.filter((r) => r.outcome === 'carried-over' || r.outcome === 'removed');
  lines.push('', '## Carried over and removed', '');
  lines.push(...table(['Item', 'Outcome', 'Where', 'Carried before'], carried.map((r) => [`${r.reference.includes('#') ? r.reference : ''} ${text(r.title)}`.trim(), r.outcome === 'removed' ? 'removed' : 'carried over', r.destinationTitle ? text(r.destinationTitle) : DESTINATION_LABELS[r.destination ?? 'still-in-iteration'], r.carriedBefore ? `${r.carriedBefore}×` : '–'])));
  if (team) {
    lines.push('', '## Work balance', '');
    lines.push(...table(['Category', 'Items', 'Points'], team.workBalance.map((c) => [c.label, String(c.items), c.points === undefined ? '–' : String(c.points)])));
  }
  lines.push('', '## How these figures were derived', '');
  lines.push(...review.derivations.map((d) => `- **${d.figure}** (${CERTAINTY_LABELS[d.certainty]}): ${text(d.how)}`));
  if (review.leftOut.length) lines.push('', ...review.leftOut.map((s) => `_${text(s)}_`));
  return `${lines.join('\n')}\n`;
}
