import * as assert from 'node:assert/strict';
import { SprintSnapshot } from '../../src/core/model';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { statusOf } from '../../src/core/sprint';
import { loadGoals } from '../../src/github/goalsLoader';
import { loadReport } from '../../src/github/reportLoader';
import { loadSprint } from '../../src/github/sprintLoader';
import { DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, startFakeGitHub, valueCount } from '../fake-github';
import { apiFor } from './githubHarness';

const WIDE = { fields: 30, valuesPerItem: 25 };
const options = { fieldOverrides: {}, timeZone: 'UTC', now: new Date() };

/** What a reader made of my sprint, by what it reads from each item's fields. */
const shown = (snapshot: SprintSnapshot) =>
  snapshot.items
    .map((item) => `${item.title} | ${statusOf(item, snapshot.fields.status)?.name} | ${snapshot.fields.estimate && item.numberValues[snapshot.fields.estimate.id]}`)
    .sort();

describe('a board with many fields (30, 25 set on each item)', () => {
  const boards: Record<'narrow' | 'wide', FakeGitHub | undefined> = { narrow: undefined, wide: undefined };

  afterEach(async () => {
    await boards.narrow?.close();
    await boards.wide?.close();
  });

  async function start(itemsQuery: boolean): Promise<{ narrow: FakeGitHub; wide: FakeGitHub }> {
    boards.narrow = await startFakeGitHub({ state: demoBoard({ boardItems: 150 }), switches: { itemsQuery } });
    boards.wide = await startFakeGitHub({ state: demoBoard({ boardItems: 150, wide: WIDE }), switches: { itemsQuery } });
    return { narrow: boards.narrow, wide: boards.wide };
  }

  async function sprintOf(github: FakeGitHub, previous?: SprintSnapshot): Promise<SprintSnapshot> {
    const load = await loadSprint(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), options, previous);
    assert.equal(load.kind, 'ready');
    return (load as Extract<typeof load, { kind: 'ready' }>).snapshot;
  }

  // What a server can do is asked once per API URL in a process, and a port an earlier test's server used may come
  // round again: the capability questions are the window's, not the board's, so they are left out of the comparison.
  const CAPABILITY_QUESTIONS = new Set(['ProjectItemsArguments', 'MutationNames', 'ProjectItemHistoryType']);
  const operations = (github: FakeGitHub) =>
    github.requestLog.filter((entry) => !CAPABILITY_QUESTIONS.has(entry.operationName ?? '')).map((entry) => `${entry.operationName} ${entry.cost}`);

  it('is wide: 30 fields, and the fields Sprint Flow reads come after the first 20 values of an item', () => {
    const state = demoBoard({ boardItems: 150, wide: WIDE });
    const project = state.projects.find((p) => p.title === 'Platform Team Sprint Board')!;
    assert.equal(project.fields.length, 30);
    assert.ok(project.fields.findIndex((f) => f.name === 'Estimate') > 20);
    const iterationId = project.fields.find((f) => f.dataType === 'ITERATION')!.id;
    const inIterations = project.items.filter((item) => item.values.has(iterationId) && item.content?.kind === 'Issue');
    // A few of the demo's own items lack a status or an estimate, and so hold 23 or 24.
    assert.ok(inIterations.filter((item) => valueCount(item) === 25).length > 50);
    assert.ok(inIterations.every((item) => valueCount(item) >= 23));
  });

  for (const itemsQuery of [true, false]) {
    it(`shows my sprint as on a narrow board, in the same requests at the same cost (${itemsQuery ? 'with' : 'without'} items(query:))`, async () => {
      const { narrow, wide } = await start(itemsQuery);
      const narrowFirst = await sprintOf(narrow);
      const wideFirst = await sprintOf(wide);
      assert.deepEqual(shown(wideFirst), shown(narrowFirst));
      assert.ok(wideFirst.items.some((item) => Object.keys(item.numberValues).length > 0), 'estimates past the 20th value are read');
      assert.deepEqual(operations(wide), operations(narrow));
      narrow.requestLog.length = 0;
      wide.requestLog.length = 0;
      assert.deepEqual(shown(await sprintOf(wide, wideFirst)), shown(await sprintOf(narrow, narrowFirst)));
      assert.deepEqual(operations(wide), operations(narrow));
      assert.equal(operations(wide).length, 1);
    });
  }

  it('finds goals marked by a field, and reads the work type for the team report, past the 20th value', async () => {
    const { narrow, wide } = await start(false);
    const snapshot = await sprintOf(wide);
    const narrowSnapshot = await sprintOf(narrow);
    narrow.requestLog.length = 0;
    wide.requestLog.length = 0;
    const settings = { label: 'no-such-label', fieldName: 'Priority', fieldValue: 'P0', includeParents: false };
    const goals = await loadGoals(apiFor(wide, DEMO_TOKEN), snapshot, settings);
    assert.deepEqual(goals.goals.map((g) => g.title), ['Goal: billing webhooks are signed and verifiable']);
    await loadGoals(apiFor(narrow, DEMO_TOKEN), narrowSnapshot, settings);
    assert.deepEqual(operations(wide), operations(narrow));

    const report = await loadReport(apiFor(wide, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(wide.origin)), options);
    assert.ok(report.kind === 'ready');
    const workType = report.source.fields.workType!;
    const renewal = report.source.items.find((item) => item.title === 'Renew the wildcard TLS certificate')!;
    assert.equal(workType.options.find((o) => o.id === renewal.selectValues[workType.id])?.name, 'Unplanned');
  });
});
