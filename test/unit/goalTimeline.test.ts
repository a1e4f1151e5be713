import * as assert from 'node:assert/strict';
import { goalLinkComment, GoalTimelineEntry, linkedCommits, parseCommitName, sameSha } from '../../src/core/goalTimeline';
import { encodeMarker } from '../../src/core/markers';

const GOAL = 'northwind/api#1';
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

const referenced = (sha: string, date?: string, headline?: string): GoalTimelineEntry => ({
  kind: 'referenced',
  commit: { sha, repository: 'northwind/api', date, headline },
});
/** A comment written by a member of the team, as GitHub describes it. */
const byMember = (body: string) => ({ body, author: 'mara', authorAssociation: 'MEMBER' });
const linkComment = (goal: string, commit: string, committedAt?: string): GoalTimelineEntry => ({
  kind: 'comment',
  comment: byMember(goalLinkComment({ goal, commit, committedAt })),
  createdAt: '2025-03-05T10:00:00Z',
});

describe('goal timeline: linked commits', () => {
  it('counts a commit once however many events bring it', () => {
    const linked = linkedCommits(
      [
        referenced(A, '2025-03-01T10:00:00Z', 'Sign webhooks'),
        { kind: 'crossReferenced', commits: [{ sha: A }, { sha: B, date: '2025-03-02T10:00:00Z' }] },
        { kind: 'connected', commits: [{ sha: B }] },
        { kind: 'closed', commits: [{ sha: B }] },
        linkComment(GOAL, `northwind/api@${A}`),
      ],
      GOAL,
    );
    assert.equal(linked.count, 2);
    assert.deepEqual(linked.commits.map((c) => c.sha), [B, A]);
  });

  it('treats an abbreviated SHA as the full one it starts, keeping the full SHA', () => {
    const linked = linkedCommits([linkComment(GOAL, `northwind/api@${A.slice(0, 7)}`), referenced(A)], GOAL);
    assert.equal(linked.count, 1);
    assert.equal(linked.commits[0].sha, A);
    assert.equal(sameSha('abc1234', 'abc12'), false, 'fewer than 7 digits name nothing for sure');
  });

  it('fills what one record lacks from another and names the newest commit as latest', () => {
    const linked = linkedCommits(
      [referenced(A), referenced(C, '2025-03-04T08:00:00Z'), { kind: 'closed', commits: [{ sha: A, date: '2025-03-06T09:00:00Z', headline: 'Done' }] }],
      GOAL,
    );
    assert.deepEqual(linked.latest, { sha: A, repository: 'northwind/api', headline: 'Done', date: '2025-03-06T09:00:00Z', url: undefined });
  });

  it('reads goal-link comments for this goal only, and counts unreadable markers as skipped', () => {
    const damaged = '<!-- sprint-flow:v1 {"kind":"goal-link", -->';
    const newer = '<!-- sprint-flow:v9 {"kind":"goal-link"} -->';
    const badCommit = encodeMarker({ kind: 'goal-link', goal: GOAL, commit: 'not a commit' });
    const linked = linkedCommits(
      [
        linkComment('northwind/web#2', `northwind/web@${B}`),
        { kind: 'comment', comment: byMember(`Looks good.\n${damaged}\n${newer}\n${badCommit}`) },
        { kind: 'comment', comment: byMember(encodeMarker({ kind: 'standup', goal: GOAL, commit: `northwind/api@${B}` })) },
        linkComment(GOAL, `northwind/api@${C}`, '2025-03-03T12:00:00Z'),
      ],
      GOAL,
    );
    assert.deepEqual(linked.commits.map((c) => [c.sha, c.repository, c.date]), [[C, 'northwind/api', '2025-03-03T12:00:00Z']]);
    assert.equal(linked.skipped, 3);
  });

  it('ignores records that name no commit', () => {
    const linked = linkedCommits([{ kind: 'connected', commits: [] }, referenced('not-a-sha')], GOAL);
    assert.deepEqual(linked, { commits: [], count: 0, latest: undefined, skipped: 0, leftOut: {}, leftOutRecords: [] });
  });

  it('writes a link comment people can read, with the commit in GitHub\'s OWNER/REPO@SHA form', () => {
    const body = goalLinkComment({ goal: GOAL, commit: `northwind/api@${A}`, headline: 'Close </script> -->' });
    assert.match(body, new RegExp(`^Commit northwind/api@${A} is part of this sprint goal`));
    assert.equal((body.match(/-->/g) ?? []).length, 1, 'the headline cannot close the marker');
    assert.deepEqual(parseCommitName(`Northwind/API@${A.toUpperCase()}`), { repository: 'Northwind/API', sha: A });
  });
});
