import * as assert from 'node:assert/strict';
import { readUpdateStatus } from '../../../src/core/review/updateStatus';

describe('status update status given by a script', () => {
  it('takes GitHub\'s names and the way people write them', () => {
    assert.equal(readUpdateStatus('AT_RISK'), 'AT_RISK');
    assert.equal(readUpdateStatus('at risk'), 'AT_RISK');
    assert.equal(readUpdateStatus(' Off-track '), 'OFF_TRACK');
    assert.equal(readUpdateStatus('complete'), 'COMPLETE');
  });

  it('refuses anything else', () => {
    for (const value of ['sideways', '', 'ON TRACK!', 42, null, undefined, { status: 'ON_TRACK' }, 'ON_TRACK'.repeat(10)]) {
      assert.equal(readUpdateStatus(value), undefined, String(value));
    }
  });
});
