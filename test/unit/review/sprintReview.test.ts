import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
// markdown-it renders the review as GitHub would, to check what a reader of it sees.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it');
import { reviewMarkdown } from '../../../src/core/review/markdown';
import { burnUpSeries } from '../../../src/core/review/burnUp';
import { buildSprintReview, suggestStatus } from '../../../src/core/review/review';
import { AFTER_END, closedAt, fields, it40, it41, it42, it43, item, resetItems, snapshot, source } from './reviewFixture';
import { useDisplayLocale } from '../../../src/core/locale';

const UTC = { timeZone: 'UTC', now: AFTER_END, goalLabel: 'sprint-goal' };

/** Iteration 42 (Nov 16–29) with one item of every kind of history the review has to tell apart. */
function story() {
  resetItems();
  const done = item({ title: 'Done on day 3', estimate: 3, ...closedAt('2026-11-18T12:00:00Z') });
  const movedOut = item({ title: 'Moved out mid-sprint', estimate: 5, iterationId: it43.id, iterationSetAt: '2026-11-20T10:00:00Z' });
  const reopened = item({
    title: 'Closed, then reopened',
    estimate: 2,
    closedAt: '2026-11-18T15:00:00Z',
    stateEvents: [{ kind: 'closed', at: '2026-11-18T15:00:00Z' }, { kind: 'reopened', at: '2026-11-20T09:00:00Z' }],
  });
  const lateClose = item({ title: 'Closed after the end', estimate: 1, ...closedAt('2026-12-01T10:00:00Z') });
  const twice = item({ title: 'Carried over twice', estimate: 8, iterationId: it43.id, iterationSetAt: '2026-11-30T09:00:00Z' });
  const added = item({ title: 'Added mid-sprint', estimate: 2, iterationSetAt: '2026-11-19T09:00:00Z', addedAt: '2026-11-19T09:00:00Z', ...closedAt('2026-11-25T16:00:00Z') });
  const backlog = item({ title: 'Sent back to the backlog', estimate: 1, iterationId: undefined, iterationSetAt: undefined });
  const committed = [done, movedOut, reopened, lateClose, twice, backlog];
  const snapshots = [snapshot(it40, [twice]), snapshot(it41, [twice]), snapshot(it42, committed)];
  return { items: { done, movedOut, reopened, lateClose, twice, added, backlog }, source: source([...committed, added], { snapshots }) };
}

describe('sprint review: committed, added, removed', () => {
  const { items, source: src } = story();
  const review = buildSprintReview(src, UTC);
  const rowOf = (i: { itemId: string }) => review.rows.find((r) => r.itemId === i.itemId)!;

  it('counts what the start snapshot lists as committed, with its estimates', () => {
    assert.deepEqual(review.committed, { items: 6, points: 20 });
    assert.equal(review.hasSnapshot, true);
    assert.equal(review.derivations.find((d) => d.figure === 'Committed')?.certainty, 'recorded');
  });

  it('counts an item added mid-sprint as scope change, with its share of the final scope', () => {
    assert.deepEqual({ items: review.added.items, points: review.added.points, share: review.added.share }, { items: 1, points: 2, share: 0.167 });
    assert.equal(rowOf(items.added).addedAfterStart, true);
    assert.equal(rowOf(items.added).outcome, 'done');
  });

  it('counts an item moved to another iteration before the end as removed, not carried over', () => {
    assert.deepEqual(review.removed, { items: 1, points: 5 });
    assert.equal(rowOf(items.movedOut).outcome, 'removed');
    assert.equal(rowOf(items.movedOut).destinationTitle, 'Iteration 43');
    assert.deepEqual(review.scope, { items: 6, points: 17 });
  });
});

describe('sprint review: done and carried over', () => {
  const { items, source: src } = story();
  const review = buildSprintReview(src, UTC);
  const rowOf = (i: { itemId: string }) => review.rows.find((r) => r.itemId === i.itemId)!;

  it('counts as done what was closed (or in the done option) by the end', () => {
    assert.deepEqual(review.done, { items: 2, points: 5 });
    assert.equal(rowOf(items.done).doneAt, '2026-11-18T12:00:00.000Z');
  });

  it('does not count an item closed and reopened within the iteration as done', () => {
    assert.equal(rowOf(items.reopened).outcome, 'carried-over');
    assert.equal(rowOf(items.reopened).reopened, true);
  });

  it('carries over an item closed only after the end, and says so', () => {
    assert.equal(rowOf(items.lateClose).outcome, 'carried-over');
    assert.equal(rowOf(items.lateClose).destination, 'still-in-iteration');
    assert.equal(rowOf(items.lateClose).closedAfterEnd, true);
  });

  it('tells where carried-over items went, and how often each was carried over before', () => {
    assert.deepEqual(review.carriedOver, { items: 4, points: 12, byDestination: { 'next-iteration': 1, 'other-iteration': 0, backlog: 1, 'still-in-iteration': 2 } });
    assert.equal(rowOf(items.twice).destination, 'next-iteration');
    assert.equal(rowOf(items.twice).carriedBefore, 2);
    assert.equal(rowOf(items.backlog).destination, 'backlog');
    assert.equal(rowOf(items.done).carriedBefore, 0);
  });

  it('suggests a status from done against scope', () => {
    assert.equal(review.suggestedStatus, 'OFF_TRACK');
    assert.equal(suggestStatus(17, 17, [], 1, true), 'ON_TRACK');
    assert.equal(suggestStatus(12, 17, [], 1, true), 'AT_RISK');
    assert.equal(suggestStatus(5, 10, [], 0.5, false), 'ON_TRACK');
    assert.equal(suggestStatus(0, 0, [], 1, true), 'INACTIVE');
  });
});

