/**
 * What the team report reads on the demo board: marker-carrying interruption entries in the team logs of
 * iterations 37–41 (the current iteration's log is left to the interruption features), blocker flags and their
 * resolutions on items of iterations 37–42, and the awkward cases a real log has: an entry running past an
 * iteration's end, an entry posted twice, a person who has since left, a record from a newer Sprint Flow, and a
 * resolution whose flag comment was deleted. Its own random source, so the rest of the demo is unchanged.
 */
import { blockerFlag, blockerResolution, flagComment, resolutionComment } from '../../src/core/blockerRecords';
import { BLOCKER_REASONS } from '../../src/core/blockers';
import { Interruption } from '../../src/core/interruptions';
import { entryComment, teamLogTitle } from '../../src/core/teamLog';
import { comment, issue, user } from './builders';
import { IterationInfo, Random, Seed } from './demoSeed';
import { IssueRec, ItemRec, UserRec } from './model';
import { addDays, atHour } from './time';

export const DEMO_LEAVER = 'lena-fischer';
const LOG_REPO = 'northwind/infra';
const KIND_WEIGHTS = ['support-ticket', 'support-ticket', 'support-ticket', 'incident', 'question', 'question', 'review-request', 'meeting', 'upstream-community', 'other'];

export function reportHistory(seed: Seed): void {
  const random = new Random(4242);
  const leaver = user(seed.state, DEMO_LEAVER, { name: 'Lena Fischer', location: 'Berlin, Germany' });
  // She moved to another team of the company after iteration 38: still a member of the organization, so the entries
  // she wrote still count (GitHub tells who is on the team as it is now, not as it was).
  seed.state.orgs.get('northwind')?.members.push(leaver);
  const past = seed.iterations.filter((it) => it.number >= 37 && it.number <= 41);
  let serial = 0;
  for (const iteration of past) {
    const log = logIssue(seed, iteration);
    const people = iteration.number <= 38 ? [...seed.team, leaver] : seed.team;
    const count = 8 + random.int(0, 6);
    for (let i = 0; i < count; i += 1) {
      const person = random.pick(people);
      const day = workday(iteration, random.int(0, 9));
      const started = atHour(day, random.int(7, 16));
      started.setUTCMinutes(random.pick([0, 15, 30, 45]));
      const kind = random.pick(KIND_WEIGHTS);
      const entry: Interruption = {
        kind: 'interruption',
        id: `demo-${iteration.number}-${++serial}`,
        person: person.login,
        startedAt: started.toISOString(),
        minutes: kind === 'support-ticket' ? random.pick([15, 20, 30, 30, 45]) : random.pick([15, 30, 45, 60, 90, 120]),
        interruptionKind: kind,
        iteration: iteration.title,
        ...(kind === 'support-ticket' ? { link: `https://support.northwind.example/tickets/${4100 + serial}` } : {}),
        ...(random.chance(0.3) ? { note: random.pick(NOTES) } : {}),
      };
      comment(seed.state, log, { author: person, body: entryComment(entry, LOG_REPO), createdAt: new Date(started.getTime() + entry.minutes * 60_000) });
    }
  }
  awkwardEntries(seed, past);
  blockers(seed, random);
}

const NOTES = [
  'Customer could not rotate their API key',
  'Pager: queue backlog on ingest',
  'Explained the webhook retry policy to sales',
  'Reviewed a community PR to the Terraform provider',
  'Sprint review prep',
  'Question about <script> tags in invoice notes & escaping',
];

/** The iteration's log issue: the hand-written ones of 40 and 41 exist already, the others are created here. */
function logIssue(seed: Seed, iteration: IterationInfo): IssueRec {
  const title = teamLogTitle(iteration.title);
  const existing = seed.repos.infra.issues.find((i) => i.title === title);
  return (
    existing ??
    issue(seed.state, seed.repos.infra, {
      title,
      author: seed.team[0],
      labels: ['interruption-log'],
      body: 'Interruptions during this iteration, one comment per entry (written by Sprint Flow).',
      state: 'CLOSED',
      createdAt: atHour(iteration.startDate, 8),
      closedAt: atHour(iteration.endDate, 17),
    })
  );
}

/** Monday to Friday: the n-th working day of the iteration (0-based). */
function workday(iteration: IterationInfo, n: number): string {
  const week = Math.floor(n / 5);
  return addDays(iteration.startDate, week * 7 + (n % 5));
}

