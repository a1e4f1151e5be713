import { formatDateRange } from '../iteration';
import { counted, days, hours, percent } from '../report/format';
import { markdownText as text } from '../markdownText';
import { Destination, SprintReview, Tally, UpdateStatus } from './model';
import * as l10n from '@vscode/l10n';

export const STATUS_LABELS: Record<UpdateStatus, string> = {
  get ON_TRACK() { return l10n.t('On track'); },
  get AT_RISK() { return l10n.t('At risk'); },
  get OFF_TRACK() { return l10n.t('Off track'); },
  get COMPLETE() { return l10n.t('Complete'); },
  get INACTIVE() { return l10n.t('Inactive'); },
};

export const DESTINATION_LABELS: Record<Destination, string> = {
  get ['next-iteration']() { return l10n.t('to the next iteration'); },
  get ['other-iteration']() { return l10n.t('to a later iteration'); },
  get backlog() { return l10n.t('back to the backlog'); },
  get ['still-in-iteration']() { return l10n.t('still open in this iteration'); },
};

const CERTAINTY_LABELS = {
  get recorded() { return l10n.t('recorded'); },
  get estimated() { return l10n.t('estimate'); },
  get ['not-recorded']() { return l10n.t('not recorded'); },
};

export function tallyText(t: Tally): string {
  return `${counted.items(t.items)}${t.points === undefined ? '' : `, ${counted.points(t.points)}`}`;
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
  lines.push(`${text(review.projectTitle)}, ${formatDateRange(it.startDate, it.endDate)}${review.phase === 'running' ? l10n.t(' (running: figures so far)') : ''}.`);
  lines.push('', '## Summary', '');
  lines.push(l10n.t('- Committed at the start: {0}{1}.', tallyText(review.committed), review.hasSnapshot ? '' : ' (estimate)'));
  lines.push(l10n.t('- Added after the start: {0} ({1} of the final scope).', tallyText(review.added), percent(review.added.share)));
  lines.push(`- Removed: ${tallyText(review.removed)}.`);
  lines.push(l10n.t('- Done: {0} (of {1} in scope at the end).', tallyText(review.done), tallyText(review.scope)));
  const where = (Object.keys(DESTINATION_LABELS) as Destination[])
    .filter((d) => review.carriedOver.byDestination[d] > 0)
    .map((d) => `${review.carriedOver.byDestination[d]} ${DESTINATION_LABELS[d]}`);
  lines.push(l10n.t('- Carried over: {0}{1}.', tallyText(review.carriedOver), where.length ? ` (${where.join(', ')})` : ''));
  const goalsMet = review.goals.filter((g) => g.met).length;
  lines.push(review.goals.length ? l10n.t('- Goals met: {0} of {1}.', goalsMet, review.goals.length) : l10n.t('- No sprint goals were set.'));
  const team = review.team;
  if (team) {
    lines.push(l10n.t('- Blocked: {0} ({1} flagged). Interruptions: {2}, {3}. Focus factor {4}.', days(team.blockedDays), counted.blockers(team.blockersFlagged), counted.interruptions(team.interruptions), hours(team.interruptionHours), percent(team.focus)));
  }
  lines.push('', '## Goals', '');
  lines.push(...table([l10n.t('Goal'), l10n.t('Sub-issues done'), l10n.t('Linked commits'), l10n.t('Met')], review.goals.map((g) => [`${g.reference.includes('#') ? g.reference : text(g.reference)} ${text(g.title)}`, l10n.t('{0} of {1}', g.subIssues.done, g.subIssues.total), String(g.linkedCommits), g.met ? l10n.t('yes') : l10n.t('no')])));
  lines.push('', '## Burn-up', '');
  lines.push(...table([l10n.t('Day'), l10n.t('Done'), l10n.t('Scope')], review.burnUp.map((d) => [d.date, tallyText({ items: d.doneItems, points: d.donePoints }), tallyText({ items: d.scopeItems, points: d.scopePoints })])));
  const carried = review.rows.filter((r) => r.outcome === 'carried-over' || r.outcome === 'removed');
  lines.push('', '## Carried over and removed', '');
  lines.push(...table([l10n.t('Item'), l10n.t('Outcome'), l10n.t('Where'), l10n.t('Carried before')], carried.map((r) => [`${r.reference.includes('#') ? r.reference : ''} ${text(r.title)}`.trim(), r.outcome === 'removed' ? 'removed' : l10n.t('carried over'), r.destinationTitle ? text(r.destinationTitle) : DESTINATION_LABELS[r.destination ?? 'still-in-iteration'], r.carriedBefore ? `${r.carriedBefore}×` : '–'])));
  if (team) {
    lines.push('', '## Work balance', '');
    lines.push(...table([l10n.t('Category'), l10n.t('Items'), l10n.t('Points')], team.workBalance.map((c) => [c.label, String(c.items), c.points === undefined ? '–' : String(c.points)])));
  }
  lines.push('', '## How these figures were derived', '');
  lines.push(...review.derivations.map((d) => `- **${d.figure}** (${CERTAINTY_LABELS[d.certainty]}): ${text(d.how)}`));
  if (review.leftOut.length) lines.push('', ...review.leftOut.map((s) => `_${text(s)}_`));
  return `${lines.join('\n')}\n`;
}
