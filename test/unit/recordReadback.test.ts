/**
 * Records written once and read back whole: a goal link is never posted twice, and a blocker flag buried under many
 * later comments is still found, against the local GitHub over HTTP.
 */
import * as assert from 'node:assert/strict';
import { blockerFlag, flagComment } from '../../src/core/blockerRecords';
import { readMarkers } from '../../src/core/markers';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { loadSprint } from '../../src/github/sprintLoader';
import { linkCommitByComment } from '../../src/github/workWrites';
import { comment, DEMO_LOGIN, DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, GitHubState, startFakeGitHub } from '../fake-github';
import { IssueRec } from '../fake-github/model';
import { apiFor } from './githubHarness';

describe('records read back whole', function () {
  this.timeout(60_000);
  let state: GitHubState;
  let github: FakeGitHub;

  beforeEach(async () => {
    state = demoBoard();
    github = await startFakeGitHub({ state });
  });

  afterEach(() => github.close());

  const sprint = async () => {
    const load = await loadSprint(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), { fieldOverrides: {}, timeZone: 'UTC', now: new Date() });
    assert.ok(load.kind === 'ready');
    return load.snapshot;
  };

  it('posts a goal link once, however often it is tried: a retry finds the comment an earlier attempt wrote', async () => {
    const goal = state.repo('northwind', 'api')!.issues.find((i) => i.labels.some((l) => l.name === 'sprint-goal'))!;
    const api = apiFor(github, DEMO_TOKEN);
    const commit = { repository: 'northwind/api', sha: 'a'.repeat(40), headline: 'Rotate the keys' };
    const target = { id: goal.id, reference: `northwind/api#${goal.number}` };
    const before = goal.comments.length;
    const first = await linkCommitByComment(api, target, commit, 'link-1');
    // The answer was lost, so the pending link tries again; or the person runs the command a second time.
    const again = await linkCommitByComment(api, target, commit, 'link-1');
    const twice = await linkCommitByComment(api, target, commit, 'link-2');
    assert.equal(goal.comments.length, before + 1);
    assert.equal(again, first);
    assert.equal(twice, first);
    const record = readMarkers(goal.comments.at(-1)!.body).records[0];
    assert.equal(record.linkedBy, DEMO_LOGIN, 'the link names who made it, so readers can check its author');
    assert.equal(record.id, 'link-1');
  });

  it('finds a blocked item\'s open flag under more than 30 later comments', async () => {
    const mine = (await sprint()).items.find((i) => i.type === 'ISSUE' && i.contentId && !i.openBlocker)!;
    const content = state.node(mine.contentId!) as IssueRec;
    const me = state.user(DEMO_LOGIN)!;
    const flag = blockerFlag({ id: 'old-flag', reason: 'upstream', details: 'Waiting on the release.', flaggedAt: new Date(Date.now() - 86_400_000), flaggedBy: DEMO_LOGIN });
    comment(state, content, { author: me, body: flagComment(flag) });
    for (let i = 0; i < 140; i += 1) {
      comment(state, content, { author: me, body: `Still waiting (${i}).` });
    }
    // Moved to the blocked column, as flagging does.
    const project = state.projects.find((p) => p.items.some((item) => item.id === mine.id))!;
    const item = project.items.find((it) => it.id === mine.id)!;
    const status = project.fields.find((f) => f.name === 'Status')!;
    item.values.set(status.id, { type: 'singleSelect', optionId: status.options.find((o) => /block/i.test(o.name))!.id, updatedAt: new Date(), creator: me });
    content.updatedAt = new Date();
    github.requestLog.length = 0;
    const blocked = (await sprint()).items.find((i) => i.id === mine.id)!;
    assert.equal(blocked.openBlocker?.id, 'old-flag');
    assert.equal(github.requestLog.filter((r) => r.operationName === 'ItemEarlierComments').length, 2, 'paged back only as far as the flag');
  });
});
