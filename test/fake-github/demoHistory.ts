/**
 * The generated part of the demo board: everyone's work in past iterations (mostly done, some carried over), the
 * rest of the team's current iteration, planned future iterations, a backlog, per-iteration "Support" and
 * "Upstream OSS contributions" issues, sprint goals with sub-issues, commits that reference them, and the team's
 * interruption logs.
 */
import { comment, commit, issue } from './builders';
import { IterationInfo, put, Seed } from './demoSeed';
import { RepoRec, UserRec } from './model';
import { addDays, atHour } from './time';

const SUBJECTS: Record<'api' | 'web' | 'infra', string[]> = {
  api: [
    'rate limiting for public endpoints', 'cursor pagination in the orders API', 'idempotency keys for refunds',
    'the OpenAPI description of invoices', 'webhook delivery retries', 'the customer export job',
    'request validation errors', 'the search endpoint timeout', 'audit events for API keys', 'currency rounding in totals',
    'the health check endpoint', 'bulk updates for subscriptions', 'deprecated v1 endpoints', 'N+1 queries in order listing',
    'SDK error types', 'tenant isolation tests', 'the refund state machine', 'request logging sampling',
    'OAuth token refresh', 'the billing reconciliation report', 'GraphQL field deprecations', 'p99 latency of checkout',
  ],
  web: [
    'the settings page layout', 'dark mode contrast', 'the onboarding checklist', 'keyboard navigation in tables',
    'the invoice PDF preview', 'client-side error reporting', 'bundle size of the dashboard', 'the team invite flow',
    'date pickers across time zones', 'empty states on reports', 'screen reader labels on charts', 'the login rate limit message',
    'the usage graph tooltips', 'feature flag cleanup', 'the billing page copy', 'Storybook for form components',
    'CSV export of usage', 'the notifications drawer', 'localized number formats', 'cookie consent banner',
  ],
  infra: [
    'Terraform state locking', 'node pool autoscaling', 'the staging database backups', 'alert routing for on-call',
    'log retention costs', 'the CI runner images', 'secret rotation in Vault', 'DNS failover tests', 'the CDN cache rules',
    'Kubernetes 1.30 upgrade', 'cost dashboards per team', 'the disaster recovery drill', 'container image scanning',
    'Prometheus cardinality', 'the blue-green deploy script', 'load balancer TLS policies', 'runbooks for queue backlogs',
    'ephemeral preview environments', 'the egress firewall rules', 'SLO burn-rate alerts',
  ],
};

const VERBS = ['Improve', 'Fix', 'Add tests for', 'Refactor', 'Document', 'Speed up', 'Clean up', 'Harden', 'Measure', 'Simplify'];

const COMMENTS = [
  'I can pick this up after standup.',
  'Pairing on this tomorrow (my morning, your afternoon).',
  'Needs a decision from product before we continue.',
  'Left a review; two small comments.',
  'Deployed to staging, looks good so far.',
  'This turned out bigger than estimated.',
  "Couldn't reproduce locally — do you have logs?",
];

const STATUS_NOW = ['Refined', 'Up Next', 'In progress', 'In progress', 'In Review/Blocked', 'Done', 'Done'];

export function fillBoard(seed: Seed): void {
  const titles = titleSource(seed);
  for (const iteration of seed.iterations) {
    const number = iteration.number;
    recurringIssues(seed, iteration);
    if (number < 42) {
      pastIteration(seed, iteration, titles);
    } else if (number === 42) {
      for (const person of seed.team.slice(1)) {
        for (let i = 0; i < 4; i += 1) {
          const status = seed.random.pick(STATUS_NOW);
          regularItem(seed, titles, iteration, person, status, status === 'Done');
        }
      }
    } else {
      for (let i = 0; i < 12; i += 1) {
        regularItem(seed, titles, iteration, seed.random.pick(seed.team), seed.random.pick(['Refined', 'Up Next']), false);
      }
    }
  }
  for (let i = 0; i < 70; i += 1) {
    const status = seed.random.chance(0.6) ? 'Upcoming Initiatives' : seed.random.chance(0.7) ? 'Refined' : undefined;
    const assignees = seed.random.chance(0.5) ? [seed.random.pick(seed.team)] : [];
    const repo = pickRepo(seed);
    put(seed, { repo, title: titles(repo), assignees, status, createdOn: addDays(seed.today, -seed.random.int(5, 200)) });
  }
  interruptionLogs(seed);
}

function pickRepo(seed: Seed): RepoRec {
  return seed.random.pick([seed.repos.api, seed.repos.web, seed.repos.infra]);
}

/** Distinct, plausible titles per repository ("Improve webhook delivery retries"). */
function titleSource(seed: Seed): (repo: RepoRec) => string {
  const used = new Set<string>();
  return (repo) => {
    const subjects = SUBJECTS[repo.name as keyof typeof SUBJECTS];
    for (let attempt = 0; ; attempt += 1) {
      const title = `${seed.random.pick(VERBS)} ${seed.random.pick(subjects)}${attempt > 20 ? ` (${attempt})` : ''}`;
      if (!used.has(title)) {
        used.add(title);
        return title;
      }
    }
  };
}

