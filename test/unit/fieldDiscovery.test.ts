import * as assert from 'node:assert/strict';
import { discoverFields } from '../../src/core/fieldDiscovery';
import { iteration, iterationField, numberField, project, singleSelect } from './builders';

describe('field discovery', () => {
  const sprint = iterationField('Sprint', [iteration('Sprint 1', '2026-11-23')]);
  const status = singleSelect('Status', ['Upcoming Initiatives', 'Refined', 'Up Next', 'In progress', 'In Review/Blocked', 'Done']);
  const unplanned = singleSelect('Unplanned', ['Unplanned', 'Emergency']);
  const estimate = numberField('Estimate');

  it('finds the first iteration field, Status, its blocked option, Estimate and the work-type field', () => {
    const { fields, warnings } = discoverFields(project([status, estimate, sprint, unplanned]));
    assert.equal(fields.iteration, sprint);
    assert.equal(fields.status, status);
    assert.equal(fields.blockedOption?.name, 'In Review/Blocked');
    assert.equal(fields.estimate, estimate);
    assert.equal(fields.workType, unplanned);
    assert.deepEqual(warnings, []);
  });

  it('matches Status case-insensitively and finds no blocked option when none mentions blocking', () => {
    const lower = singleSelect('status', ['Todo', 'Doing', 'Done']);
    const { fields } = discoverFields(project([lower]));
    assert.equal(fields.status, lower);
    assert.equal(fields.blockedOption, undefined);
  });

  it('honours settings that name other fields and options', () => {
    const other = iterationField('Cycle', [iteration('C1', '2026-11-23')]);
    const stage = singleSelect('Stage', ['Ready', 'Stuck', 'Shipped']);
    const points = numberField('Size');
    const { fields, warnings } = discoverFields(project([sprint, other, status, stage, points]), {
      iteration: 'cycle',
      status: 'Stage',
      blockedOption: 'stuck',
      estimate: 'Size',
    });
    assert.equal(fields.iteration, other);
    assert.equal(fields.status, stage);
    assert.equal(fields.blockedOption?.name, 'Stuck');
    assert.equal(fields.estimate, points);
    assert.deepEqual(warnings, []);
  });

  it('warns, naming the setting and the board, when a setting names a field the board lacks', () => {
    const { fields, warnings } = discoverFields(project([sprint, status], 'Platform'), { iteration: 'Cadence', blockedOption: 'Waiting' });
    assert.equal(fields.iteration, undefined);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /sprintFlow\.fields\.iteration.*"Cadence".*"Platform"/);
    assert.match(warnings[1], /sprintFlow\.fields\.blockedOption.*"Waiting"/);
  });

  it('reports no iteration field on a board without one', () => {
    assert.equal(discoverFields(project([status])).fields.iteration, undefined);
  });

  it('finds a status field named like one when the board has none called Status', () => {
    const stage = singleSelect('Stage', ['Ready', 'Doing', 'Shipped']);
    const { fields, warnings } = discoverFields(project([sprint, unplanned, stage]));
    assert.equal(fields.status, stage);
    assert.deepEqual(warnings, []);
  });

  it('warns, naming the board and the setting, when the board has no Status field at all', () => {
    const { fields, warnings } = discoverFields(project([sprint, unplanned], 'Platform'));
    assert.equal(fields.status, undefined);
    assert.equal(fields.blockedOption, undefined);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /"Platform" has no Status field.*not grouped by status.*sprintFlow\.fields\.status/);
  });

  it('finds a blocked option named "On hold" or "Stuck" when none mentions blocking', () => {
    assert.equal(discoverFields(project([singleSelect('Status', ['Todo', 'On hold', 'Done'])])).fields.blockedOption?.name, 'On hold');
    assert.equal(discoverFields(project([singleSelect('Status', ['Todo', 'Stuck', 'Done'])])).fields.blockedOption?.name, 'Stuck');
  });

  describe('after the board renamed a field or an option (its id stays)', () => {
    const renamed = <T extends { name: string }>(thing: T, name: string): T => ({ ...thing, name });

    it('follows the Status field and the blocked option without a warning when no setting names them', () => {
      const before = discoverFields(project([sprint, status])).fields;
      const stage = { ...renamed(status, 'Lane'), options: status.options.map((o) => (o.name === 'In Review/Blocked' ? renamed(o, 'Waiting on others') : o)) };
      const { fields, warnings } = discoverFields(project([sprint, stage]), {}, before);
      assert.equal(fields.status, stage);
      assert.equal(fields.blockedOption?.name, 'Waiting on others');
      assert.deepEqual(warnings, []);
    });

    it('follows a field a setting names by its old name, and says to update the setting', () => {
      const before = discoverFields(project([sprint, status, estimate]), { iteration: 'Sprint', estimate: 'Estimate' }).fields;
      const cycle = renamed(sprint, 'Cycle');
      const size = renamed(estimate, 'Size');
      const { fields, warnings } = discoverFields(project([cycle, status, size], 'Platform'), { iteration: 'Sprint', estimate: 'Estimate' }, before);
      assert.equal(fields.iteration, cycle);
      assert.equal(fields.estimate, size);
      assert.deepEqual(warnings, [
        'The field "Sprint" named in the setting sprintFlow.fields.iteration is now called "Cycle" on the board "Platform". Sprint Flow follows the rename; update the setting to match.',
        'The field "Estimate" named in the setting sprintFlow.fields.estimate is now called "Size" on the board "Platform". Sprint Flow follows the rename; update the setting to match.',
      ]);
    });

    it('follows a blocked option a setting names by its old name, and says to update the setting', () => {
      const before = discoverFields(project([sprint, status]), { blockedOption: 'In Review/Blocked' }).fields;
      const parked = { ...status, options: status.options.map((o) => (o.name === 'In Review/Blocked' ? renamed(o, 'Parked') : o)) };
      const { fields, warnings } = discoverFields(project([sprint, parked]), { blockedOption: 'In Review/Blocked' }, before);
      assert.equal(fields.blockedOption?.name, 'Parked');
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /The option "In Review\/Blocked" named in the setting sprintFlow\.fields\.blockedOption is now called "Parked" in the field "Status"/);
    });

    it('does not put another field in place of a removed one that a setting names', () => {
      const other = iterationField('Release train', [iteration('R1', '2026-11-23')]);
      const before = discoverFields(project([sprint, other, status]), { iteration: 'Release train' }).fields;
      const { fields, warnings } = discoverFields(project([sprint, status], 'Platform'), { iteration: 'Release train' }, before);
      assert.equal(fields.iteration, undefined);
      assert.match(warnings[0], /sprintFlow\.fields\.iteration names "Release train", but the board "Platform" has no iteration field/);
    });

    it('lists the options to choose from when the blocked option a setting names is gone', () => {
      const before = discoverFields(project([sprint, status]), { blockedOption: 'In Review/Blocked' }).fields;
      const without = { ...status, options: status.options.filter((o) => o.name !== 'In Review/Blocked') };
      const { fields, warnings } = discoverFields(project([sprint, without]), { blockedOption: 'In Review/Blocked' }, before);
      assert.equal(fields.blockedOption, undefined);
      assert.match(warnings[0], /has no such option, so blocked items are not marked\. Name one of its options \(Upcoming Initiatives, Refined, Up Next, In progress, Done\)/);
    });
  });
});
