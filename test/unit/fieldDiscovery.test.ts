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
});
