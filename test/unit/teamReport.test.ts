import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reportCsv, csvField } from '../../src/core/report/csv';
import { reportMarkdown } from '../../src/core/report/markdown';

// markdown-it renders the export as GitHub would, to check what a reader of it sees.
const MarkdownIt = require('markdown-it');
import { ReportOptions } from '../../src/core/report/model';
import { chooseIterations } from '../../src/core/report/range';
import { buildTeamReport } from '../../src/core/report/teamReport';
import { iteration, iterationField } from './builders';
import { entry, fields, it1, it2, it3, NOW, reportSource } from './reportFixture';
import { useDisplayLocale } from '../../src/core/locale';

const options: ReportOptions = { hoursPerDay: 6, timeZone: 'UTC', now: NOW, goalLabel: 'sprint-goal' };
const report = (extra: Partial<ReportOptions> = {}) => buildTeamReport(reportSource(), { ...options, ...extra });
const GOLDEN = path.join(__dirname, '..', '..', '..', 'test', 'unit', 'golden');

/** Compares with a reviewed golden file; UPDATE_GOLDEN=1 rewrites it (review the diff by eye before committing). */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'));
}

describe('team report: interruptions', () => {
  it('counts per person per iteration, per kind and per iteration, placing entries by when they happened', () => {
    const r = report();
    assert.deepEqual(r.interruptions.byIteration, [
      { iteration: 'Iteration 1', count: 4, minutes: 240 },
      { iteration: 'Iteration 2', count: 1, minutes: 105 },
      { iteration: 'Iteration 3', count: 2, minutes: 35 },
    ]);
    assert.deepEqual(r.interruptions.total, { count: 7, minutes: 380 });
    assert.deepEqual(r.interruptions.byKind.find((k) => k.kind === 'incident'), { kind: 'incident', label: 'Incident / page', count: 2, minutes: 210 });
  });

  it('splits an entry spanning two iterations at the boundary and counts it once, where it started', () => {
    const bo = report().interruptions.byPersonAndIteration.filter((c) => c.person === 'bo');
    assert.deepEqual(bo, [
      { person: 'bo', iteration: 'Iteration 1', count: 2, minutes: 150 },
      { person: 'bo', iteration: 'Iteration 2', count: 0, minutes: 60 },
      { person: 'bo', iteration: 'Iteration 3', count: 1, minutes: 20 },
    ]);
  });

  it('treats logins without regard to case, and keeps unknown kinds under their id', () => {
    const r = report();
    assert.equal(r.interruptions.byPersonAndIteration.filter((c) => c.person.toLowerCase() === 'ann' && c.iteration === 'Iteration 3').length, 1);
    assert.deepEqual(r.interruptions.byKind.find((k) => k.kind === 'pairing'), { kind: 'pairing', label: 'pairing', count: 1, minutes: 20 });
  });

  it('places entries by when they happened when the iterations are not given oldest first', () => {
    const source = reportSource();
    source.iterations = [it3, it1, it2];
    assert.deepEqual(buildTeamReport(source, options).interruptions.byIteration, [
      { iteration: 'Iteration 3', count: 2, minutes: 35 },
      { iteration: 'Iteration 1', count: 4, minutes: 240 },
      { iteration: 'Iteration 2', count: 1, minutes: 105 },
    ]);
  });

  it('ignores entries outside the chosen iterations', () => {
    const source = reportSource();
    source.interruptions.push(entry('ann', '2025-02-20T10:00:00Z', 300, 'meeting', 'Iteration 0'));
    assert.equal(buildTeamReport(source, options).interruptions.total.minutes, 380);
  });
});

