import * as assert from 'node:assert/strict';
import { blockerFlag } from '../../src/core/blockerRecords';
import { buildDashboard, workingDaysSoFar } from '../../src/core/dashboard';
import { formatDateRange } from '../../src/core/iteration';
import { SprintSnapshot } from '../../src/core/model';
import { isWebviewMessage } from '../../src/webview/protocol';
import { entry, fields, it3 } from './reportFixture';
import { item } from './builders';

const NOW = new Date('2025-04-09T12:00:00Z'); // Wednesday of the second week of Iteration 3

function snapshot(): SprintSnapshot {
  const status = fields.status!;
  const at = (option: number, estimate?: number, extra = {}) =>
    item({
      assignees: ['ann'],
      iterationValues: { [fields.iteration!.id]: it3.id },
      selectValues: { [status.id]: status.options[option].id },
      numberValues: estimate === undefined ? {} : { [fields.estimate!.id]: estimate },
      ...extra,
    });
  const flag = blockerFlag({ id: 'f', reason: 'cloud-vendor', details: 'Quota', flaggedAt: new Date('2025-04-07T09:00:00Z'), flaggedBy: 'ann' });
  return {
    projectUrl: 'https://github.com/orgs/acme/projects/1',
    projectId: 'p',
    projectTitle: 'Team board',
    viewer: 'ann',
    fields,
    iteration: it3,
    items: [at(1, 3), at(1, 2), at(2, 5, { openBlocker: flag }), at(3, 1), at(0)],
    fetchedAt: NOW.toISOString(),
  };
}

describe('sprint dashboard model', () => {
  const model = buildDashboard({
    snapshot: snapshot(),
    goals: { state: 'loading', goals: [] },
    interruptions: [
      entry('ann', '2025-04-08T10:00:00Z', 90, 'incident', 'Iteration 3'),
      entry('ann', '2025-04-09T09:00:00Z', 30, 'support-ticket', 'Iteration 3'),
      entry('bo', '2025-04-09T09:00:00Z', 30, 'support-ticket', 'Iteration 3'),
      entry('ann', '2025-03-20T09:00:00Z', 30, 'meeting', 'Iteration 2'),
    ],
    hoursPerDay: 6,
    now: NOW,
    timeZone: 'UTC',
  });

  it('shows the team\'s burn-up of its own iteration only, and loading until it is read', () => {
    assert.deepEqual(model.burnUp, { state: 'loading' });
    const series = { iterationTitle: 'Iteration 3', days: [{ date: '2025-03-31', scopeItems: 4, doneItems: 1 }], usePoints: false, totalDays: 14, caption: 'c' };
    const input = { snapshot: snapshot(), goals: { state: 'loading' as const, goals: [] }, interruptions: [], hoursPerDay: 6, now: NOW, timeZone: 'UTC' };
    assert.deepEqual(buildDashboard({ ...input, burnUp: { state: 'ready', series } }).burnUp, { state: 'ready', series });
    assert.deepEqual(buildDashboard({ ...input, burnUp: { state: 'ready', series: { ...series, iterationTitle: 'Iteration 2' } } }).burnUp, { state: 'loading' });
    assert.deepEqual(buildDashboard({ ...input, burnUp: { state: 'problem', message: 'm' } }).burnUp, { state: 'problem', message: 'm' });
  });

  it('shows the iteration with its dates and days left', () => {
    assert.deepEqual(model.iteration, { title: 'Iteration 3', dates: formatDateRange('2025-03-31', '2025-04-13'), startDate: '2025-03-31', endDate: '2025-04-13', daysLeft: 5, daysLeftText: '5 days left' });
  });

  it('groups my items by status in the board\'s order with estimate totals', () => {
    assert.deepEqual(model.statusGroups.map((g) => [g.status, g.items.length, g.points]), [
      ['Todo', 1, 0],
      ['In progress', 2, 5],
      ['In Review/Blocked', 1, 5],
      ['Done', 1, 1],
    ]);
    assert.equal(model.totalPoints, 11);
  });

  it('lists my open blockers with their age in working days', () => {
    assert.deepEqual(model.blockers.map((b) => [b.reason, b.scope, b.workingDays]), [['Cloud vendor', 'external', 2.1]]);
  });

  it('totals my interruptions of this sprint by kind, and the focus over working time so far', () => {
    assert.equal(model.interruptions.count, 2);
    assert.equal(model.interruptions.minutes, 120);
    assert.deepEqual(model.interruptions.byKind.map((k) => [k.kind, k.minutes]), [['support-ticket', 30], ['incident', 90]]);
    assert.equal(workingDaysSoFar('2025-03-31', NOW, 'UTC'), 8);
    assert.equal(model.interruptions.workingMinutes, 8 * 6 * 60);
    assert.equal(model.interruptions.focus, 1 - 120 / 2880);
  });
});

describe('webview messages', () => {
  const names = ['openItem', 'refresh'] as const;

  it('accepts ready and known requests, and rejects anything else', () => {
    assert.ok(isWebviewMessage({ kind: 'ready' }, names));
    assert.ok(isWebviewMessage({ kind: 'request', id: 1, name: 'openItem', params: { reference: 'a/b#1' } }, names));
    assert.ok(!isWebviewMessage({ kind: 'request', id: 1, name: 'runShell', params: {} }, names));
    assert.ok(!isWebviewMessage({ kind: 'request', id: '1', name: 'refresh', params: {} }, names));
    assert.ok(!isWebviewMessage('ready', names));
  });
});