function regularItem(seed: Seed, titles: (repo: RepoRec) => string, iteration: IterationInfo, person: UserRec, status: string, closed: boolean) {
  const { random } = seed;
  const repo = pickRepo(seed);
  const talk = random.chance(0.25) ? [{ author: random.pick(seed.team), body: random.pick(COMMENTS) }] : [];
  return put(seed, {
    repo,
    pullRequest: random.chance(0.12),
    title: titles(repo),
    iteration,
    assignees: [person],
    status,
    closed,
    estimate: random.chance(0.8) ? random.pick([1, 2, 3, 5, 8]) : undefined,
    unplanned: random.chance(0.12) ? (random.chance(0.75) ? 'Unplanned' : 'Emergency') : undefined,
    priority: random.chance(0.4) ? random.pick(['P0', 'P1', 'P2'] as const) : undefined,
    endDate: random.chance(0.2) ? iteration.endDate : undefined,
    labels: random.chance(0.2) ? [random.pick(['bug', 'enhancement', 'tech-debt'])] : undefined,
    comments: talk,
  });
}

function pastIteration(seed: Seed, iteration: IterationInfo, titles: (repo: RepoRec) => string): void {
  const { random, team, state } = seed;
  const repo = pickRepo(seed);
  const owner = random.pick(team);
  const goal = put(seed, {
    repo,
    title: `Goal: ${titles(repo).replace(/^\w/, (c) => c.toLowerCase())}`,
    iteration,
    assignees: [owner],
    status: 'Done',
    closed: true,
    labels: ['sprint-goal'],
    estimate: 8,
  }).content!;
  for (let i = 0; i < 3; i += 1) {
    const person = random.pick(team);
    const done = random.chance(0.85);
    put(seed, { repo, title: titles(repo), iteration, assignees: [person], status: done ? 'Done' : 'In progress', closed: done, parent: goal, estimate: random.pick([1, 2, 3]) });
  }
  commit(state, repo, {
    message: `Finish ${goal.title.replace(/^Goal: /, '')}\n\nRefs ${repo.owner.login}/${repo.name}#${goal.number}\nSprint-Goal: ${repo.owner.login}/${repo.name}#${goal.number}`,
    author: owner,
    date: atHour(addDays(iteration.startDate, 9), 14),
  });
  for (let i = 0; i < 24; i += 1) {
    const done = random.chance(0.88);
    regularItem(seed, titles, iteration, random.pick(team), done ? 'Done' : random.pick(['In progress', 'In Review/Blocked']), done);
  }
}

/** Every iteration has a Support issue (rotating) and an Upstream OSS contributions issue. */
function recurringIssues(seed: Seed, iteration: IterationInfo): void {
  const { team, repos } = seed;
  const past = iteration.number < 42;
  const future = iteration.number > 42;
  if (iteration.number !== 42) {
    const support = team[iteration.number % team.length];
    put(seed, {
      repo: repos.infra,
      title: `Support · ${iteration.title}`,
      iteration,
      assignees: [support],
      status: past ? 'Done' : 'Up Next',
      closed: past,
      labels: ['support'],
      body: 'Support rotation for this iteration. Time-box tickets to 30 minutes.',
    });
  }
  put(seed, {
    repo: repos.api,
    title: `Upstream OSS contributions · ${iteration.title}`,
    iteration,
    assignees: [team[(iteration.number + 1) % team.length]],
    status: past ? 'Done' : future ? 'Up Next' : 'In progress',
    closed: past,
    labels: ['upstream'],
    body: 'Reviews, issues and patches in the open-source projects we depend on.',
  });
}

/** Last two iterations' team logs, written by hand before Sprint Flow (no markers: readers must skip them). */
function interruptionLogs(seed: Seed): void {
  const { state, repos, team, iterations } = seed;
  for (const iteration of iterations.filter((it) => it.number === 40 || it.number === 41)) {
    const log = issue(state, repos.infra, {
      title: `Interruption log · ${iteration.title}`,
      author: team[0],
      labels: ['interruption-log'],
      body: 'One comment per interruption.',
      state: 'CLOSED',
      createdAt: atHour(iteration.startDate, 8),
      closedAt: atHour(iteration.endDate, 17),
    });
    comment(state, log, { author: team[2], body: 'Customer escalation about webhook retries, ~45 minutes.', createdAt: atHour(addDays(iteration.startDate, 2), 6) });
    comment(state, log, { author: team[5], body: 'Paged at night: disk full on the staging bastion.', createdAt: atHour(addDays(iteration.startDate, 6), 23) });
  }
}

/** Other people's work until the board holds `total` items: a third in the iterations, the rest in the backlog. */
export function padBoard(seed: Seed, total: number): void {
  const others = seed.team.slice(1);
  const repos = [seed.repos.api, seed.repos.web, seed.repos.infra];
  for (let n = seed.board.items.length; n < total; n += 1) {
    const iteration = n % 3 === 0 ? seed.iterations[n % seed.iterations.length] : undefined;
    const repo = repos[n % repos.length];
    put(seed, {
      repo,
      title: `${VERBS[n % VERBS.length]} ${seed.random.pick(SUBJECTS[repo.name as keyof typeof SUBJECTS])} (${n})`,
      assignees: [others[n % others.length]],
      status: STATUS_NOW[n % STATUS_NOW.length],
      ...(iteration ? { iteration } : {}),
      estimate: 1 + (n % 5),
    });
  }
}
