// A small team over three iterations, built by hand so every number in the report can be checked by eye.
import { blockerFlag, blockerResolution } from '../../src/core/blockerRecords';
import { IterationItem } from '../../src/core/goals';
import { Interruption } from '../../src/core/interruptions';
import { MarkerRecord } from '../../src/core/markers';
import { BoardFields } from '../../src/core/model';
import { ReportSource } from '../../src/core/report/model';
import { iteration, iterationField, item, numberField, singleSelect } from './builders';

export const it1 = iteration('Iteration 1', '2025-03-03');
export const it2 = iteration('Iteration 2', '2025-03-17');
export const it3 = iteration('Iteration 3', '2025-03-31');
export const NOW = new Date('2025-04-09T12:00:00Z');

const iterations = iterationField('Iteration', [it3], [it1, it2]);
const status = singleSelect('Status', ['Todo', 'In progress', 'In Review/Blocked', 'Done']);
const unplanned = singleSelect('Unplanned', ['Unplanned', 'Emergency']);
const estimate = numberField('Estimate') as BoardFields['estimate'];
export const fields: BoardFields = { iteration: iterations, status, blockedOption: status.options[2], estimate, workType: unplanned };

let serial = 0;
let itemNumber = 0;
export function entry(person: string, startedAt: string, minutes: number, kind: string, iterationTitle: string, extra: Partial<Interruption> = {}): Interruption {
  return { kind: 'interruption', id: `e${++serial}`, person, startedAt, minutes, interruptionKind: kind, iteration: iterationTitle, ...extra };
}

function boardItem(at: typeof it1, assignee: string, opts: { labels?: string[]; estimate?: number; unplanned?: 'Unplanned' | 'Emergency'; blocked?: boolean; parentId?: string; title?: string } = {}): IterationItem {
  const number = ++itemNumber;
  const made = item({
    id: `item-${number}`,
    number,
    url: `https://github.com/acme/api/issues/${number}`,
    assignees: [assignee],
    labels: opts.labels ?? [],
    iterationValues: { [iterations.id]: at.id },
    selectValues: {
      [status.id]: status.options[opts.blocked ? 2 : 1].id,
      ...(opts.unplanned ? { [unplanned.id]: unplanned.options[opts.unplanned === 'Unplanned' ? 0 : 1].id } : {}),
    },
    numberValues: opts.estimate === undefined ? {} : { [estimate!.id]: opts.estimate },
    ...(opts.title ? { title: opts.title } : {}),
  });
  const withContent: IterationItem = { ...made, contentId: `content-${made.id}` };
  return opts.parentId ? { ...withContent, parentId: opts.parentId } : withContent;
}

export function reportSource(): ReportSource {
  itemNumber = 0;
  serial = 0;
  const goal = boardItem(it1, 'ann', { labels: ['sprint-goal'], estimate: 8, title: 'Goal: faster checkout' });
  const items: IterationItem[] = [
    goal,
    boardItem(it1, 'ann', { parentId: goal.contentId, estimate: 3, title: 'Cache the cart' }),
    boardItem(it1, 'bo', { labels: ['support'], title: 'Support · Iteration 1' }),
    boardItem(it1, 'leo', { estimate: 2, title: 'Rename the queue' }),
    boardItem(it2, 'bo', { unplanned: 'Emergency', estimate: 5, title: 'Fix the outage' }),
    boardItem(it2, 'ann', { labels: ['upstream'], estimate: 1, title: 'Upstream OSS contributions' }),
    boardItem(it3, 'ann', { estimate: 3, blocked: true, title: 'Upgrade | the <b>database</b>' }),
    boardItem(it3, 'bo', { estimate: 2, title: 'Write the runbook' }),
  ];
  const [, cart, , rename, outage, , database] = items;
  const flag = (id: string, reason: string, at: string, by: string) => blockerFlag({ id, reason, details: `Details of ${id}, "quoted", with a comma`, flaggedAt: new Date(at), flaggedBy: by });
  const f1 = flag('f1', 'awaiting-review', '2025-03-05T09:00:00Z', 'ann');
  const f2 = flag('f2', 'upstream', '2025-03-12T09:00:00Z', 'leo');
  const f3 = flag('f3', 'cloud-vendor', '2025-03-18T09:00:00Z', 'bo');
  const f4 = flag('f4', 'access', '2025-04-01T09:00:00Z', 'ann');
  const resolve = (f: ReturnType<typeof flag>, at: string) => blockerResolution(f, { id: `r-${f.id}`, resolvedAt: new Date(at), resolvedBy: f.flaggedBy, timeZone: 'UTC' });
  // f2 spans iterations 1 and 2; f3's flag comment was deleted (only its resolution remains); f4 is still open.
  const orphan = resolve(f3, '2025-03-20T09:00:00Z');
  const records: Record<string, MarkerRecord[]> = {
    [cart.contentId!]: [f1, resolve(f1, '2025-03-06T09:00:00Z')],
    [rename.contentId!]: [f2, resolve(f2, '2025-03-19T09:00:00Z')],
    [outage.contentId!]: [orphan],
    [database.contentId!]: [f4],
  };
  const interruptions: Interruption[] = [
    entry('ann', '2025-03-04T10:00:00Z', 30, 'support-ticket', 'Iteration 1', { link: 'https://support.example/t/1', note: 'Customer, "urgent", asked' }),
    entry('bo', '2025-03-05T14:00:00Z', 90, 'incident', 'Iteration 1'),
    // Leo left after iteration 1: his entries stay, his capacity stops.
    entry('leo', '2025-03-06T09:00:00Z', 60, 'question', 'Iteration 1'),
    // Paged late on the last evening of iteration 1: one hour in it, one in iteration 2.
    entry('bo', '2025-03-16T23:00:00Z', 120, 'incident', 'Iteration 1'),
    entry('ann', '2025-03-18T11:00:00Z', 45, 'upstream-community', 'Iteration 2'),
    entry('Ann', '2025-04-01T15:00:00Z', 15, 'review-request', 'Iteration 3', { note: '=SUM(A1:A2)' }),
    // A kind from a newer Sprint Flow: counted under its id.
    entry('bo', '2025-04-02T10:00:00Z', 20, 'pairing', 'Iteration 3'),
  ];
  return {
    projectTitle: 'Checkout | Team',
    projectUrl: 'https://github.com/orgs/acme/projects/1',
    fields,
    iterations: [it1, it2, it3],
    items,
    interruptions,
    blockerRecords: records,
    skippedMarkers: 2,
    readAt: NOW.toISOString(),
  };
}
