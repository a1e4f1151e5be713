import * as assert from 'node:assert/strict';
import { checkLink, formatLocalTime, parseStartTime, readInterruptionArgs } from '../../src/core/interruptionInput';
import { durationText, elapsedMinutes, formatElapsed, isRunningTimer } from '../../src/core/interruptionTimer';

const now = new Date('2026-11-24T15:00:00Z');
const berlin = 'Europe/Berlin';

describe('interruption input', () => {
  it('accepts http(s) ticket links and says why anything else is refused', () => {
    assert.equal(checkLink(''), undefined);
    assert.equal(checkLink('https://support.example.com/tickets/4812'), undefined);
    assert.match(checkLink('support.example.com/4812') ?? '', /full address/);
    assert.match(checkLink('javascript:alert(1)') ?? '', /Only http and https/);
  });

  it('starts an interruption the duration before now when no time is given', () => {
    const start = parseStartTime('', now, 45, berlin);
    assert.deepEqual(start, { ok: true, value: new Date('2026-11-24T14:15:00Z') });
  });

  it('reads a time of day and a date and time in the person\'s time zone', () => {
    assert.deepEqual(parseStartTime('09:05', now, 30, berlin), { ok: true, value: new Date('2026-11-24T08:05:00Z') });
    assert.deepEqual(parseStartTime('2026-11-23 17:30', now, 30, 'America/New_York'), { ok: true, value: new Date('2026-11-23T22:30:00Z') });
    assert.deepEqual(parseStartTime('2026-11-24T10:00:00Z', now, 30, berlin), { ok: true, value: new Date('2026-11-24T10:00:00Z') });
    assert.equal(formatLocalTime(new Date('2026-11-24T08:05:00Z'), berlin), '2026-11-24 09:05');
  });

  for (const [input, reason] of [
    ['17:30', /in the future/],
    ['25:00', /not a time of day/],
    ['2026-10-01 09:00', /more than a month ago/],
    ['yesterday', /not a start time/],
  ] as const) {
    it(`refuses the start time ${JSON.stringify(input)} saying why`, () => {
      const result = parseStartTime(input, now, 30, berlin);
      assert.equal(result.ok, false);
      assert.match(!result.ok ? result.reason : '', reason);
    });
  }

  it('turns a complete argument object into the fields of an entry', () => {
    const result = readInterruptionArgs(
      { kind: 'support-ticket', duration: '1h30', link: 'https://support.example.com/t/1', note: '  Webhook retries  ', pulledOffItem: 'northwind/api#12', startedAt: '2026-11-24T10:00:00Z' },
      now,
      berlin,
    );
    assert.deepEqual(result, {
      ok: true,
      value: { interruptionKind: 'support-ticket', minutes: 90, startedAt: '2026-11-24T10:00:00.000Z', link: 'https://support.example.com/t/1', note: 'Webhook retries', pulledOffItem: 'northwind/api#12' },
    });
  });

  it('takes a number of minutes as the duration and leaves optional fields out', () => {
    const result = readInterruptionArgs({ kind: 'meeting', duration: 20 }, now, berlin);
    assert.deepEqual(result, { ok: true, value: { interruptionKind: 'meeting', minutes: 20, startedAt: '2026-11-24T14:40:00.000Z' } });
  });

  for (const [args, reason] of [
    [{ duration: '45m' }, /"kind" must be one of/],
    [{ kind: 'coffee', duration: '45m' }, /"kind" must be one of/],
    [{ kind: 'incident', duration: '13h' }, /more than 12 hours/],
    [{ kind: 'incident', duration: '45m', link: 'ftp://x' }, /Only http and https/],
    [{ kind: 'incident', duration: '45m', pulledOffItem: '#12' }, /OWNER\/REPO#N/],
    [{ kind: 'incident', duration: '45m', note: 42 }, /"note" must be text/],
    [{ kind: 'incident', duration: '45m', startedAt: 'soon' }, /not a start time/],
  ] as const) {
    it(`refuses ${JSON.stringify(args)} saying why`, () => {
      const result = readInterruptionArgs(args, now, berlin);
      assert.equal(result.ok, false);
      assert.match(!result.ok ? result.reason : '', reason);
    });
  }
});

describe('interruption timer', () => {
  const timer = { startedAt: '2026-11-24T14:48:00Z' };

  it('counts whole minutes, at least one', () => {
    assert.equal(elapsedMinutes(timer, now), 12);
    assert.equal(elapsedMinutes({ startedAt: now.toISOString() }, now), 1);
  });

  it('reads short for the status bar and fills the duration box', () => {
    assert.equal(formatElapsed(12), '12m');
    assert.equal(formatElapsed(65), '1h 05m');
    assert.equal(durationText(45), '45m');
    assert.equal(durationText(90), '1h30');
  });

  it('recognises a stored timer and nothing else', () => {
    assert.equal(isRunningTimer(timer), true);
    assert.equal(isRunningTimer({ startedAt: 'later' }), false);
    assert.equal(isRunningTimer(undefined), false);
  });
});