describe('team report: capacity and focus', () => {
  it('counts working days × hours per day for each person in each iteration they worked in', () => {
    const r = report();
    assert.deepEqual(r.focus.byIteration.map((i) => [i.iteration, i.people, i.capacityHours]), [
      ['Iteration 1', 3, 180],
      ['Iteration 2', 2, 120],
      ['Iteration 3', 2, 120],
    ]);
    assert.deepEqual(r.focus.team, { capacityHours: 420, lostHours: 6.33, focus: 0.985 });
  });

  it('keeps a person who left in the iterations they worked in, and counts no capacity for them afterwards', () => {
    const leo = report().focus.byPerson.find((p) => p.person === 'leo');
    assert.deepEqual(leo, { person: 'leo', iterations: 1, capacityHours: 60, lostHours: 1, focus: 0.983 });
  });

  it('follows the hours-per-day setting', () => {
    assert.equal(report({ hoursPerDay: 8 }).focus.team.capacityHours, 560);
  });
});

describe('team report: work balance', () => {
  it('sorts items into sprint goal, support, reactive, upstream and other, saying why', () => {
    const [first, second] = report().workBalance.byIteration;
    const tally = (row: typeof first, category: string) => row.categories.find((c) => c.category === category)!;
    assert.deepEqual(tally(first, 'sprintGoal'), { category: 'sprintGoal', items: 2, points: 11, interruptionHours: 0, sources: { 'label "sprint-goal"': 1, 'sub-issue of a goal': 1 } });
    assert.deepEqual(tally(first, 'support').sources, { 'label "support"': 1 });
    assert.equal(tally(first, 'support').interruptionHours, 0.5);
    assert.deepEqual(tally(second, 'reactive'), { category: 'reactive', items: 1, points: 5, interruptionHours: 1, sources: { 'Unplanned: Emergency': 1 } });
    assert.deepEqual(tally(second, 'upstream').sources, { 'label "upstream"': 1 });
  });

  it('explains the derivation from the board\'s own fields', () => {
    const lines = report().workBalance.derivation;
    assert.equal(lines[0], 'The board\'s "Unplanned" field decides first: Unplanned → reactive (unplanned or emergency), Emergency → reactive (unplanned or emergency).');
    assert.ok(lines.includes('Points: the sum of the "Estimate" field.'));
  });

  it('counts items, not points, on a board without estimates', () => {
    const source = reportSource();
    source.fields = { ...fields, estimate: undefined, workType: undefined };
    const balance = buildTeamReport(source, options).workBalance;
    assert.equal(balance.hasEstimates, false);
    assert.equal(balance.byIteration[0].categories[0].points, undefined);
    assert.ok(balance.derivation.includes('The board has no work-type or Unplanned field, so labels decide.'));
    assert.equal(balance.byIteration[1].categories.find((c) => c.category === 'reactive')!.items, 0);
  });
});

describe('team report: blockers', () => {
  it('lists what is blocked now with its age, and clusters blocked days by reason and scope', () => {
    const b = report().blockers;
    assert.deepEqual(b.current.map((c) => [c.title, c.reasonLabel, c.scope, c.workingDays]), [['Upgrade | the <b>database</b>', 'Access or credentials', 'internal', 6.1]]);
    assert.deepEqual(b.byReason.map((r) => [r.reason, r.episodes, r.workingDays]), [
      ['upstream', 1, 5],
      ['access', 1, 6.13],
      ['unknown', 1, 2],
      ['awaiting-review', 1, 1],
    ].sort((x, y) => (y[2] as number) - (x[2] as number)));
    assert.deepEqual(b.byScope.map((s) => [s.scope, s.episodes]), [['external', 1], ['internal', 2], ['unknown', 1]]);
  });

  it('splits a blocker spanning two iterations, and follows the trend of flags per iteration', () => {
    assert.deepEqual(report().blockers.byIteration, [
      // f1: one day; f2 from Wednesday 09:00 to the end of the iteration: 2.625 days.
      { iteration: 'Iteration 1', flagged: 2, workingDays: 3.63 },
      // f2 until Wednesday 09:00: 2.375 days; the orphan resolution's recorded 2 days.
      { iteration: 'Iteration 2', flagged: 0, workingDays: 4.38 },
      { iteration: 'Iteration 3', flagged: 1, workingDays: 6.13 },
    ]);
  });

  it('counts a resolution whose flag comment was deleted under "Unknown reason"', () => {
    const b = report().blockers;
    assert.equal(b.orphanResolutions, 1);
    assert.equal(b.byReason.find((r) => r.reason === 'unknown')?.label, 'Unknown reason (flag comment deleted)');
  });

  it('counts an open flag on an item the board no longer shows blocked, without inventing its days', () => {
    const source = reportSource();
    const database = source.items[6];
    database.selectValues[fields.status!.id] = fields.status!.options[1].id;
    const b = buildTeamReport(source, options).blockers;
    assert.equal(b.endedWithoutRecord, 1);
    assert.deepEqual(b.current, []);
    assert.equal(b.byReason.find((r) => r.reason === 'access')?.workingDays, 0);
  });
});

