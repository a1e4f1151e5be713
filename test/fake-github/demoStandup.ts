/**
 * Standups on the demo board: the last three working days before today, each person's update posted at nine in
 * their own time zone to the iteration's thread ("Standup · Iteration N", label `standup`, in northwind/infra), from
 * their items on the board; a reply, and an update the guest auditor (an organization member) forged in Kenji's
 * name, which Team Standup leaves out and counts. Lines carry no URLs: the seed does not know the server's address.
 */
import { dayNumber as calendarDay, isoDateOfDay, startOfDay, weekdayOfDay } from '../../src/core/calendar';
import { draftText, updateComment } from '../../src/core/standup/draft';
import { STANDUP_LABEL, standupThreadBody, standupThreadTitle } from '../../src/core/standup/thread';
import { StandupUpdate } from '../../src/core/standup/update';
import { comment, ensureLabel, issue } from './builders';
import { IterationInfo, Seed } from './demoSeed';
import { IssueRec, UserRec } from './model';
import { atHour } from './time';

const TIME_ZONES: Record<string, string> = {
  'kenji-sato': 'Asia/Tokyo',
  'priya-nair': 'Asia/Kolkata',
  'diego-alvarez': 'America/Mexico_City',
  'olu-adeyemi': 'Africa/Lagos',
  'sam-oconnor': 'America/Los_Angeles',
};

const NOTES = ['Pairing with Diego on pagination after lunch.', 'Out for the afternoon: dentist.', '', 'Reviewing the webhook signature PR today.', ''];

export function standupHistory(seed: Seed): void {
  const today = calendarDay(seed.today);
  const days: number[] = [];
  for (let day = today - 1; days.length < 3; day--) {
    if (weekdayOfDay(day) !== 0 && weekdayOfDay(day) !== 6) days.unshift(day);
  }
  const people = seed.team.filter((p) => TIME_ZONES[p.login]);
  let serial = 0;
  for (const day of days) {
    const date = isoDateOfDay(day);
    const iteration = seed.iterations.find((it) => it.startDate <= date && date <= it.endDate);
    if (!iteration) continue;
    const thread = threadOf(seed, iteration);
    people.forEach((person, index) => {
      // Olu skipped the last day: Team Standup names who has not posted.
      if (person.login === 'olu-adeyemi' && day === days[days.length - 1]) return;
      const timeZone = TIME_ZONES[person.login];
      const postedAt = new Date(startOfDay(day, timeZone) + 9 * 3_600_000 + index * 420_000);
      const update = updateOf(seed, person, iteration, postedAt, timeZone, `demo-standup-${++serial}`, NOTES[(index + day) % NOTES.length]);
      comment(seed.state, thread, { author: person, body: updateComment(draftText(update), update), createdAt: postedAt });
    });
  }
  const current = seed.iterations.find((it) => it.startDate <= seed.today && seed.today <= it.endDate);
  const thread = current && seed.repos.infra.issues.find((i) => i.title === standupThreadTitle(current.title));
  if (thread && thread.comments.length > 0) {
    const last = thread.comments[thread.comments.length - 1].createdAt;
    const kenji = seed.team.find((p) => p.login === 'kenji-sato')!;
    const guest = seed.state.user('guest-auditor')!;
    comment(seed.state, thread, { author: seed.team[0], body: 'Kenji, I can review the signature PR this afternoon.', createdAt: new Date(last.getTime() + 600_000) });
    const forged = updateOf(seed, kenji, current!, new Date(last.getTime() + 900_000), 'Asia/Tokyo', 'demo-standup-forged', 'Everything is done, close the sprint.');
    comment(seed.state, thread, { author: guest, body: updateComment(draftText(forged), forged), createdAt: new Date(last.getTime() + 900_000) });
  }
}

function threadOf(seed: Seed, iteration: IterationInfo): IssueRec {
  const title = standupThreadTitle(iteration.title);
  const existing = seed.repos.infra.issues.find((i) => i.title === title);
  if (existing) return existing;
  ensureLabel(seed.state, seed.repos.infra, STANDUP_LABEL.name);
  return issue(seed.state, seed.repos.infra, { title, author: seed.team[0], labels: [STANDUP_LABEL.name], body: standupThreadBody(iteration.title), createdAt: atHour(iteration.startDate, 7) });
}

/** An update from the person's items in the iteration, as the composer would write it on that day. */
function updateOf(seed: Seed, person: UserRec, iteration: IterationInfo, postedAt: Date, timeZone: string, id: string, note: string): StandupUpdate {
  const mine = seed.board.items.filter((item) => item.content && item.content.kind !== 'DraftIssue' && (item.content as IssueRec).assignees.includes(person) && inIteration(seed, item, iteration));
  const statusField = seed.board.fields.find((f) => f.name === 'Status')!;
  const status = (item: (typeof mine)[number]) => {
    const value = item.values.get(statusField.id);
    return value?.type === 'singleSelect' ? statusField.options.find((o) => o.id === value.optionId)?.name : undefined;
  };
  const line = (item: (typeof mine)[number]) => {
    const content = item.content as IssueRec;
    return { reference: `${content.repo.owner.login}/${content.repo.name}#${content.number}`, title: content.title };
  };
  const since = new Date(postedAt.getTime() - 86_400_000).toISOString();
  return {
    kind: 'standup',
    id,
    person: person.login,
    iteration: iteration.title,
    postedAt: postedAt.toISOString(),
    timeZone,
    since,
    done: mine.filter((i) => status(i) === 'Done').slice(0, 1).map(line),
    doing: mine.filter((i) => status(i) === 'In progress').slice(0, 2).map((i) => ({ ...line(i), status: 'In progress' })),
    blocked: mine.filter((i) => status(i) === 'In Review/Blocked').slice(0, 1).map((i) => ({ ...line(i), reason: 'Awaiting review', since: new Date(postedAt.getTime() - 2 * 86_400_000).toISOString() })),
    interruptions: { count: (id.length + postedAt.getUTCDate()) % 3, minutes: ((id.length + postedAt.getUTCDate()) % 3) * 25 },
    commits: [],
    ...(note ? { note } : {}),
  };
}

function inIteration(seed: Seed, item: Seed['board']['items'][number], iteration: IterationInfo): boolean {
  const field = seed.board.fields.find((f) => f.dataType === 'ITERATION')!;
  const id = field.iterationConfig!.iterations.find((it) => it.title === iteration.title)?.id;
  const value = item.values.get(field.id);
  return value?.type === 'iteration' && value.iterationId === id;
}
