import * as assert from 'node:assert/strict';
import { inProgressOption } from '../../src/core/workStatus';
import { singleSelect } from './builders';

describe('the in-progress status option', () => {
  const status = singleSelect('Status', ['Up Next', 'In progress', 'In Review/Blocked', 'Done']);

  it('is found by name however the board spells it', () => {
    assert.deepEqual(inProgressOption(status), { option: status.options[1] });
    const dashed = singleSelect('Status', ['Todo', 'in-progress']);
    assert.deepEqual(inProgressOption(dashed), { option: dashed.options[1] });
  });

  it('is the option the setting names, without regard to case', () => {
    assert.deepEqual(inProgressOption(status, 'in review/blocked'), { option: status.options[2] });
  });

  it('says what to set when the board has no such option or no status field', () => {
    assert.match((inProgressOption(singleSelect('Status', ['Todo', 'Done'])) as { problem: string }).problem, /sprintFlow\.fields\.inProgressOption/);
    assert.match((inProgressOption(status, 'Doing') as { problem: string }).problem, /names "Doing"/);
    assert.match((inProgressOption(undefined) as { problem: string }).problem, /no Status field/);
  });
});