describe('team report: time zones', () => {
  it('counts blocked working days in the time zone asked for, whatever zone the report before was built in', () => {
    const inTokyo = () => report({ timeZone: 'Asia/Tokyo' }).blockers;
    const first = inTokyo();
    report({ timeZone: 'America/Los_Angeles' });
    assert.deepEqual(inTokyo(), first);
    // Tokyo's working days start nine hours before UTC's: the same flags cover other hours of them.
    assert.notDeepEqual(first.byIteration, report().blockers.byIteration);
  });
});

describe('team report: filters and skipped records', () => {
  it('narrows to a person: their interruptions, items, blockers and capacity', () => {
    const r = report({ people: ['ANN'] });
    assert.deepEqual(r.interruptions.total, { count: 3, minutes: 90 });
    assert.deepEqual(r.focus.byPerson.map((p) => p.person), ['ann']);
    assert.deepEqual(r.blockers.current.map((c) => c.assignees), [['ann']]);
    assert.ok(r.people.includes('bo'), 'the filter still offers everyone');
  });

  it('narrows interruptions to a kind', () => {
    assert.deepEqual(report({ kinds: ['incident'] }).interruptions.total, { count: 2, minutes: 210 });
  });

  it('carries the number of records it could not read', () => {
    assert.equal(report().skippedRecords, 2);
    assert.match(reportMarkdown(report()), /^2 records skipped \(written by a newer Sprint Flow, or edited beyond reading\)\.$/m);
  });
});

describe('choosing the report\'s iterations', () => {
  const field = iterationField('Iteration', [iteration('Iteration 4', '2025-04-14'), it3], [it1, it2]);

  it('takes the current iteration and the ones before it', () => {
    const range = chooseIterations(field, 2, NOW, 'UTC');
    assert.deepEqual(range.ok && range.iterations.map((i) => i.title), ['Iteration 2', 'Iteration 3']);
  });

  it('takes iterations by title and names the ones the board does not have', () => {
    const range = chooseIterations(field, ['iteration 1', 'Iteration 3'], NOW, 'UTC');
    assert.deepEqual(range.ok && range.iterations.map((i) => i.title), ['Iteration 1', 'Iteration 3']);
    assert.deepEqual(chooseIterations(field, ['Iteration 9'], NOW, 'UTC'), { ok: false, reason: 'The board has no iteration named "Iteration 9".' });
    assert.equal(chooseIterations(field, 0, NOW, 'UTC').ok, false);
  });
});

describe('exporting the team report', () => {
  // Dates are written in the language VS Code is shown in: the golden file is the English one.
  before(() => useDisplayLocale('en'));
  after(() => useDisplayLocale(undefined));

  it('writes Markdown with tables only, escaping text from GitHub (golden file)', () => {
    const markdown = reportMarkdown(report());
    golden('team-report.md', markdown);
    // Rendered with raw HTML allowed and bare URLs linked: only the report's own structure comes out.
    const rendered: string = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    const tags = new Set([...rendered.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    assert.deepEqual([...tags].filter((t) => !['h1', 'h2', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'em'].includes(t)), []);
    assert.match(rendered, /<td>acme\/api#7 Upgrade \| the &lt;b&gt;database&lt;\/b&gt;<\/td>/);
  });

  it('writes the raw entries as CSV with quoting and no formulas (golden file)', () => {
    golden('team-report.csv', reportCsv(reportSource()));
  });

  it('quotes fields the way spreadsheets read them', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=1+2'), "'=1+2");
  });
});

