import * as assert from 'node:assert/strict';
import { groupByStatus, isBlocked, mySprintItems } from '../../src/core/sprint';
import { item, iteration, iterationField, singleSelect, sprintItem } from './builders';

describe('my sprint items', () => {
  const current = iteration('Iteration 12', '2026-11-23');
  const previous = iteration('Iteration 11', '2026-11-09');
  const fieldIteration = iterationField('Iteration', [current], [previous]);
  const status = singleSelect('Status', ['Up Next', 'In progress', 'In Review/Blocked', 'Done']);
  const fields = { iteration: fieldIteration, status };

  it('keeps only items assigned to me in the current iteration, matching logins case-insensitively', () => {
    const mine = sprintItem(fields, { assignee: 'Amara-O', iteration: current });
    const items = [
      mine,
      sprintItem(fields, { assignee: 'jonas', iteration: current }),
      sprintItem(fields, { assignee: 'amara-o', iteration: previous }),
      sprintItem(fields, { assignee: 'amara-o' }),
    ];
    assert.deepEqual(mySprintItems(items, 'amara-o', fieldIteration.id, current), [mine]);
  });

  it('keeps redacted items GitHub already filtered by assignee, since they carry no assignee of their own', () => {
    const redacted = item({ type: 'REDACTED', assignees: [], iterationValues: { [fieldIteration.id]: current.id } });
    assert.deepEqual(mySprintItems([redacted], undefined, fieldIteration.id, current), [redacted]);
  });

  it('leaves out redacted items when filtering by assignee here, since they may be anyone\'s', () => {
    const redacted = item({ type: 'REDACTED', assignees: [], iterationValues: { [fieldIteration.id]: current.id } });
    assert.deepEqual(mySprintItems([redacted], 'amara-o', fieldIteration.id, current), []);
  });

  it('groups by status in the board\'s order, hides empty groups and puts "No status" last', () => {
    const done = sprintItem(fields, { status: 'Done' });
    const noStatus = sprintItem(fields, {});
    const upNext = sprintItem(fields, { status: 'Up Next' });
    const deletedOption = item({ selectValues: { [status.id]: 'opt_removed' } });
    const groups = groupByStatus([done, noStatus, upNext, deletedOption], status);
    assert.deepEqual(
      groups.map((g) => [g.option?.name ?? 'No status', g.items]),
      [
        ['Up Next', [upNext]],
        ['Done', [done]],
        ['No status', [noStatus, deletedOption]],
      ],
    );
  });

  it('puts everything under "No status" on a board without a Status field', () => {
    const a = item();
    assert.deepEqual(groupByStatus([a], undefined), [{ items: [a] }]);
  });

  it('marks an item blocked by the blocked option or by the blocked label', () => {
    const blockedOption = status.options[2];
    const board = { status, blockedOption };
    assert.equal(isBlocked(sprintItem(fields, { status: 'In Review/Blocked' }), board), true);
    assert.equal(isBlocked(item({ labels: ['Blocked'] }), board), true);
    assert.equal(isBlocked(sprintItem(fields, { status: 'In progress' }), board), false);
    assert.equal(isBlocked(sprintItem(fields, { status: 'In Review/Blocked' }), { status }), false);
  });
});
