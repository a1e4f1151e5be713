import * as assert from 'node:assert/strict';
import { SprintSnapshot } from '../../src/core/model';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { buildTeamReport } from '../../src/core/report/teamReport';
import { GitHubError } from '../../src/github/errors';
import { loadGoals } from '../../src/github/goalsLoader';
import { MAX_TEXT_LENGTH } from '../../src/github/json';
import { loadReport } from '../../src/github/reportLoader';
import { loadSprint } from '../../src/github/sprintLoader';
import { DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, GitHubState, startFakeGitHub } from '../fake-github';
import { MalformedSwitch } from '../fake-github/malformed';
import { apiFor } from './githubHarness';

const SWEEP_SEEDS = 8;
const options = () => ({ fieldOverrides: {}, timeZone: 'UTC', now: new Date() });
const injected = (github: FakeGitHub) => github.requestLog.reduce((n, r) => n + (r.malformations?.length ?? 0), 0);

describe('malformed answers from GitHub', () => {
  let state: GitHubState;
  let github: FakeGitHub;
  let clean: SprintSnapshot;
  let total = 0;

  before(async () => {
    state = demoBoard();
    github = await startFakeGitHub({ state });
    const load = await loadSprint(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), options());
    clean = load.kind === 'ready' ? load.snapshot : assert.fail('the demo board loads');
    await github.close();
  });

  beforeEach(async () => {
    github = await startFakeGitHub({ state });
  });

  afterEach(async () => {
    total += injected(github);
    await github.close();
  });

  after(() => console.log(`      (${total} malformations injected)`));

  async function sprintWith(malformed: MalformedSwitch): Promise<SprintSnapshot> {
    github.switches.malformed = malformed;
    const load = await loadSprint(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), options());
    assert.ok(injected(github) > 0, 'the answers were rewritten');
    return load.kind === 'ready' ? load.snapshot : assert.fail(`the sprint loads (${load.kind})`);
  }

  it('lists every item whose content is null, as one the viewer cannot open', async () => {
    const snapshot = await sprintWith({ seed: 1, rate: 1, kinds: ['null'], fields: ['content'] });
    assert.equal(snapshot.items.length, clean.items.length);
    assert.ok(snapshot.items.every((i) => i.type === 'REDACTED' && i.title === 'You do not have access to this item'));
  });

  it('lists items whose title, number, link, repository and labels are missing, as untitled', async () => {
    const snapshot = await sprintWith({ seed: 2, rate: 1, kinds: ['drop'], fields: ['title', 'number', 'url', 'repository', 'labels'] });
    assert.equal(snapshot.items.length, clean.items.length);
    assert.ok(snapshot.items.every((i) => i.title === 'Untitled' && i.number === undefined && i.url === undefined && i.labels.length === 0));
  });

  it('cuts megabyte titles to 1,000 characters ending in an ellipsis, keeping how they begin', async () => {
    const snapshot = await sprintWith({ seed: 3, rate: 1, kinds: ['huge'], fields: ['title'] });
    assert.deepEqual(snapshot.items.map((i) => i.id).sort(), clean.items.map((i) => i.id).sort());
    for (const item of snapshot.items) {
      const before = clean.items.find((i) => i.id === item.id)!;
      assert.equal(item.title.length, MAX_TEXT_LENGTH);
      assert.ok(item.title.startsWith(before.title) && item.title.endsWith('…'));
    }
  });

  it('reads fields and values by what they hold when their type names are newer than Sprint Flow', async () => {
    const snapshot = await sprintWith({ seed: 4, rate: 1, kinds: ['unknownEnum'], fields: ['__typename'] });
    assert.deepEqual(snapshot.items.map((i) => i.id).sort(), clean.items.map((i) => i.id).sort());
    assert.equal(snapshot.fields.iteration?.name, clean.fields.iteration?.name);
    assert.deepEqual(snapshot.items.map((i) => i.selectValues), clean.items.map((i) => i.selectValues));
  });

  it('takes an unknown item type from its content, and leaves an unknown state unset', async () => {
    const snapshot = await sprintWith({ seed: 5, rate: 1, kinds: ['unknownEnum'], fields: ['type', 'issueState', 'pullRequestState'] });
    assert.deepEqual(snapshot.items.map((i) => i.type), clean.items.map((i) => i.type));
    assert.ok(snapshot.items.every((i) => i.state === undefined));
  });

  it('says so clearly when GitHub leaves out who is signed in', async () => {
    github.switches.malformed = { seed: 6, rate: 1, kinds: ['null'], fields: ['viewer'] };
    await assert.rejects(loadSprint(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), options()), (e: unknown) =>
      e instanceof GitHubError && /did not say who is signed in/.test(e.message),
    );
  });

  it('keeps the goals and the team report readable when titles are huge and contents null', async () => {
    github.switches.malformed = { seed: 7, rate: 0.5, kinds: ['huge', 'null'], fields: ['title', 'content', 'subIssuesSummary'] };
    const api = apiFor(github, DEMO_TOKEN);
    const { goals } = await loadGoals(api, clean, { label: 'sprint-goal', includeParents: true });
    assert.ok(goals.every((g) => g.title.length <= MAX_TEXT_LENGTH && g.subIssues.total >= 0));
    const load = await loadReport(api, parseProjectUrl(demoProjectUrl(github.origin)), options());
    assert.equal(load.kind, 'ready');
    const report = load.kind === 'ready' ? buildTeamReport(load.source, { hoursPerDay: 6, timeZone: 'UTC', now: new Date(), goalLabel: 'sprint-goal' }) : assert.fail();
    assert.ok(report.blockers.current.every((c) => c.title.length <= MAX_TEXT_LENGTH));
  });

  it(`never crashes the sprint, goals or report loaders on ${SWEEP_SEEDS} seeds of every malformation: a result, or a GitHubError`, async function () {
    this.timeout(300_000);
    const api = apiFor(github, DEMO_TOKEN, 0);
    const ref = parseProjectUrl(demoProjectUrl(github.origin));
    const crashes: string[] = [];
    for (let seed = 100; seed < 100 + SWEEP_SEEDS; seed++) {
      github.switches.itemsQuery = seed % 2 === 0;
      github.switches.malformed = { seed, rate: 0.05 };
      const loads = {
        sprint: () => loadSprint(api, ref, options()),
        goals: () => loadGoals(api, clean, { label: 'sprint-goal', includeParents: true }),
        report: async () => {
          const load = await loadReport(api, ref, options());
          if (load.kind === 'ready') buildTeamReport(load.source, { hoursPerDay: 6, timeZone: 'UTC', now: new Date(), goalLabel: 'sprint-goal' });
        },
      };
      for (const [name, load] of Object.entries(loads)) {
        await load().catch((e: unknown) => e instanceof GitHubError || crashes.push(`seed ${seed}, ${name}: ${(e as Error).stack}`));
      }
    }
    assert.deepEqual(crashes, []);
    assert.ok(injected(github) > 100, `${injected(github)} malformations`);
  });
});
