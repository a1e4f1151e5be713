import { formatMinutes, Interruption, interruptionKindLabel } from './interruptions';
import { parseIssueReference } from './itemReference';
import { markdownText } from './markdownText';
import { encodeMarker } from './markers';
import { LeftOutTally, recordKey } from './records/authorship';
import { countedRecords, RecordComment } from './records/recordComments';
import { INTERRUPTION_ENTRIES } from './records/recordRules';
import * as l10n from '@vscode/l10n';

/**
 * The team's interruption log on GitHub: one issue per iteration, one comment per entry. The issue is found again
 * by its label and title, never remembered, so any window, person or machine finds the same one.
 */
export const TEAM_LOG_LABEL = {
  name: 'interruption-log',
  color: 'fbca04',
  description: 'Team log of interruptions, one issue per iteration (written by Sprint Flow)',
} as const;

export interface RepositoryName {
  owner: string;
  name: string;
}

export function parseRepository(input: string): RepositoryName | undefined {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([\w.-]{1,100})$/.exec(input.trim());
  return match ? { owner: match[1], name: match[2] } : undefined;
}

export function teamLogTitle(iterationTitle: string): string {
  return `Interruption log · ${iterationTitle}`;
}

export function teamLogBody(iterationTitle: string): string {
  return [
    `Interruptions during ${iterationTitle}: support tickets, incident pages, questions, reviews and meetings that pulled people off sprint work.`,
    '',
    'Each comment is one entry, written by Sprint Flow. Edit or delete a comment to correct an entry; keep the hidden marker when editing so reports can still read it.',
  ].join('\n');
}

/** "#12" within the log's repository, "owner/repo#12" elsewhere (GitHub links both). */
function itemMention(reference: string, logRepository: string): string {
  const parsed = parseIssueReference(reference);
  if (!parsed) {
    return markdownText(reference);
  }
  const repository = `${parsed.owner}/${parsed.repo}`;
  return repository.toLowerCase() === logRepository.toLowerCase() ? `#${parsed.number}` : `${repository}#${parsed.number}`;
}

/**
 * One entry as a comment: a line people read ("45 min · support ticket · pulled off #123 · link · started …"), the
 * note on its own line, and the hidden marker holding every field, the id included.
 */
export function entryComment(entry: Interruption, logRepository: string): string {
  const kind = interruptionKindLabel(entry.interruptionKind).toLowerCase();
  const started = entry.startedAt.replace('T', ' ').slice(0, 16);
  const parts = [
    formatMinutes(entry.minutes),
    kind,
    entry.pulledOffItem ? l10n.t('pulled off {0}', itemMention(entry.pulledOffItem, logRepository)) : undefined,
    entry.link && /^https?:\/\//i.test(entry.link) ? `[link](<${entry.link.replace(/[<>\s]/g, encodeURIComponent)}>)` : undefined,
    l10n.t('started {0} UTC', started),
  ];
  const lines = [parts.filter(Boolean).join(' · ')];
  if (entry.note) {
    lines.push('', `> ${markdownText(entry.note)}`);
  }
  lines.push('', encodeMarker(entry));
  return lines.join('\n');
}

/**
 * The entries log comments hold that count, keyed by (author, id) with the comment each is in: an entry counts only
 * when its comment's author is its `person` and on the team (see records/authorship.ts), so nobody can log time in
 * another person's name or shadow their entry by posting its id first. Comments without a readable marker
 * (written by hand, or edited beyond reading) are counted as unreadable, never fatal; an entry posted twice by its
 * author counts once.
 */
export function loggedEntries(comments: Iterable<RecordComment>, tally: LeftOutTally = new LeftOutTally()): LoggedEntries {
  const read = countedRecords(comments, INTERRUPTION_ENTRIES, tally);
  const entries = new Map<string, LoggedEntry>();
  for (const { record, comment } of read.counted) {
    entries.set(recordKey(comment.author ?? record.person, record.id), { entry: record, url: comment.url });
  }
  return { entries, unreadable: read.skipped, leftOut: tally };
}

export interface LoggedEntry {
  entry: Interruption;
  url?: string;
}

export interface LoggedEntries {
  /** By recordKey(author, id). */
  entries: Map<string, LoggedEntry>;
  unreadable: number;
  leftOut: LeftOutTally;
}
