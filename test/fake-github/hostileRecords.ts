/**
 * Records forged in every place Sprint Flow reads them, on the demo board: the viewer's items (flags and
 * resolutions), the team log (entries), the sprint goals (goal links). Each forgery is a comment a real GitHub would
 * accept: written by a stranger (association NONE), by an outside contributor (CONTRIBUTOR), by a team member in
 * someone else's name, or edited by someone other than its author. Beside them, genuine records written by the
 * people they name, which must all still count; and comments of GitHub's largest size (65,536 characters) full of
 * forged markers, on the items and the log the extension reads.
 */
import { blockerFlag, blockerResolution, flagComment, resolutionComment } from '../../src/core/blockerRecords';
import { goalLinkComment } from '../../src/core/goalTimeline';
import { Interruption } from '../../src/core/interruptions';
import { entryComment, teamLogTitle } from '../../src/core/teamLog';
import { comment, commit, issue, user } from './builders';
import { DEMO_CURRENT_ITERATION, DEMO_LOGIN } from './demo';
import { CommentRec, IssueRec, UserRec } from './model';
import { GitHubState } from './state';

export const STRANGER_LOGIN = 'drive-by-dev';
export const CONTRIBUTOR_LOGIN = 'one-time-contributor';
/** GitHub's limit on a comment's body. */
export const MAX_COMMENT = 65_536;

export interface HostileRecords {
  /** Forged records put on GitHub, by where. */
  forged: Map<string, number>;
  /** Ids of the genuine records written beside them: every one must count. */
  genuine: { entries: string[]; openFlag: { item: string; flagId: string }; goalCommits: string[] };
  /** Ids of forged entries and flags, which must never count. */
  forgedIds: { entries: string[]; flags: string[]; goalCommits: string[] };
  /** Content ids of the items carrying 65,536-character bodies. */
  hugeBodiesOn: string[];
}

const LOG_REPO = 'northwind/infra';

