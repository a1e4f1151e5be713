import * as assert from 'node:assert/strict';
import { formatMinutes, parseDuration } from '../../src/core/interruptions';

describe('interruption duration', () => {
  for (const [input, minutes] of [
    ['45', 45], ['45m', 45], ['45 min', 45], ['1h30', 90], ['1h 30m', 90], ['1.5h', 90], ['2h', 120], ['1:05', 65], [' 12h ', 720], ['1', 1],
  ] as const) {
    it(`reads ${JSON.stringify(input)} as ${minutes} minutes`, () => {
      assert.deepEqual(parseDuration(input), { ok: true, minutes });
    });
  }

  for (const [input, reason] of [
    ['', /Enter how long/],
    ['0', /at least 1 minute/],
    ['12h01', /more than 12 hours/],
    ['13h', /more than 12 hours/],
    ['-5', /not a duration/],
    ['soon', /not a duration/],
    ['1.5.2h', /not a duration/],
  ] as const) {
    it(`rejects ${JSON.stringify(input)} saying why`, () => {
      const result = parseDuration(input);
      assert.equal(result.ok, false);
      assert.match(!result.ok ? result.reason : '', reason);
    });
  }

  it('formats minutes for people', () => {
    assert.equal(formatMinutes(45), '45 min');
    assert.equal(formatMinutes(90), '1 h 30 min');
    assert.equal(formatMinutes(180), '3 h');
  });
});
