// A large team report input, built from a seed: the same numbers every run, shaped like a real board's history.
import { blockerFlag, blockerResolution } from '../../src/core/blockerRecords';
import { BLOCKER_REASONS } from '../../src/core/blockers';
import { IterationItem } from '../../src/core/goals';
import { Interruption, INTERRUPTION_KINDS } from '../../src/core/interruptions';
import { MarkerRecord } from '../../src/core/markers';
import { BoardFields, Iteration } from '../../src/core/model';
import { ReportOptions, ReportSource } from '../../src/core/report/model';
import { iteration, iterationField, item, numberField, singleSelect } from '../unit/builders';

export interface WorkloadShape {
  entries: number;
  iterations: number;
  people: number;
  /** Board items per interruption entry. */
  itemsPerEntry: number;
  /** Share of items with blocker records in their comments. */
  blockedShare: number;
}

/** The shape the bench uses: a team of 40 over a year of two-week iterations; items and blockers grow with entries. */
export const BENCH_SHAPE: Omit<WorkloadShape, 'entries'> = { iterations: 26, people: 40, itemsPerEntry: 0.1, blockedShare: 0.25 };

const FIRST_MONDAY = Date.UTC(2025, 0, 6);
const DAY_MS = 86_400_000;
const TIME_ZONE = 'Europe/Berlin';

