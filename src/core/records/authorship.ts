import * as l10n from '@vscode/l10n';
/**
 * Who wrote a record, and whether it counts. The team's repositories are usually public, so anyone can comment where
 * Sprint Flow reads: a record counts only when GitHub says its comment was written by the person the record is about,
 * that person is on the team, and nobody else edited the comment since. Everything left out is tallied by reason so
 * the views can say what was ignored.
 */

/** What GitHub says about a comment (or an issue, or a discussion) that holds records. */
export interface Authorship {
  /** `author.login`; absent for a deleted account ("ghost"). */
  author?: string;
  /** `authorAssociation`: OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIMER, FIRST_TIME_CONTRIBUTOR, MANNEQUIN, NONE. */
  authorAssociation?: string;
  /** `editor.login`: who edited the body last, when it was edited. */
  editor?: string;
  /**
   * `lastEditedAt`: when the body was last edited. GitHub answers it with no `editor` when the editor's account is
   * gone, and then nobody can say the author wrote what the comment holds now.
   */
  lastEditedAt?: string;
  /**
   * Someone with write access hid the comment as spam or abuse (`isMinimized`, `minimizedReason`). A comment hidden
   * as outdated, resolved, duplicate or off-topic is the team tidying a thread: its record still counts.
   */
  hiddenAsAbuse?: boolean;
}

/**
 * The team: people GitHub associates with the repository as its owner, a member of its organization or an invited
 * collaborator. For a user-owned repository that is the owner and the collaborators they invited; contributors
 * whose pull requests were merged are not the team.
 */
const TEAM_ASSOCIATIONS: ReadonlySet<string> = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

export function isTeamAssociation(association: string | undefined): boolean {
  return association !== undefined && TEAM_ASSOCIATIONS.has(association);
}

export type LeftOutReason =
  /** The comment's author is not OWNER, MEMBER or COLLABORATOR of the repository. */
  | 'outside-team'
  /** The record names someone other than the comment's author. */
  | 'claims-another-person'
  /** Someone other than the author edited the comment, or GitHub no longer says who did. */
  | 'edited-by-someone-else'
  /** Someone on the team hid the comment on GitHub as spam or abuse. */
  | 'hidden'
  /** The same author already wrote a record with this id. */
  | 'duplicate'
  /** Ours, but unreadable or failing validation: a newer version, damaged JSON, a field out of range. */
  | 'unreadable';

/**
 * A login in one case. GitHub logins are ASCII, so only A-Z fold: `toLowerCase` would also fold look-alikes such as
 * U+212A KELVIN SIGN into "k", letting a record name someone who only looks like its author.
 */
const loginKey = (login: string) => login.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

const sameLogin = (a: string, b: string) => loginKey(a) === loginKey(b);

/**
 * Why a record about `person` in a comment with this authorship does not count, or undefined when it does: written
 * outside the team, hidden by the team, edited by someone else (or by someone GitHub no longer names), or naming
 * another person. Logins compare without case in A-Z only, as GitHub's do.
 */
export function leftOutReason(comment: Authorship, person: string): LeftOutReason | undefined {
  if (!comment.author || !isTeamAssociation(comment.authorAssociation)) {
    return 'outside-team';
  }
  if (comment.hiddenAsAbuse) {
    return 'hidden';
  }
  if (comment.editor ? !sameLogin(comment.editor, comment.author) : !!comment.lastEditedAt) {
    return 'edited-by-someone-else';
  }
  return sameLogin(comment.author, person) ? undefined : 'claims-another-person';
}

/** The de-duplication key of a record: nobody can shadow another person's record by reusing its id. */
export function recordKey(author: string, id: string): string {
  return `${loginKey(author)}\u0000${id}`;
}

export type LeftOutCounts = Partial<Record<LeftOutReason, number>>;

/** One record left out, for the extension's log: the comment it was in and why. */
export interface LeftOutRecord {
  reason: LeftOutReason;
  /** The comment's URL, when GitHub gave one. */
  url?: string;
  /** Who wrote the comment, as GitHub says. */
  author?: string;
}

/** The log names at most this many comments per read: a flood of forged comments must not flood the log too. */
export const MAX_LOGGED_LEFT_OUT = 50;

/** Counts of records left out, by reason, as the views show them, and the first few comments, for the log. */
export class LeftOutTally {
  readonly counts: LeftOutCounts = {};
  readonly records: LeftOutRecord[] = [];

  add(reason: LeftOutReason, n = 1, where?: Omit<LeftOutRecord, 'reason'>): void {
    this.counts[reason] = (this.counts[reason] ?? 0) + n;
    if (where && this.records.length < MAX_LOGGED_LEFT_OUT) {
      this.records.push({ reason, ...where });
    }
  }

  addAll(other: LeftOutCounts): void {
    for (const [reason, n] of Object.entries(other) as [LeftOutReason, number][]) {
      this.add(reason, n);
    }
  }

  merge(other: { readonly counts: LeftOutCounts; readonly records: readonly LeftOutRecord[] }): void {
    for (const [reason, n] of Object.entries(other.counts) as [LeftOutReason, number][]) {
      this.counts[reason] = (this.counts[reason] ?? 0) + n;
    }
    this.records.push(...other.records.slice(0, MAX_LOGGED_LEFT_OUT - this.records.length));
  }

  get total(): number {
    return Object.values(this.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  }
}

const PHRASES = (): Record<LeftOutReason, [one: string, many: string]> => ({
  'outside-team': [l10n.t('written by someone outside the team'), l10n.t('written by people outside the team')],
  'claims-another-person': [l10n.t('claims another person'), l10n.t('claim another person')],
  'edited-by-someone-else': [l10n.t('edited by someone other than its author'), l10n.t('edited by someone other than their authors')],
  hidden: [l10n.t('hidden on GitHub as spam or abuse'), l10n.t('hidden on GitHub as spam or abuse')],
  duplicate: [l10n.t('repeats an id its author already used'), l10n.t('repeat ids their authors already used')],
  unreadable: [l10n.t('could not be read'), l10n.t('could not be read')],
});

const ORDER: readonly LeftOutReason[] = ['outside-team', 'claims-another-person', 'edited-by-someone-else', 'hidden', 'duplicate', 'unreadable'];

/** "comment URL (by login): reason" for each logged record, one line each. */
export function describeLeftOutRecords(records: readonly LeftOutRecord[]): string[] {
  return records.map((r) => l10n.t('{0} (by {1}): {2}', r.url ?? l10n.t('a comment without a link'), r.author ?? l10n.t('a deleted account'), PHRASES()[r.reason][0]));
}

/** One sentence per reason, most telling first: "3 records written by people outside the team". */
export function describeLeftOut(counts: LeftOutCounts): string[] {
  return ORDER.filter((reason) => (counts[reason] ?? 0) > 0).map((reason) => {
    const n = counts[reason] ?? 0;
    return n === 1 ? l10n.t('1 record {0}', PHRASES()[reason][0]) : l10n.t('{0} records {1}', n, PHRASES()[reason][1]);
  });
}
