import * as assert from 'node:assert/strict';
import { blockerFlag, blockerResolution } from '../../src/core/blockerRecords';
import { GitHubApi } from '../../src/github/api';
import { resolveSteps } from '../../src/github/blockerWriter';
import { SetItemStatusMutation } from '../../src/github/graphql/blockers';
import { runWriteSteps } from '../../src/github/writeSteps';
import { boardFields, item, singleSelect } from './builders';

const status = singleSelect('Status', ['Up Next', 'In progress', 'In Review/Blocked', 'Done']);
const [upNext, inProgress, blocked] = status.options;
const fields = boardFields({ status, blockedOption: blocked });

/** A GitHub where the item sits in the blocked option; every status write is recorded. */
function fakeApi() {
  const statusWrites: Record<string, unknown>[] = [];
  const api = {
    graphql: async () => ({ node: { fieldValueByName: { optionId: blocked.id } } }),
    mutate: async (document: string, variables: Record<string, unknown>) => {
      if (document === SetItemStatusMutation) statusWrites.push(variables);
      return {};
    },
  } as unknown as GitHubApi;
  return { api, statusWrites };
}

async function resolveFlaggedWith(previousStatus: { optionId: string; name: string }) {
  const flag = blockerFlag({ id: 'f-1', reason: 'upstream', details: 'x', flaggedAt: new Date('2026-11-24T09:00:00Z'), flaggedBy: 'ann', previousStatus });
  const resolution = blockerResolution(flag, { id: 'r-1', resolvedAt: new Date('2026-11-25T09:00:00Z'), resolvedBy: 'ann', timeZone: 'UTC' });
  const { api, statusWrites } = fakeApi();
  const steps = resolveSteps(api, { projectId: 'P', item: item({ contentId: undefined }), fields }, flag, resolution);
  const outcome = await runWriteSteps(steps.slice(0, 1));
  return { step: steps[0], outcome, statusWrites };
}

describe('resolving restores the previous status only by an option id the board has', () => {
  it('moves the item back to the board\'s option, named as the board names it, not as the marker does', async () => {
    const { step, outcome, statusWrites } = await resolveFlaggedWith({ optionId: inProgress.id, name: '<b>Shipped</b>' });
    assert.deepEqual(statusWrites.map((w) => w.optionId), [inProgress.id]);
    assert.equal(step.done, 'moved it back to In progress');
    assert.deepEqual(outcome.notes, []);
  });

  it('leaves the status as it is, and says so, when the marker names an option the board does not have', async () => {
    const { outcome, statusWrites } = await resolveFlaggedWith({ optionId: 'forged-option', name: upNext.name });
    assert.deepEqual(statusWrites, []);
    assert.deepEqual(outcome.notes, ["The status recorded when it was flagged is not one of this board's statuses, so its status was left as it is."]);
  });

  it('never "restores" the blocked option itself', async () => {
    const { outcome, statusWrites } = await resolveFlaggedWith({ optionId: blocked.id, name: 'In progress' });
    assert.deepEqual(statusWrites, []);
    assert.equal(outcome.notes.length, 1);
  });
});
