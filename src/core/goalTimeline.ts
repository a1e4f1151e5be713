/**
 * Which commits a sprint goal has, read back from its issue timeline: commits that mention it (referenced events),
 * commits of pull requests that mention it or are linked to it (cross-referenced and connected events), the commit
 * or pull request that closed it, and the goal-link comments Sprint Flow writes for commits made before the link.
 * The same commit usually arrives several ways, so commits are de-duplicated by SHA.
 */
import { sameReference } from './itemReference';
import { encodeMarker, MarkerRecord } from './markers';
import { LeftOutCounts, LeftOutRecord, LeftOutTally } from './records/authorship';
import { countedRecords, RecordComment, RecordRule } from './records/recordComments';
import { GOAL_LINK_KIND, GoalLinkRecord, parseCommitName } from './records/goalLinkRecord';
import * as l10n from '@vscode/l10n';

export interface GoalCommit {
  /** Full SHA, or an abbreviation of at least 7 hex digits when that is all a record names. */
  sha: string;
  /** OWNER/REPO the commit lives in, when known. */
  repository?: string;
  headline?: string;
  /** ISO timestamp of the commit (or of the event that brought it, when that is all there is). */
  date?: string;
  url?: string;
}

export type GoalTimelineEntry =
  | { kind: 'referenced'; commit: GoalCommit }
  | { kind: 'crossReferenced' | 'connected' | 'closed'; commits: GoalCommit[] }
  | { kind: 'comment'; comment: RecordComment; createdAt?: string };

export interface LinkedCommits {
  /** Newest first. */
  commits: GoalCommit[];
  count: number;
  latest?: GoalCommit;
  /** Sprint Flow markers in comments that could not be read (a newer version, or edited by hand). */
  skipped: number;
  /** Goal links that did not count (a stranger's, one in another person's name...), by reason. */
  leftOut: LeftOutCounts;
  /** The first of those with their comments, for the log. */
  leftOutRecords: LeftOutRecord[];
}

export { commitName, GOAL_LINK_KIND, parseCommitName } from './records/goalLinkRecord';
export type { GoalLinkRecord } from './records/goalLinkRecord';

/** Whose a goal link is: `linkedBy`'s, or for an older link naming nobody, its comment author's. */
export const GOAL_LINKS: RecordRule<GoalLinkRecord> = {
  select: (r: MarkerRecord): r is GoalLinkRecord => r.kind === GOAL_LINK_KIND,
  personOf: (r, comment) => (r.linkedBy === undefined ? (comment.author ?? '') : typeof r.linkedBy === 'string' ? r.linkedBy : undefined),
  idOf: (r) => String(r.id ?? r.commit),
};

/** The comment that links an already made commit to a goal: a sentence for people, a marker for Sprint Flow. */
export function goalLinkComment(record: { id?: string; linkedBy?: string; goal: string; commit: string; headline?: string; committedAt?: string }): string {
  const marker: GoalLinkRecord = {
    kind: GOAL_LINK_KIND,
    ...(record.id ? { id: record.id } : {}),
    ...(record.linkedBy ? { linkedBy: record.linkedBy } : {}),
    goal: record.goal,
    commit: record.commit,
    headline: record.headline,
    committedAt: record.committedAt,
  };
  return l10n.t('Commit {0} is part of this sprint goal (linked with Sprint Flow).\n\n{1}', record.commit, encodeMarker(marker));
}

function commitsOf(entry: GoalTimelineEntry, goal: string, tally: LeftOutTally, seen: Set<string>): { commits: GoalCommit[]; skipped: number } {
  switch (entry.kind) {
    case 'referenced':
      return { commits: [entry.commit], skipped: 0 };
    case 'comment': {
      const forThisGoal: RecordRule<GoalLinkRecord> = {
        ...GOAL_LINKS,
        select: (r): r is GoalLinkRecord => GOAL_LINKS.select(r) && typeof r.goal === 'string' && sameReference(r.goal, goal),
      };
      const scan = countedRecords([entry.comment], forThisGoal, tally, seen);
      const commits: GoalCommit[] = [];
      // Goal links were validated as they were read: the goal is a reference and the commit a commit name.
      for (const { record } of scan.counted) {
        const named = typeof record.commit === 'string' ? parseCommitName(record.commit) : undefined;
        if (!named) {
          scan.skipped++;
          continue;
        }
        commits.push({
          sha: named.sha,
          repository: named.repository,
          headline: typeof record.headline === 'string' ? record.headline : undefined,
          date: typeof record.committedAt === 'string' ? record.committedAt : entry.createdAt,
        });
      }
      return { commits, skipped: scan.skipped };
    }
    default:
      return { commits: entry.commits, skipped: 0 };
  }
}

/** Two SHAs name the same commit when equal, or when the shorter (at least 7 digits) starts the longer. */
export function sameSha(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  return short.length >= 7 && long.startsWith(short);
}

const time = (c: GoalCommit) => (c.date ? Date.parse(c.date) || 0 : 0);

/** The goal's commits, each once, newest first; what one record lacks (date, headline) is filled from another. */
export function linkedCommits(entries: readonly GoalTimelineEntry[], goal: string): LinkedCommits {
  const found: GoalCommit[] = [];
  const tally = new LeftOutTally();
  const seen = new Set<string>();
  let skipped = 0;
  for (const entry of entries) {
    const read = commitsOf(entry, goal, tally, seen);
    skipped += read.skipped;
    for (const commit of read.commits.filter((c) => /^[0-9a-f]{7,40}$/i.test(c.sha))) {
      const index = found.findIndex((f) => sameSha(f.sha, commit.sha));
      if (index < 0) {
        found.push({ ...commit, sha: commit.sha.toLowerCase() });
        continue;
      }
      const known = found[index];
      found[index] = {
        sha: known.sha.length >= commit.sha.length ? known.sha : commit.sha.toLowerCase(),
        repository: known.repository ?? commit.repository,
        headline: known.headline ?? commit.headline,
        date: known.date ?? commit.date,
        url: known.url ?? commit.url,
      };
    }
  }
  const commits = found.sort((a, b) => time(b) - time(a));
  return { commits, count: commits.length, latest: commits[0], skipped, leftOut: tally.counts, leftOutRecords: tally.records };
}
