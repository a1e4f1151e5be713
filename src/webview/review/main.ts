/** The sprint review: committed against done, scope change, carried-over work, goals, the burn-up, and how each figure was derived. */
import type { ReviewRow, UpdateStatus } from '../../core/review/model';
import { HostChannel } from '../channel';
import { h, replaceChildren, section, table } from '../dom';
import { date, days, hours, percent } from '../format';
import { SprintReviewNotifications, SprintReviewRequests, SprintReviewView } from '../protocol';
import { busy, button, divider, dropdown } from '../toolkit';
import { burnUpFigure } from '../burnUpChart';
import { counted, fill, s } from '../strings';

interface State {
  view: SprintReviewView;
}

const channel = new HostChannel<SprintReviewRequests, SprintReviewNotifications, State>();
const root = document.getElementById('root')!;
const STATUS_LABELS: Record<UpdateStatus, string> = { ON_TRACK: s.onTrack, AT_RISK: s.atRisk, OFF_TRACK: s.offTrack, COMPLETE: s.complete, INACTIVE: s.inactive };
const OUTCOMES: Record<ReviewRow['outcome'], string> = { done: s.done, 'carried-over': s.carriedOver, removed: s.removed, 'in-progress': s.notDoneYet };
const CERTAINTY = { recorded: s.recorded, estimated: s.estimate, 'not-recorded': s.notRecorded } as const;

const tally = (t: { items: number; points?: number }) => `${counted(t.items, s.oneItem, s.nItems)}${t.points === undefined ? '' : `, ${counted(t.points, s.onePt, s.nPts)}`}`;