/** mulberry32: a small seeded generator, so two runs (and two versions of the code) see the same input. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function reportWorkload(shape: WorkloadShape, seed = 42): { source: ReportSource; options: ReportOptions } {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  const iterations: Iteration[] = Array.from({ length: shape.iterations }, (_, i) =>
    iteration(`Iteration ${i + 1}`, new Date(FIRST_MONDAY + i * 14 * DAY_MS).toISOString().slice(0, 10)),
  );
  const last = iterations[iterations.length - 1];
  const now = new Date(Date.parse(`${last.startDate}T00:00:00Z`) + 9 * DAY_MS + 14 * 3_600_000);
  const status = singleSelect('Status', ['Upcoming Initiatives', 'Refined', 'Up Next', 'In progress', 'In Review/Blocked', 'Done']);
  const unplanned = singleSelect('Unplanned', ['Unplanned', 'Emergency']);
  const estimate = numberField('Estimate') as BoardFields['estimate'];
  const field = iterationField('Iteration', [last], iterations.slice(0, -1));
  const fields: BoardFields = { iteration: field, status, blockedOption: status.options[4], estimate, workType: unplanned };
  const people = Array.from({ length: shape.people }, (_, i) => `engineer-${String(i + 1).padStart(2, '0')}`);
  // An instant on a given day of an iteration, at a UTC hour.
  const at = (it: Iteration, day: number, hour: number) => Date.parse(`${it.startDate}T00:00:00Z`) + day * DAY_MS + hour * 3_600_000;

  const interruptions: Interruption[] = [];
  for (let n = 0; n < shape.entries; n++) {
    const index = between(0, iterations.length - 1);
    const it = iterations[index];
    const kind = chance(0.005) ? 'pairing' : pick(INTERRUPTION_KINDS).id;
    let start = at(it, pick([0, 1, 2, 3, 4, 7, 8, 9, 10, 11]), between(6, 16) + random());
    let minutes = kind === 'support-ticket' ? 30 : between(5, 120);
    if (chance(0.02)) {
      // Paged late on an iteration's last evening: the entry runs into the next iteration.
      start = at(it, 13, 21 + random() * 2);
      minutes = between(90, 300);
    }
    const person = pick(people);
    interruptions.push({
      kind: 'interruption',
      id: `entry-${n}`,
      person: chance(0.05) ? person.toUpperCase() : person,
      startedAt: chance(0.001) ? 'yesterday afternoon' : new Date(start).toISOString(),
      minutes,
      interruptionKind: kind,
      iteration: it.title,
      ...(chance(0.3) ? { link: `https://support.example.com/tickets/${n}` } : {}),
      ...(chance(0.2) ? { pulledOffItem: `acme/api#${between(1, 5000)}` } : {}),
    });
  }

  const items: IterationItem[] = [];
  const blockerRecords: Record<string, MarkerRecord[]> = {};
  const goals = new Map<string, string>();
  const itemCount = Math.round(shape.entries * shape.itemsPerEntry);
  for (let n = 0; n < itemCount; n++) {
    const index = between(0, iterations.length - 1);
    const it = iterations[index];
    const goalId = goals.get(it.id);
    const labels = chance(0.05) ? ['sprint-goal'] : chance(0.08) ? ['support'] : chance(0.05) ? ['upstream'] : [];
    const blockedNow = it === last && chance(0.15);
    const made = item({
      type: chance(0.05) ? 'PULL_REQUEST' : 'ISSUE',
      assignees: chance(0.3) ? [pick(people), pick(people)] : [pick(people)],
      labels,
      state: it === last ? 'OPEN' : chance(0.9) ? 'CLOSED' : 'OPEN',
      iterationValues: { [field.id]: it.id },
      selectValues: {
        [status.id]: (blockedNow ? status.options[4] : it === last ? pick(status.options) : status.options[5]).id,
        ...(chance(0.1) ? { [unplanned.id]: pick(unplanned.options).id } : {}),
      },
      numberValues: chance(0.8) ? { [estimate!.id]: pick([1, 2, 3, 5, 8]) } : {},
    });
    const contentId = `content-${made.id}`;
    if (labels.includes('sprint-goal') && !goalId) goals.set(it.id, contentId);
    items.push({ ...made, contentId, ...(goalId && chance(0.3) ? { parentId: goalId } : {}) });
    if (blockedNow || chance(shape.blockedShare)) {
      blockerRecords[contentId] = blockerEpisodes(contentId, it, index === iterations.length - 1 ? undefined : iterations[index + 1], blockedNow);
    }
  }

  function blockerEpisodes(contentId: string, it: Iteration, next: Iteration | undefined, openNow: boolean): MarkerRecord[] {
    const records: MarkerRecord[] = [];
    const episodes = between(1, 3);
    let time = at(it, between(0, 8), between(7, 15));
    for (let e = 0; e < episodes; e++) {
      const flag = blockerFlag({
        id: `${contentId}-flag-${e}`,
        reason: pick(BLOCKER_REASONS).id,
        details: 'Waiting for the staging database to be restored.',
        flaggedAt: new Date(time),
        flaggedBy: pick(people),
      });
      // Some blockers run past the iteration's end into the next one.
      time += (chance(0.2) && next ? between(4, 12) : between(0, 4)) * DAY_MS + between(1, 8) * 3_600_000;
      const lastEpisode = e === episodes - 1;
      if (lastEpisode && openNow) {
        records.push(flag);
        break;
      }
      if (!lastEpisode && chance(0.1)) {
        records.push(flag); // replaced by the next flag without a resolution
        continue;
      }
      const resolution = blockerResolution(flag, { id: `${flag.id}-resolved`, resolvedAt: new Date(time), resolvedBy: flag.flaggedBy, timeZone: TIME_ZONE });
      // A deleted flag comment leaves its resolution an orphan.
      records.push(...(chance(0.03) ? [resolution] : [flag, resolution]));
      time += between(0, 2) * DAY_MS;
    }
    return records;
  }

  return {
    source: {
      projectTitle: 'Platform Team Sprint Board',
      projectUrl: 'https://github.com/orgs/acme/projects/7',
      fields,
      iterations,
      items,
      // Each entry is read from its own comment's marker: its strings are its own, as after JSON.parse.
      interruptions: interruptions.map((entry) => JSON.parse(JSON.stringify(entry)) as Interruption),
      blockerRecords,
      skippedMarkers: 3,
      readAt: now.toISOString(),
    },
    options: { hoursPerDay: 6, timeZone: TIME_ZONE, now, goalLabel: 'sprint-goal', people: [], kinds: [] },
  };
}
