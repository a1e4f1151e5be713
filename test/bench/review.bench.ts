// What opening the sprint review costs on the 2,000-item board: requests and GitHub's rate-limit points (as the
// local GitHub prices them with GitHub's formula) for the last ended iteration, with and without items(query:).
import { parseProjectUrl } from '../../src/core/projectUrl';
import { loadSprintReview } from '../../src/github/review/reviewLoader';
import { publishStartSnapshot } from '../../src/github/review/startSnapshot';
import { DEMO_TOKEN, demoBoard, demoProjectUrl, startFakeGitHub } from '../fake-github';
import { apiFor } from '../unit/githubHarness';
import { BenchFigure } from './figures';

// The padded board fills every third iteration (36, 39, 42): Iteration 39 is the last ended one with items, and
// Iteration 42 the running one, whose review the sprint dashboard reads for its burn-up.
const REVIEWS = [
  { iteration: 'Iteration 39', section: 'Sprint review of Iteration 39' },
  { iteration: 'Iteration 42', section: 'Sprint review of the running Iteration 42 (the dashboard\'s burn-up)' },
];
const CAPABILITY_CHECKS = new Set(['ProjectItemsArguments', 'ProjectItemHistoryType']);

export async function measure(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const { iteration, section } of REVIEWS) for (const itemsQuery of [true, false]) {
    const github = await startFakeGitHub({ state: demoBoard({ boardItems: 2000 }), switches: { itemsQuery } });
    try {
      const api = apiFor(github, DEMO_TOKEN);
      const load = await loadSprintReview(api, parseProjectUrl(demoProjectUrl(github.origin)), { iteration, fieldOverrides: {}, hoursPerDay: 6, goalLabel: 'sprint-goal', now: new Date(), timeZone: 'UTC' });
      if (load.kind !== 'ready') throw new Error(load.message);
      const log = github.requestLog.filter((r) => !CAPABILITY_CHECKS.has(r.operationName ?? ''));
      const points = log.reduce((sum, r) => sum + (r.cost ?? 0), 0);
      const board = `2,000 items, ${itemsQuery ? 'with' : 'without'} items(query:)`;
      const note = `${load.source.items.length} review items; besides the once-per-window capability checks`;
      figures.push({ section, name: `${board}: requests`, value: log.length, unit: 'requests', note });
      figures.push({ section, name: `${board}: points`, value: points, unit: 'points' });
    } finally {
      await github.close();
    }
  }
  for (const itemsQuery of [true, false]) figures.push(...(await recordingTheStart(itemsQuery)));
  return figures;
}

/** Recording the start of the running iteration, as the sprint-start offer does once per iteration. */
async function recordingTheStart(itemsQuery: boolean): Promise<BenchFigure[]> {
  const github = await startFakeGitHub({ state: demoBoard({ boardItems: 2000 }), switches: { itemsQuery } });
  try {
    const api = apiFor(github, DEMO_TOKEN);
    const result = await publishStartSnapshot(api, parseProjectUrl(demoProjectUrl(github.origin)), {
      iteration: 'Iteration 42', fieldOverrides: {}, goals: { label: 'sprint-goal', includeParents: true }, now: new Date(), timeZone: 'UTC',
    });
    if (result.kind !== 'published') throw new Error(result.kind === 'problem' ? result.message : 'the start of Iteration 42 was recorded already');
    const log = github.requestLog.filter((r) => !CAPABILITY_CHECKS.has(r.operationName ?? ''));
    const section = 'Recording the start of Iteration 42 (the sprint-start offer, once per iteration)';
    const board = `2,000 items, ${itemsQuery ? 'with' : 'without'} items(query:)`;
    return [
      { section, name: `${board}: requests`, value: log.length, unit: 'requests', note: `${result.items} items recorded; besides the once-per-window capability check` },
      { section, name: `${board}: points`, value: log.reduce((sum, r) => sum + (r.cost ?? 0), 0), unit: 'points' },
    ];
  } finally {
    await github.close();
  }
}