function render(view: SprintReviewView): void {
  channel.state = { view };
  if (view.state === 'loading') {
    replaceChildren(root, h('h1', {}, s.sprintReview2), busy(s.readingTheIterationItsItems));
    return;
  }
  if (view.state === 'message') {
    replaceChildren(root, h('h1', {}, s.sprintReview2), h('p', { class: 'notice', 'data-test': 'message' }, view.message), button(s.tryAgain, { onClick: () => void channel.request('loadReview', { iteration: view.iteration }) }));
    return;
  }
  const r = view.review;
  let status: UpdateStatus = r.suggestedStatus;
  replaceChildren(
    root,
    h(
      'header',
      {},
      h('h1', {}, fill(s.sprintReview, r.iteration.title)),
      h('div', { class: 'subtitle', 'data-test': 'range' }, `${r.projectTitle} · ${date(r.iteration.startDate)} – ${date(r.iteration.endDate)}${r.phase === 'running' ? s.runningFiguresSoFar : ''}`),
      h(
        'div',
        { class: 'toolbar' },
        dropdown(s.iteration, view.availableIterations.map((t) => ({ value: t, label: t })), r.iteration.title, (v) => void channel.request('loadReview', { iteration: v }), 'review-iteration'),
        dropdown(s.status, (Object.keys(STATUS_LABELS) as UpdateStatus[]).map((u) => ({ value: u, label: `${STATUS_LABELS[u]}${u === r.suggestedStatus ? s.suggested : ''}` })), status, (v) => (status = v as UpdateStatus), 'review-status'),
        button(s.publishAsStatusUpdate, { icon: 'megaphone', onClick: () => void channel.request('publishReview', { status }) }),
        button(s.exportMarkdown, { icon: 'markdown', appearance: 'secondary', onClick: () => void channel.request('exportReview', {}) }),
      ),
      view.published ? h('p', { class: 'muted', 'data-test': 'published' }, s.publishedAsTheProjectS) : undefined,
      r.hasSnapshot ? undefined : h('p', { class: 'notice', 'data-test': 'no-snapshot' }, fill(s.noStartSnapshotForCommitted, r.iteration.title)),
      ...r.leftOut.map((sentence) => h('p', { class: 'muted' }, sentence)),
      divider(),
    ),
    section(
      s.summary,
      'summary',
      table(s.theIterationInNumbers, [s.figure, s.value], [
        [s.committedAtTheStart, tally(r.committed)],
        [s.addedAfterTheStart, fill(s.ofTheScope, tally(r.added), percent(r.added.share))],
        [s.removed, tally(r.removed)],
        [s.done, fill(s.xOfY, tally(r.done), tally(r.scope))],
        [s.carriedOver, tally(r.carriedOver)],
        [s.goalsMet, fill(s.xOfY, r.goals.filter((g) => g.met).length, r.goals.length)],
        ...(r.team
          ? [
              [s.blocked, fill(s.daysAndFlagged, days(r.team.blockedDays), r.team.blockersFlagged)],
              [s.interruptions, `${r.team.interruptions}, ${hours(r.team.interruptionHours)}`],
              [s.focusFactor, percent(r.team.focus)],
            ]
          : []),
      ], { testId: 'review-summary' }),
    ),
    section(s.burnUp, 'burn-up', ...burnUpFigure(view.burnUp, 'burn-up-table')),
    section(
      s.goals,
      'goals',
      table(s.sprintGoals, [s.goal, s.subIssuesDone, s.linkedCommits, s.met], r.goals.map((g) => [itemLink(g.reference, g.title), fill(s.xOfY, g.subIssues.done, g.subIssues.total), String(g.linkedCommits), g.met ? s.yes : s.no]), { numeric: [1, 2], testId: 'review-goals' }),
    ),
    section(
      s.items,
      'items',
      table(s.everyItemOfTheIteration, [s.item, s.assignees, s.estimate, s.start, s.outcome, s.whereNow, s.carriedBefore], r.rows.map((row) => [
        itemLink(row.reference, row.title),
        row.assignees.join(', '),
        row.estimate === undefined ? '–' : String(row.estimate),
        row.committed ? s.committed : s.added,
        `${OUTCOMES[row.outcome]}${row.reopened ? s.reopened : ''}${row.closedAfterEnd ? s.closedAfterTheEnd : ''}`,
        row.destinationTitle ?? (row.destination === 'backlog' ? s.backlog : row.outcome === 'done' ? '–' : r.iteration.title),
        row.carriedBefore ? `${row.carriedBefore}×` : '–',
      ]), { numeric: [2, 6], testId: 'review-items' }),
    ),
    r.team
      ? section(s.workBalance, 'review-work-balance', table(s.workBalance, [s.category, s.items, s.points], r.team.workBalance.map((c) => [c.label, String(c.items), c.points === undefined ? '–' : String(c.points)]), { numeric: [1, 2] }))
      : undefined,
    section(s.howTheseFiguresWereDerived, 'derivations', h('ul', { class: 'derivation' }, ...r.derivations.map((d) => h('li', {}, h('strong', {}, `${d.figure} (${CERTAINTY[d.certainty]}): `), d.how)))),
    section(
      s.statusUpdates,
      'status-updates',
      r.statusUpdates.length
        ? table(s.theProjectSStatusUpdates, [s.posted, s.by, s.status, s.update], r.statusUpdates.map((u) => [date(u.createdAt), u.creator ?? '–', u.status ? STATUS_LABELS[u.status as UpdateStatus] ?? u.status : '–', u.body.split('<!--')[0].slice(0, 300)]), { testId: 'status-updates' })
        : h('p', { class: 'muted' }, s.theProjectHasNoStatus),
    ),
  );
}

function itemLink(reference: string, title: string): HTMLElement {
  const link = h('button', { class: 'item-link', title: fill(s.openOnGithub, reference) }, h('span', { class: 'title' }, title));
  link.addEventListener('click', () => void channel.request('openItem', { reference }));
  return h('span', {}, link, ' ', h('span', { class: 'muted' }, reference));
}

channel.on('view', render);
const saved = channel.state;
if (saved?.view) render(saved.view);
channel.ready();
