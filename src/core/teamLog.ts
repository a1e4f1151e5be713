import { formatMinutes, Interruption, interruptionKindLabel, isInterruption } from './interruptions';
import { parseIssueReference } from './itemReference';
import { markdownText } from './markdownText';
import { encodeMarker, readMarkers } from './markers';

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
    entry.pulledOffItem ? `pulled off ${itemMention(entry.pulledOffItem, logRepository)}` : undefined,
    entry.link && /^https?:\/\//i.test(entry.link) ? `[link](<${entry.link.replace(/[<>\s]/g, encodeURIComponent)}>)` : undefined,
    `started ${started} UTC`,
  ];
  const lines = [parts.filter(Boolean).join(' · ')];
  if (entry.note) {
    lines.push('', `> ${markdownText(entry.note)}`);
  }
  lines.push('', encodeMarker(entry));
  return lines.join('\n');
}

export interface LogComment {
  body: string;
  url?: string;
}

/**
 * The entries a log issue holds, by id, with the comment each is in. Comments without a readable marker (written by
 * hand, or edited beyond reading) are counted, never fatal; an entry posted twice counts once.
 */
export function loggedEntries(comments: readonly LogComment[]): { entries: Map<string, { entry: Interruption; url?: string }>; unreadable: number } {
  const entries = new Map<string, { entry: Interruption; url?: string }>();
  let unreadable = 0;
  for (const comment of comments) {
    const scan = readMarkers(comment.body);
    unreadable += scan.skipped;
    for (const record of scan.records) {
      if (isInterruption(record) && !entries.has(record.id)) {
        entries.set(record.id, { entry: record, url: comment.url });
      }
    }
  }
  return { entries, unreadable };
}
