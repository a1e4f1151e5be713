import * as vscode from 'vscode';
import { formatAge } from '../core/duration';
import { Goal, goalProgress, progressBar } from '../core/goals';
import { isolateBidi, itemLabel, plainMarkdown, safeWebUrl } from './itemPresentation';

/** How a goal looks in the goals view: label, description, icon and a tooltip with a progress bar. */

export function goalLabel(goal: Goal): string {
  return `#${goal.number} ${isolateBidi(goal.title)}`;
}

function commitsText(goal: Goal): string {
  const { count } = goal.commits;
  return count === 1 ? vscode.l10n.t('1 commit') : vscode.l10n.t('{0} commits', count);
}

export function goalDescription(goal: Goal, now = Date.now()): string {
  const { total, completed } = goal.subIssues;
  const parts = [total > 0 ? `${completed}/${total} done` : goal.state === 'CLOSED' ? 'closed' : vscode.l10n.t('no sub-issues'), commitsText(goal)];
  const latest = goal.commits.latest?.date ? Date.parse(goal.commits.latest.date) : NaN;
  if (Number.isFinite(latest)) {
    parts.push(vscode.l10n.t('latest {0} ago', formatAge(now - latest)));
  }
  return parts.join(' · ');
}

export function goalIcon(goal: Goal): vscode.ThemeIcon {
  return goal.state === 'CLOSED' || goalProgress(goal) >= 1
    ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green'))
    : new vscode.ThemeIcon('target', new vscode.ThemeColor('charts.blue'));
}

export function goalTooltip(goal: Goal): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  md.appendMarkdown(`**${plainMarkdown(goalLabel(goal))}**\n\n${plainMarkdown(progressBar(goalProgress(goal)))}\n\n`);
  const { total, completed } = goal.subIssues;
  const latest = goal.commits.latest;
  const rows: [string, string | undefined][] = [
    ['Repository', goal.repository],
    ['Sub-issues', total > 0 ? vscode.l10n.t('{0} of {1} closed', completed, total) : 'none'],
    ['Commits', commitsText(goal)],
    [vscode.l10n.t('Latest commit'), latest ? `${latest.sha.slice(0, 7)} ${latest.headline ?? ''}`.trim() : undefined],
    ['Owners', goal.assignees.join(', ') || undefined],
    [vscode.l10n.t('My items'), goal.myItems.map(itemLabel).join(', ') || undefined],
  ];
  for (const [name, value] of rows) {
    if (value) {
      md.appendMarkdown(`${name}: ${plainMarkdown(isolateBidi(value))}  \n`);
    }
  }
  const link = safeWebUrl(goal.url);
  if (link) {
    md.appendMarkdown(vscode.l10n.t('\n[Open on GitHub]({0})', link.toString().replace(/[()]/g, encodeURIComponent)));
  }
  return md;
}
