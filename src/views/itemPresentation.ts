import * as vscode from 'vscode';
import { BoardFields, SelectOption, SprintItem } from '../core/model';
import { describeBlockedBy } from '../core/blockerRecords';
import { blockerReasonLabel } from '../core/blockers';
import { formatAge } from '../core/duration';
import { markdownLines } from '../core/markdownText';
import { estimateOf, isBlocked, statusOf } from '../core/sprint';

/** How an item looks everywhere in the UI: icon, label, description, tooltip. Text from GitHub is never trusted. */

const OPTION_COLORS: Record<string, string> = {
  BLUE: 'charts.blue',
  GREEN: 'charts.green',
  ORANGE: 'charts.orange',
  PINK: 'charts.red',
  PURPLE: 'charts.purple',
  RED: 'charts.red',
  YELLOW: 'charts.yellow',
};

export function optionIcon(option: SelectOption | undefined): vscode.ThemeIcon {
  const color = option?.color ? OPTION_COLORS[option.color] : undefined;
  return new vscode.ThemeIcon('circle-large-outline', color ? new vscode.ThemeColor(color) : undefined);
}

export function itemIcon(item: SprintItem, fields: BoardFields): vscode.ThemeIcon {
  if (isBlocked(item, fields)) {
    return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('charts.red'));
  }
  switch (item.type) {
    case 'REDACTED':
      return new vscode.ThemeIcon('lock');
    case 'DRAFT_ISSUE':
      return new vscode.ThemeIcon('note');
    case 'PULL_REQUEST':
      if (item.state === 'MERGED') {
        return new vscode.ThemeIcon('git-merge', new vscode.ThemeColor('charts.purple'));
      }
      if (item.state === 'CLOSED') {
        return new vscode.ThemeIcon('git-pull-request-closed', new vscode.ThemeColor('charts.red'));
      }
      return item.isDraft
        ? new vscode.ThemeIcon('git-pull-request-draft')
        : new vscode.ThemeIcon('git-pull-request', new vscode.ThemeColor('charts.green'));
    default:
      return item.state === 'CLOSED'
        ? new vscode.ThemeIcon('issue-closed', new vscode.ThemeColor('charts.purple'))
        : new vscode.ThemeIcon('issues', new vscode.ThemeColor('charts.green'));
  }
}

export function itemLabel(item: SprintItem): string {
  const title = isolateBidi(item.title);
  return item.number !== undefined ? `#${item.number} ${title}` : title;
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Text with bidirectional controls (an override such as "invoice\u202Egpj.exe"), wrapped in an isolate: whatever the
 * controls do stays inside the text instead of reversing the number, description or tooltip line drawn after it.
 */
export function isolateBidi(text: string): string {
  return BIDI_CONTROLS.test(text) ? `\u2068${text}\u2069` : text;
}

/** Text from GitHub as Markdown that renders exactly as typed, line breaks kept (see core/markdownText.ts). */
export function plainMarkdown(text: string): string {
  return markdownLines(text, '  \n');
}

export function itemDescription(item: SprintItem, fields: BoardFields): string {
  const parts: string[] = [];
  if (isBlocked(item, fields)) {
    parts.push(blockedSummary(item));
  }
  if (item.repository) {
    parts.push(item.repository.split('/')[1] ?? item.repository);
  } else if (item.type === 'DRAFT_ISSUE') {
    parts.push(vscode.l10n.t('draft'));
  }
  const estimate = estimateOf(item, fields);
  if (estimate !== undefined) {
    parts.push(formatEstimate(estimate));
  }
  return parts.join(' · ');
}

/** How long the open flag has stood and why, when the flag is known. */
function blockedFor(item: SprintItem, now: number): { age: string; reason: string } | undefined {
  const flag = item.openBlocker;
  return flag && { age: formatAge(now - new Date(flag.flaggedAt).getTime()), reason: blockerReasonLabel(flag.reason).toLowerCase() };
}

/** "blocked 3d · awaiting review" when the flag is known, else just "blocked". */
export function blockedSummary(item: SprintItem, now = Date.now()): string {
  const blocked = blockedFor(item, now);
  return blocked ? vscode.l10n.t('blocked {0} · {1}', blocked.age, blocked.reason) : vscode.l10n.t('blocked');
}

function blockedHeading(item: SprintItem, now = Date.now()): string {
  const blocked = blockedFor(item, now);
  return blocked ? vscode.l10n.t('Blocked {0} · {1}', blocked.age, blocked.reason) : vscode.l10n.t('Blocked');
}

export function formatEstimate(points: number): string {
  const value = Number.isInteger(points) ? String(points) : points.toFixed(1);
  return points === 1 ? vscode.l10n.t('{0} pt', value) : vscode.l10n.t('{0} pts', value);
}

/** Only http(s) links from GitHub are ever made clickable. */
export function safeWebUrl(url: string | undefined): vscode.Uri | undefined {
  if (!url || !/^https?:\/\//i.test(url)) {
    return undefined;
  }
  try {
    return vscode.Uri.parse(url, true);
  } catch {
    return undefined;
  }
}

export function itemTooltip(item: SprintItem, fields: BoardFields): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  md.appendMarkdown(`**${plainMarkdown(itemLabel(item))}**\n\n`);
  // The board's own field names: a board may call them Stage or Points.
  const estimate = estimateOf(item, fields);
  const rows: [string, string | undefined][] = [
    [vscode.l10n.t('Repository'), item.repository],
    [fields.status?.name ?? vscode.l10n.t('Status'), statusOf(item, fields.status)?.name ?? vscode.l10n.t('No status')],
    [fields.estimate?.name ?? vscode.l10n.t('Estimate'), estimate !== undefined ? formatEstimate(estimate) : undefined],
    [vscode.l10n.t('Assignees'), item.assignees.join(', ') || undefined],
    [vscode.l10n.t('Labels'), item.labels.join(', ') || undefined],
  ];
  for (const [name, value] of rows) {
    if (value) {
      md.appendMarkdown(`${plainMarkdown(isolateBidi(name))}: ${plainMarkdown(isolateBidi(value))}  \n`);
    }
  }
  if (isBlocked(item, fields)) {
    md.appendMarkdown(`\n**${plainMarkdown(blockedHeading(item))}**`);
    const flag = item.openBlocker;
    if (flag) {
      md.appendMarkdown(`\n\n${plainMarkdown(isolateBidi(flag.details))}\n\n`);
      const flaggedBy = isolateBidi(flag.flaggedBy);
      const flagged = flag.blockedBy
        ? vscode.l10n.t('Flagged by {0}; blocked by {1}.', flaggedBy, isolateBidi(describeBlockedBy(flag.blockedBy)))
        : vscode.l10n.t('Flagged by {0}.', flaggedBy);
      md.appendMarkdown(plainMarkdown(flagged));
    }
  }
  const link = safeWebUrl(item.url);
  if (link) {
    md.appendMarkdown(vscode.l10n.t('\n\n[Open on GitHub]({0})', link.toString().replace(/[()]/g, encodeURIComponent)));
  }
  return md;
}