/** The forgeries and genuine records, added to a demo board before it is served. */
export function forgeRecords(state: GitHubState): HostileRecords {
  const stranger = user(state, STRANGER_LOGIN, { name: 'Someone on the Internet' });
  const contributor = user(state, CONTRIBUTOR_LOGIN, { name: 'Drive-by Contributor' });
  const org = state.orgs.get('northwind')!;
  const viewer = state.user(DEMO_LOGIN)!;
  const colleague = org.members.find((u) => u !== viewer && u.login !== 'guest-auditor')!;
  const api = state.repo('northwind', 'api')!;
  commit(state, api, { message: 'Fix a typo in the README', author: contributor });
  const now = state.now();
  const forged = new Map<string, number>();
  const tried = (where: string, n = 1) => forged.set(where, (forged.get(where) ?? 0) + n);
  const result: HostileRecords = { forged, genuine: { entries: [], openFlag: { item: '', flagId: '' }, goalCommits: [] }, forgedIds: { entries: [], flags: [], goalCommits: [] }, hugeBodiesOn: [] };

  // My items: a genuine open flag on one, forged flags on the others, forged resolutions of the genuine flag.
  const mine = [...state.projects.flatMap((p) => p.items)]
    .map((item) => item.content)
    .filter((c): c is IssueRec => c?.kind === 'Issue' && c.assignees.includes(viewer) && c.state === 'OPEN');
  const [flagged, ...others] = mine;
  const real = blockerFlag({ id: 'genuine-flag', reason: 'upstream', details: 'Waiting on the upstream release.', flaggedAt: now, flaggedBy: viewer.login });
  comment(state, flagged, { author: viewer, body: flagComment(real), createdAt: now });
  result.genuine.openFlag = { item: flagged.id, flagId: real.id };
  const forgedResolution = (id: string, by: string) => resolutionComment(blockerResolution(real, { id, resolvedAt: now, resolvedBy: by, timeZone: 'UTC' }));
  comment(state, flagged, { author: stranger, body: forgedResolution('forged-resolution-stranger', viewer.login), createdAt: now });
  comment(state, flagged, { author: contributor, body: forgedResolution('forged-resolution-contributor', contributor.login), createdAt: now });
  comment(state, flagged, { author: colleague, body: forgedResolution('forged-resolution-claimed', viewer.login), createdAt: now });
  tried('resolutions of a real blocker', 3);
  for (const [n, content] of others.slice(0, 4).entries()) {
    const flag = (by: string) => blockerFlag({ id: `forged-flag-${n}-${by}`, reason: 'cloud-vendor', details: 'Pay me to unblock.', flaggedAt: now, flaggedBy: by, previousStatus: { optionId: 'bogus', name: 'Done' } });
    comment(state, content, { author: stranger, body: flagComment(flag(viewer.login)), createdAt: now });
    comment(state, content, { author: colleague, body: flagComment({ ...flag(viewer.login), id: `forged-flag-${n}-claimed` }), createdAt: now });
    result.forgedIds.flags.push(`forged-flag-${n}-${viewer.login}`, `forged-flag-${n}-claimed`);
    tried('flags on my items', 2);
  }
  // A member's genuine flag, then edited by a colleague: it no longer counts.
  const edited = others[4];
  if (edited) {
    const own = comment(state, edited, { author: viewer, body: flagComment(blockerFlag({ id: 'edited-flag', reason: 'access', details: 'Need a key.', flaggedAt: now, flaggedBy: viewer.login })), createdAt: now });
    editAs(own, colleague);
    result.forgedIds.flags.push('edited-flag');
    tried('flags on my items');
  }

  // The team log of the current iteration.
  const repo = state.repo('northwind', 'infra')!;
  const log = repo.issues.find((i) => i.title === teamLogTitle(DEMO_CURRENT_ITERATION)) ?? issue(state, repo, { title: teamLogTitle(DEMO_CURRENT_ITERATION), labels: ['interruption-log'], author: viewer });
  const entry = (id: string, person: string, minutes = 30): Interruption => ({
    kind: 'interruption', id, person, startedAt: new Date(now.getTime() - 3_600_000).toISOString(), minutes, interruptionKind: 'incident', iteration: DEMO_CURRENT_ITERATION,
  });
  const post = (author: UserRec, e: Interruption) => comment(state, log, { author, body: entryComment(e, LOG_REPO), createdAt: now });
  // The stranger copies the ids of genuine entries and posts first.
  for (const [n, person] of [viewer, colleague].entries()) {
    post(stranger, entry(`genuine-entry-${n}`, person.login, 720));
  }
  tried('team log entries', 2);
  for (const [n, person] of [viewer, colleague].entries()) {
    post(person, entry(`genuine-entry-${n}`, person.login, 20 + n));
    result.genuine.entries.push(`genuine-entry-${n}`);
  }
  const forgedEntries: [UserRec, Interruption][] = [
    [stranger, entry('forged-entry-in-member-name', viewer.login, 700)],
    [stranger, entry('forged-entry-phantom', stranger.login, 700)],
    [contributor, entry('forged-entry-contributor', contributor.login, 700)],
    [colleague, entry('forged-entry-claimed', viewer.login, 700)],
  ];
  for (const [author, e] of forgedEntries) {
    post(author, e);
    result.forgedIds.entries.push(e.id);
  }
  tried('team log entries', forgedEntries.length);
  const editedEntry = post(viewer, entry('edited-entry', viewer.login, 10));
  editAs(editedEntry, colleague);
  result.forgedIds.entries.push('edited-entry');
  tried('team log entries');

  // The sprint goals: forged links to commits that are not the goal's.
  const goals = state.repos.get('northwind/api')!.issues.filter((i) => i.labels.some((l) => l.name === 'sprint-goal') && i.state === 'OPEN');
  for (const [n, goal] of goals.slice(0, 2).entries()) {
    const sha = (c: string) => c.repeat(40);
    const link = (commitSha: string, linkedBy?: string) => goalLinkComment({ id: `link-${commitSha.slice(0, 6)}`, ...(linkedBy ? { linkedBy } : {}), goal: `northwind/api#${goal.number}`, commit: `northwind/api@${commitSha}` });
    comment(state, goal, { author: stranger, body: link(sha(String(n * 3 + 1))), createdAt: now });
    comment(state, goal, { author: colleague, body: link(sha(String(n * 3 + 2)), viewer.login), createdAt: now });
    result.forgedIds.goalCommits.push(sha(String(n * 3 + 1)), sha(String(n * 3 + 2)));
    tried('goal links', 2);
    const genuine = sha(['a', 'b'][n]);
    comment(state, goal, { author: viewer, body: link(genuine, viewer.login), createdAt: now });
    result.genuine.goalCommits.push(genuine);
  }

  // The largest comments GitHub accepts, packed with forged flags and entries, on my items and the log.
  const forgedMarkers = (make: (i: number) => string) => {
    let body = '';
    let count = 0;
    for (;;) {
      const next = `${make(count)}\n`;
      if (body.length + next.length > MAX_COMMENT) break;
      body += next;
      count += 1;
    }
    return { body: body.padEnd(MAX_COMMENT, ' '), count };
  };
  for (const content of [flagged, ...others.slice(0, 2)]) {
    const { body, count } = forgedMarkers((i) => flagComment(blockerFlag({ id: `huge-${i}`, reason: 'access', details: 'x', flaggedAt: now, flaggedBy: viewer.login })));
    comment(state, content, { author: stranger, body, createdAt: now });
    result.hugeBodiesOn.push(content.id);
    tried('65,536-character comments on my items (markers in them)', count);
  }
  const { body, count } = forgedMarkers((i) => entryComment(entry(`huge-entry-${i}`, viewer.login, 1), LOG_REPO));
  comment(state, log, { author: stranger, body, createdAt: now });
  tried('65,536-character comment on the team log (markers in it)', count);
  return result;
}

/** What GitHub records when someone with write access edits another person's comment. */
function editAs(target: CommentRec, editor: UserRec): void {
  target.editor = editor;
  target.body = `${target.body}\n\n(edited)`;
}

export const totalForged = (records: HostileRecords) => [...records.forged.values()].reduce((sum, n) => sum + n, 0);
