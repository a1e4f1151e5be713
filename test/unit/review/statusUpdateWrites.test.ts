import * as assert from 'node:assert/strict';
import { createStatusUpdate, readStatusUpdates } from '../../../src/github/review/statusUpdates';
import { DEMO_TOKEN, demoBoard, FakeGitHub, GitHubState, startFakeGitHub } from '../../fake-github';
import { apiFor } from '../githubHarness';

describe('writing a project status update', () => {
  let state: GitHubState;
  let github: FakeGitHub;
  let projectId: string;

  beforeEach(async () => {
    state = demoBoard();
    github = await startFakeGitHub({ state });
    projectId = state.projects.find((p) => p.number === 7)!.id;
  });
  afterEach(() => github.close());

  const lostWrites = () => github.requestLog.filter((r) => r.fault === 'droppedAfterWrite');

  it('writes it once when GitHub stored it but its answer was lost, and returns what GitHub stored', async () => {
    const api = apiFor(github, DEMO_TOKEN);
    const before = (await readStatusUpdates(api, projectId)).length;
    github.switches.dropResponseAfterWrite = true;
    const body = '# Sprint review · Iteration 41\n\nWritten once.';
    // Only writes lose their answers: the read back after it is answered.
    const update = await createStatusUpdate(api, projectId, { body, status: 'ON_TRACK', startDate: '2026-11-09', targetDate: '2026-11-22' });
    github.switches.dropResponseAfterWrite = false;
    const after = await readStatusUpdates(api, projectId);
    assert.equal(after.length, before + 1);
    assert.equal(lostWrites().length, 1, 'the write was sent again');
    assert.equal(update.id, after[0].id);
    assert.equal(update.body, body);
  });

  it('says so, and has written nothing, when GitHub refused the write', async () => {
    const api = apiFor(github, DEMO_TOKEN);
    const before = (await readStatusUpdates(api, projectId)).length;
    github.switches.failWrites = 1;
    await assert.rejects(createStatusUpdate(api, projectId, { body: 'Not stored.' }));
    github.switches.failWrites = 0;
    assert.equal((await readStatusUpdates(api, projectId)).length, before);
  });
});
