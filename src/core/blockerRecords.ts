import { BlockedBy, BlockerFlag, blockerReason, blockerReasonLabel, BlockerResolution } from './blockers';
import { elapsedDays, formatDays } from './duration';
import { parseIssueReference, formatIssueReference } from './itemReference';
import { markdownLines } from './markdownText';
import { encodeMarker } from './markers';
import { MAX_DETAILS_LENGTH } from './records/validation';
import * as l10n from '@vscode/l10n';

/** Builds blocker records and the comments that carry them: readable text for people, a marker for Sprint Flow. */

const LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;

/** Reads "blocked by" input: an issue reference or URL, or a GitHub login (with or without @). */
export function parseBlockedBy(input: string): BlockedBy | undefined {
  const text = input.trim();
  const issue = parseIssueReference(text);
  if (issue) {
    return { kind: 'issue', reference: formatIssueReference(issue) };
  }
  const login = LOGIN.exec(text);
  return login ? { kind: 'person', login: login[1] } : undefined;
}

export function describeBlockedBy(blockedBy: BlockedBy): string {
  return blockedBy.kind === 'issue' ? blockedBy.reference : `@${blockedBy.login}`;
}

export interface NewFlag {
  id: string;
  reason: string;
  details: string;
  blockedBy?: BlockedBy;
  flaggedAt: Date;
  flaggedBy: string;
  previousStatus?: { optionId: string; name: string };
}

export function blockerFlag(input: NewFlag): BlockerFlag {
  const reason = blockerReason(input.reason);
  if (!reason) {
    throw new RangeError(l10n.t('"{0}" is not a blocker reason.', input.reason));
  }
  if (input.details.trim().length > MAX_DETAILS_LENGTH) {
    throw new RangeError(l10n.t('Keep the details under {0} characters; link to a longer write-up instead.', MAX_DETAILS_LENGTH.toLocaleString('en-US')));
  }
  return {
    kind: 'blocker',
    id: input.id,
    reason: reason.id,
    scope: reason.scope,
    details: input.details.trim(),
    ...(input.blockedBy ? { blockedBy: input.blockedBy } : {}),
    flaggedAt: input.flaggedAt.toISOString(),
    flaggedBy: input.flaggedBy,
    ...(input.previousStatus ? { previousStatus: input.previousStatus } : {}),
  };
}

/** A resolution of `flag`, or of a blocker set by hand (no flag), whose duration Sprint Flow cannot know. */
export function blockerResolution(
  flag: BlockerFlag | undefined,
  input: { id: string; resolution?: string; resolvedAt: Date; resolvedBy: string; timeZone: string },
): BlockerResolution {
  if ((input.resolution?.trim().length ?? 0) > MAX_DETAILS_LENGTH) {
    throw new RangeError(l10n.t('Keep the resolution under {0} characters; link to a longer write-up instead.', MAX_DETAILS_LENGTH.toLocaleString('en-US')));
  }
  const round = (days: number) => Math.round(days * 100) / 100;
  const blocked = flag && elapsedDays(new Date(flag.flaggedAt), input.resolvedAt, input.timeZone);
  return {
    kind: 'blocker-resolved',
    id: input.id,
    ...(flag ? { flagId: flag.id } : {}),
    ...(input.resolution?.trim() ? { resolution: input.resolution.trim() } : {}),
    resolvedAt: input.resolvedAt.toISOString(),
    resolvedBy: input.resolvedBy,
    ...(blocked ? { calendarDays: round(blocked.calendarDays), workingDays: round(blocked.workingDays) } : {}),
  };
}

/** A person's text as a Markdown quote that shows as typed (no mentions, HTML or markup), its lines kept. */
const quote = (text: string) => `> ${markdownLines(text, '\n> ')}`;

export function flagComment(flag: BlockerFlag): string {
  const lines = [`**Blocked: ${blockerReasonLabel(flag.reason).toLowerCase()}** (${flag.scope === 'external' ? 'external' : 'internal'})`, '', quote(flag.details), ''];
  if (flag.blockedBy) {
    lines.push(l10n.t('Blocked by {0}.', describeBlockedBy(flag.blockedBy)));
  }
  lines.push(l10n.t('Flagged by @{0} with Sprint Flow.', flag.flaggedBy), '', encodeMarker(flag));
  return lines.join('\n');
}

export function resolutionComment(resolution: BlockerResolution): string {
  const lines = [
    resolution.calendarDays !== undefined && resolution.workingDays !== undefined
      ? l10n.t('**Unblocked** after {0} ({1} of working time).', formatDays(resolution.calendarDays), formatDays(resolution.workingDays))
      : '**Unblocked.**',
  ];
  if (resolution.resolution) {
    lines.push('', quote(resolution.resolution));
  }
  lines.push('', l10n.t('Resolved by @{0} with Sprint Flow.', resolution.resolvedBy), '', encodeMarker(resolution));
  return lines.join('\n');
}

/** A draft issue has no comments: its blocker notes are appended to its body, separated by a rule. */
export function appendToDraftBody(body: string, note: string): string {
  return body.trim() ? `${body.trimEnd()}\n\n---\n\n${note}` : note;
}
