/** The goal-link record and the commit names it holds, apart from the marker code so validation can use them. */

export const GOAL_LINK_KIND = 'goal-link';

export interface GoalLinkRecord {
  kind: typeof GOAL_LINK_KIND;
  /** Unique per link: what lets a retried post find the comment an earlier attempt wrote. Absent in older links. */
  id?: string;
  /** Who linked it: the comment must be theirs. Absent in older links, which are their comment author's. */
  linkedBy?: string;
  /** OWNER/REPO#N of the goal. */
  goal: string;
  /** OWNER/REPO@SHA of the commit. */
  commit: string;
  headline?: string;
  committedAt?: string;
  [key: string]: unknown;
}

/** Longest commit name read: an owner (39), a repository (100), "@" and a full SHA (40), with room to spare. */
const MAX_COMMIT_NAME_LENGTH = 200;

const COMMIT_NAME = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{7,40})$/i;

/** `OWNER/REPO@SHA`, the way GitHub names (and links) a commit from any repository. */
export function commitName(repository: string, sha: string): string {
  return `${repository}@${sha}`;
}

export function parseCommitName(name: string): { repository: string; sha: string } | undefined {
  if (name.length > MAX_COMMIT_NAME_LENGTH) {
    return undefined;
  }
  const match = COMMIT_NAME.exec(name.trim());
  return match ? { repository: match[1], sha: match[2].toLowerCase() } : undefined;
}