describe('sprint review: burn-up', () => {
  const review = buildSprintReview(story().source, UTC);
  const day = (date: string) => review.burnUp.find((d) => d.date === date)!;

  it('has one point per day of the iteration', () => {
    assert.equal(review.burnUp.length, 14);
    assert.equal(review.burnUp[0].date, '2026-11-16');
    assert.equal(review.burnUp[13].date, '2026-11-29');
  });

  it('moves the scope line up when an item is added and down when one is removed', () => {
    assert.deepEqual(day('2026-11-16'), { date: '2026-11-16', scopeItems: 6, doneItems: 0, scopePoints: 20, donePoints: 0 });
    assert.deepEqual(day('2026-11-19'), { date: '2026-11-19', scopeItems: 7, doneItems: 2, scopePoints: 22, donePoints: 5 });
    assert.equal(day('2026-11-20').scopePoints, 17);
  });

  it('takes done back down when an item is reopened', () => {
    assert.equal(day('2026-11-18').doneItems, 2);
    assert.equal(day('2026-11-20').doneItems, 1);
    assert.deepEqual(day('2026-11-29'), { date: '2026-11-29', scopeItems: 6, doneItems: 2, scopePoints: 17, donePoints: 5 });
  });

  it('stops at today while the iteration runs', () => {
    const running = buildSprintReview(story().source, { ...UTC, now: new Date('2026-11-20T12:00:00Z') });
    assert.equal(running.phase, 'running');
    assert.equal(running.burnUp.length, 5);
    assert.ok(running.rows.every((r) => r.outcome !== 'carried-over'));
  });

  it('is drawn over all the iteration\'s days, in points, saying where its scope line starts', () => {
    const running = burnUpSeries(buildSprintReview(story().source, { ...UTC, now: new Date('2026-11-20T12:00:00Z') }));
    assert.deepEqual([running.iterationTitle, running.days.length, running.totalDays, running.usePoints], ['Iteration 42', 5, 14, true]);
    assert.match(running.caption, /points done .* start snapshot/);
    const estimated = burnUpSeries(buildSprintReview({ ...story().source, snapshots: [], fields: fields(false) }, UTC));
    assert.equal(estimated.usePoints, false);
    assert.match(estimated.caption, /^The team's items done .*no start snapshot for Iteration 42, so the scope at the start is an estimate\.$/);
  });
});

describe('sprint review: time zones at the iteration edges', () => {
  // Nov 29 20:00 UTC is the last afternoon in Los Angeles and already Nov 30 (after the end) in Tokyo.
  const lastEvening = item({ ...closedAt('2026-11-29T20:00:00Z') });
  // Nov 15 20:00 UTC is the day before the start in Los Angeles and the first morning in Tokyo.
  const firstMorning = item({ iterationSetAt: '2026-11-15T20:00:00Z', addedAt: '2026-11-15T20:00:00Z' });
  const src = source([lastEvening, firstMorning]);

  it('counts an item closed on the last local day as done, and one closed after local midnight as carried over', () => {
    const la = buildSprintReview(src, { ...UTC, timeZone: 'America/Los_Angeles' });
    const tokyo = buildSprintReview(src, { ...UTC, timeZone: 'Asia/Tokyo' });
    assert.equal(la.rows.find((r) => r.itemId === lastEvening.itemId)?.outcome, 'done');
    assert.equal(tokyo.rows.find((r) => r.itemId === lastEvening.itemId)?.outcome, 'carried-over');
    assert.equal(tokyo.rows.find((r) => r.itemId === lastEvening.itemId)?.closedAfterEnd, true);
  });

  it('counts an item set into the iteration before local midnight of the first day as committed, after it as added', () => {
    const la = buildSprintReview(src, { ...UTC, timeZone: 'America/Los_Angeles' });
    const tokyo = buildSprintReview(src, { ...UTC, timeZone: 'Asia/Tokyo' });
    assert.equal(la.rows.find((r) => r.itemId === firstMorning.itemId)?.committed, true);
    assert.equal(tokyo.rows.find((r) => r.itemId === firstMorning.itemId)?.addedAfterStart, true);
  });
});

describe('sprint review: without a start snapshot or estimates', () => {
  it('estimates committed from when each item joined the iteration, and says so', () => {
    const early = item();
    const late = item({ iterationSetAt: '2026-11-20T10:00:00Z' });
    const review = buildSprintReview(source([early, late]), UTC);
    assert.deepEqual(review.committed, { items: 1, points: 2 });
    assert.equal(review.added.items, 1);
    const committed = review.derivations.find((d) => d.figure === 'Committed')!;
    assert.equal(committed.certainty, 'estimated');
    assert.match(committed.how, /^No start snapshot for Iteration 42: committed estimated from the date/);
  });

  it('falls back to the time the Status was last set when there is no timeline, and calls it an estimate', () => {
    const doneByStatus = item({ stateEvents: undefined, statusOptionId: 'o_done', statusSetAt: '2026-11-21T10:00:00Z' });
    const review = buildSprintReview(source([doneByStatus]), UTC);
    assert.equal(review.rows[0].outcome, 'done');
    assert.equal(review.rows[0].doneAt, '2026-11-21T10:00:00.000Z');
    assert.equal(review.derivations.find((d) => d.figure === 'Done')?.certainty, 'estimated');
  });

  it('uses the project-item history where the server keeps it', () => {
    const moved = item({ statusOptionId: 'o_done', statusSetAt: '2026-11-28T10:00:00Z', statusEvents: [{ at: '2026-11-17T10:00:00Z', status: 'Done' }, { at: '2026-11-18T10:00:00Z', status: 'In progress' }, { at: '2026-11-24T10:00:00Z', status: 'done' }] });
    const review = buildSprintReview(source([moved], { itemHistory: true }), UTC);
    assert.equal(review.rows[0].doneAt, '2026-11-24T10:00:00.000Z');
    assert.equal(review.rows[0].reopened, true);
    assert.equal(review.burnUp.find((d) => d.date === '2026-11-17')?.doneItems, 1);
    assert.equal(review.burnUp.find((d) => d.date === '2026-11-18')?.doneItems, 0);
  });

  it('counts items, not points, on a board without an estimate field', () => {
    const review = buildSprintReview(source([item({ estimate: undefined }), item({ estimate: undefined, ...closedAt('2026-11-20T10:00:00Z') })], { fields: fields(false) }), UTC);
    assert.deepEqual(review.committed, { items: 2 });
    assert.deepEqual(review.done, { items: 1 });
    assert.deepEqual(review.burnUp[13], { date: '2026-11-29', scopeItems: 2, doneItems: 1 });
    assert.equal(review.hasEstimates, false);
  });
});

describe('sprint review: goals', () => {
  it('meets a goal whose sub-issues are all done, and counts its linked commits', () => {
    const goal = item({ title: 'Goal: signed webhooks', labels: ['sprint-goal'], linkedCommits: 3 });
    const subA = item({ parentId: goal.contentId, ...closedAt('2026-11-20T10:00:00Z') });
    const subB = item({ parentId: goal.contentId, ...closedAt('2026-11-21T10:00:00Z') });
    const other = item({ title: 'Goal: dashboards', labels: ['Sprint-Goal'] });
    const otherSub = item({ parentId: other.contentId });
    const review = buildSprintReview(source([goal, subA, subB, other, otherSub]), UTC);
    assert.deepEqual(review.goals.map((g) => [g.title, g.subIssues, g.linkedCommits, g.met]), [
      ['Goal: signed webhooks', { total: 2, done: 2 }, 3, true],
      ['Goal: dashboards', { total: 1, done: 0 }, 0, false],
    ]);
  });
});

const GOLDEN = path.join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'golden');