function awkwardEntries(seed: Seed, past: IterationInfo[]): void {
  const [mara, kenji] = seed.team;
  const it40 = past.find((it) => it.number === 40)!;
  const it39 = past.find((it) => it.number === 39)!;
  // Paged late on the last evening of iteration 40: two hours, one of them in iteration 41.
  const page: Interruption = {
    kind: 'interruption', id: 'demo-boundary-page', person: kenji.login, startedAt: `${it40.endDate}T23:00:00.000Z`, minutes: 120,
    interruptionKind: 'incident', iteration: it40.title, note: 'Certificate expiry alert on the edge proxy',
  };
  const log40 = logIssue(seed, it40);
  comment(seed.state, log40, { author: kenji, body: entryComment(page, LOG_REPO), createdAt: atHour(addDays(it40.endDate, 1), 2) });
  // A retry after a lost answer posted the same entry twice: it counts once.
  const twice: Interruption = {
    kind: 'interruption', id: 'demo-posted-twice', person: mara.login, startedAt: atHour(workday(it39, 3), 13).toISOString(), minutes: 45,
    interruptionKind: 'support-ticket', iteration: it39.title, link: 'https://support.northwind.example/tickets/4321',
  };
  const log39 = logIssue(seed, it39);
  for (let i = 0; i < 2; i += 1) {
    comment(seed.state, log39, { author: mara, body: entryComment(twice, LOG_REPO), createdAt: atHour(workday(it39, 3), 14 + i) });
  }
  // Written by a newer Sprint Flow: skipped and counted.
  comment(seed.state, log39, {
    author: mara,
    body: '30 min · pairing request\n\n<!-- sprint-flow:v2 {"kind":"interruption","id":"demo-v2","minutes":30} -->',
    createdAt: atHour(workday(it39, 4), 11),
  });
}

/** Items of an iteration on the demo board, found through the board's iteration field. */
function itemsIn(seed: Seed, iteration: IterationInfo): ItemRec[] {
  const field = seed.board.fields.find((f) => f.dataType === 'ITERATION')!;
  const id = field.iterationConfig!.iterations.find((it) => it.title === iteration.title)?.id;
  return seed.board.items.filter((item) => {
    const value = item.values.get(field.id);
    return value?.type === 'iteration' && value.iterationId === id && item.content && item.content.kind !== 'DraftIssue';
  });
}

function statusOf(seed: Seed, item: ItemRec): string | undefined {
  const field = seed.board.fields.find((f) => f.name === 'Status')!;
  const value = item.values.get(field.id);
  return value?.type === 'singleSelect' ? field.options.find((o) => o.id === value.optionId)?.name : undefined;
}

const DETAILS: Record<string, string> = {
  'awaiting-review': 'The pull request waits for a second reviewer.',
  'internal-dependency': 'Needs the new auth middleware from the identity team.',
  upstream: 'Waiting for the upstream client library to release the fix.',
  'community-or-customer': 'Asked the customer for a reproduction case.',
  'cloud-vendor': 'Support case open with the cloud vendor about quota.',
  access: 'No write access to the production secrets store yet.',
  environment: 'The staging cluster is down.',
  'not-ready': 'Acceptance criteria are unclear.',
  preempted: 'Pulled onto the incident rotation.',
  'person-unavailable': 'The reviewer is on leave this week.',
};

function blockers(seed: Seed, random: Random): void {
  const yesterday = atHour(addDays(seed.today, -1), 20).getTime();
  let serial = 0;
  for (const iteration of seed.iterations.filter((it) => it.number >= 37 && it.number <= 42)) {
    const items = itemsIn(seed, iteration).filter((item) => (item.content as IssueRec).assignees[0]?.login !== seed.viewer.login);
    const current = iteration.number === 42;
    const chosen = current ? items.filter((item) => statusOf(seed, item) === 'In Review/Blocked') : pickSome(random, items, 3 + random.int(0, 2));
    for (const item of chosen) {
      const content = item.content as IssueRec;
      const person: UserRec = content.assignees[0] ?? seed.viewer;
      const reason = random.pick(BLOCKER_REASONS).id;
      const flaggedAt = Math.min(atHour(workday(iteration, random.int(0, current ? 1 : 6)), random.int(8, 16)).getTime(), yesterday - 3_600_000);
      const flag = blockerFlag({ id: `demo-flag-${++serial}`, reason, details: DETAILS[reason], flaggedAt: new Date(flaggedAt), flaggedBy: person.login, previousStatus: undefined });
      addComment(content, seed, person, flagComment(flag), flaggedAt);
      if (current) continue;
      const resolvedAt = Math.min(flaggedAt + random.int(1, 7) * 86_400_000 + random.int(1, 6) * 3_600_000, yesterday);
      const resolution = blockerResolution(flag, { id: `demo-resolve-${serial}`, resolvedAt: new Date(resolvedAt), resolvedBy: person.login, timeZone: 'UTC', resolution: 'Unblocked.' });
      if (iteration.number === 38 && serial % 2 === 0) {
        // The flag comment was deleted later; only the resolution remains.
        content.comments.pop();
      }
      addComment(content, seed, person, resolutionComment(resolution), resolvedAt);
    }
  }
}

function addComment(content: IssueRec, seed: Seed, author: UserRec, body: string, at: number): void {
  const added = comment(seed.state, content, { author, body, createdAt: new Date(at) });
  if (added.createdAt > content.updatedAt) content.updatedAt = added.createdAt;
}

function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length) chosen.push(pool.splice(random.int(0, pool.length - 1), 1)[0]);
  return chosen;
}

export const DEMO_REPORT_ITERATIONS = [37, 38, 39, 40, 41, 42].map((n) => `Iteration ${n}`);
