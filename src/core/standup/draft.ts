/**
 * The update as people read it: a short Markdown text the person edits before posting, and the comment that goes to
 * GitHub (that text, plus the hidden marker holding the lines the person kept). Titles and notes from GitHub are
 * escaped, so nothing a stranger typed turns into a link, a mention or HTML.
 */
import { formatMinutes } from '../interruptions';
import { encodeMarker } from '../markers';
import { BlockedLine, CommitLine, DoingLine, isEmptyUpdate, LIMITS, StandupLine, StandupUpdate } from './update';
import * as l10n from '@vscode/l10n';

export const SECTIONS = { done: 'Done', doing: 'Doing', blocked: 'Blocked', interruptions: 'Interruptions', commits: 'Commits linked to goals', notes: 'Notes' } as const;
type Section = keyof typeof SECTIONS;

/** Markdown special characters escaped so the text reads as typed; mentions broken so nobody is pinged. */
export function plainText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '@\u200b')
    .trim();
}

const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url.replace(/[<>\s]/g, encodeURIComponent) : undefined);

function item(line: StandupLine): string {
  const url = safeUrl(line.url);
  const reference = plainText(line.reference);
  const title = plainText(line.title);
  if (line.reference === line.title) {
    return url ? `[${title}](<${url}>)` : title;
  }
  return url ? `[${reference}](<${url}>) ${title}` : `${reference} ${title}`;
}

/** "Mon 1 Dec 17:05", in a time zone. */
export function formatLocalTime(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
}

const days = (from: string, to: string) => Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000));

function doingLine(line: DoingLine): string {
  const parts = [item(line), line.status && plainText(line.status), line.estimate !== undefined && (line.estimate === 1 ? l10n.t('{0} pt', line.estimate) : l10n.t('{0} pts', line.estimate)), line.goal && l10n.t('goal {0}', plainText(line.goal)), line.active && l10n.t('active')];
  return parts.filter(Boolean).join(' · ');
}

function blockedLine(line: BlockedLine, now: string): string {
  const age = line.since ? days(line.since, now) : undefined;
  const parts = [item(line), plainText(line.reason), age !== undefined && (age === 1 ? l10n.t('for 1 day') : l10n.t('for {0} days', age)), line.waitingFor && l10n.t('waiting for {0}', plainText(line.waitingFor))];
  return parts.filter(Boolean).join(' · ');
}

function commitLine(commit: CommitLine): string {
  const sha = commit.sha.slice(0, 7);
  const url = safeUrl(commit.url);
  return `${url ? `[${sha}](<${url}>)` : sha} ${plainText(commit.headline)} → ${plainText(commit.goal)}`;
}

/** The text the person edits: one section per kind of news, empty sections left out, and a Notes section to fill. */
export function draftText(update: StandupUpdate): string {
  const lines: string[] = [`Since ${formatLocalTime(update.since, update.timeZone)} (${update.timeZone})`];
  const section = (name: Section, rows: string[]) => rows.length && lines.push('', `### ${SECTIONS[name]}`, ...rows.map((r) => `- ${r}`));
  section('done', update.done.map(item));
  section('doing', update.doing.map(doingLine));
  section('blocked', update.blocked.map((l) => blockedLine(l, update.postedAt)));
  const { count, minutes } = update.interruptions;
  section('interruptions', count ? [count === 1 ? l10n.t('1 interruption, {0}', formatMinutes(minutes)) : l10n.t('{0} interruptions, {1}', count, formatMinutes(minutes))] : []);
  section('commits', update.commits.map(commitLine));
  if (isEmptyUpdate(update)) {
    lines.push('', l10n.t('Nothing new to report since then.'));
  }
  lines.push('', `### ${SECTIONS.notes}`, '', update.note ?? '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The text of each `### Heading` section of an edited draft, by heading (lower case); one pass over the lines. */
export function draftSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | undefined;
  let body: string[] = [];
  const close = () => current !== undefined && sections.set(current, body.join('\n'));
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('### ')) {
      close();
      current = trimmed.slice(4).trim().toLowerCase();
      body = [];
    } else if (current !== undefined) {
      body.push(raw);
    }
  }
  close();
  return sections;
}

/**
 * The update as the person left it: a line counts when its item is still named in its section of the edited text;
 * the Notes section becomes the note. What the person deleted is not claimed in the marker.
 */
export function keptInDraft(update: StandupUpdate, text: string): StandupUpdate {
  const sections = draftSections(text);
  const sectionText = (name: Section) => sections.get(SECTIONS[name].toLowerCase());
  const keep = <T extends StandupLine>(name: Section, lines: readonly T[]) => {
    const body = sectionText(name);
    return body === undefined ? [] : lines.filter((l) => body.includes(plainText(l.reference)) || body.includes(plainText(l.title)));
  };
  const commitsText = sectionText('commits');
  const note = (sectionText('notes') ?? '').trim().slice(0, LIMITS.note);
  return {
    ...update,
    done: keep('done', update.done),
    doing: keep('doing', update.doing),
    blocked: keep('blocked', update.blocked),
    interruptions: sectionText('interruptions') === undefined ? { count: 0, minutes: 0 } : update.interruptions,
    commits: commitsText === undefined ? [] : update.commits.filter((c) => commitsText.includes(c.sha.slice(0, 7))),
    ...(note ? { note } : { note: undefined }),
  };
}

/**
 * The comment posted to the thread: the person's text (an empty Notes heading dropped, HTML comments defused so the
 * text cannot carry a marker of its own), then the marker.
 */
export function updateComment(text: string, update: StandupUpdate): string {
  const visible = text
    .replace(/<!--/g, '&lt;!--')
    .replace(/\n### Notes\s*$/i, '')
    .trim();
  const record = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined)) as StandupUpdate;
  return `${visible}\n\n${encodeMarker(record)}`;
}