describe('sprint review: Markdown', () => {
  // Dates are written in the language VS Code is shown in: the golden file is the English one.
  before(() => useDisplayLocale('en'));
  after(() => useDisplayLocale(undefined));

  it('writes the review as Markdown, escaping text from GitHub (golden file)', () => {
    const { source: src } = story();
    src.items[2].title = '<img src=x onerror=alert(1)> | @everyone **bold** [link](javascript:alert(1))';
    src.team = {
      blockedDays: 3.5, blockersFlagged: 2, interruptionHours: 7.25, interruptions: 5, focus: 0.93, capacityHours: 360, lostHours: 7.25,
      workBalance: [{ category: 'sprintGoal', label: 'Sprint goal', items: 3, points: 8 }, { category: 'support', label: 'Support', items: 1, points: 0 }],
      workBalanceDerivation: [], skippedRecords: 0,
    };
    const markdown = reviewMarkdown(buildSprintReview(src, UTC));
    // Rendered with raw HTML allowed and bare URLs linked: no element and no link comes from the hostile title.
    const rendered: string = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    const tags = new Set([...rendered.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    assert.deepEqual([...tags].filter((t) => !['h1', 'h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'em', 'strong'].includes(t)), []);
    // The hostile title stays in its one cell, pipe and all.
    assert.match(rendered, /<td>acme\/api#3 &lt;img src=x onerror=alert\(1\)&gt; \| @\u200beveryone \*\*bold\*\* \[link\]\(javascript:alert\(1\)\)<\/td>/);
    assert.ok(!markdown.includes('@everyone'));
    const file = path.join(GOLDEN, 'sprint-review.md');
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, markdown);
    assert.equal(markdown, fs.readFileSync(file, 'utf8'));
  });
});
