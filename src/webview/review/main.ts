/** The sprint review: committed against done, scope change, carried-over work, goals, the burn-up, and how each figure was derived. */
import type { ReviewRow, UpdateStatus } from '../../core/review/model';
import { HostChannel } from '../channel';
import { h, replaceChildren, section, table } from '../dom';
import { date, days, hours, percent } from '../format';
import { SprintReviewNotifications, SprintReviewRequests, SprintReviewView } from '../protocol';
import { busy, button, divider, dropdown } from '../toolkit';
import { burnUpFigure } from '../burnUpChart';

interface State {
  view: SprintReviewView;
}

const channel = new HostChannel<SprintReviewRequests, SprintReviewNotifications, State>();
const root = document.getElementById('root')!;
const STATUS_LABELS: Record<UpdateStatus, string> = { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track', COMPLETE: 'Complete', INACTIVE: 'Inactive' };
const OUTCOMES: Record<ReviewRow['outcome'], string> = { done: 'Done', 'carried-over': 'Carried over', removed: 'Removed', 'in-progress': 'Not done yet' };
const CERTAINTY = { recorded: 'Recorded', estimated: 'Estimate', 'not-recorded': 'Not recorded' } as const;

const tally = (t: { items: number; points?: number }) => `${t.items} ${t.items === 1 ? 'item' : 'items'}${t.points === undefined ? '' : `, ${t.points} ${t.points === 1 ? 'pt' : 'pts'}`}`;

function render(view: SprintReviewView): void {
  channel.state = { view };
  if (view.state === 'loading') {
    replaceChildren(root, h('h1', {}, 'Sprint review'), busy('Reading the iteration, its items and their history from GitHub…'));
    return;
  }
  if (view.state === 'message') {
    replaceChildren(root, h('h1', {}, 'Sprint review'), h('p', { class: 'notice', 'data-test': 'message' }, view.message), button('Try Again', { onClick: () => void channel.request('loadReview', { iteration: view.iteration }) }));
    return;
  }
  const r = view.review;
  let status: UpdateStatus = r.suggestedStatus;
  replaceChildren(
    root,
    h(
      'header',
      {},
      h('h1', {}, `Sprint review · ${r.iteration.title}`),
      h('div', { class: 'subtitle', 'data-test': 'range' }, `${r.projectTitle} · ${date(r.iteration.startDate)} – ${date(r.iteration.endDate)}${r.phase === 'running' ? ' · running: figures so far' : ''}`),
      h(
        'div',
        { class: 'toolbar' },
        dropdown('Iteration', view.availableIterations.map((t) => ({ value: t, label: t })), r.iteration.title, (v) => void channel.request('loadReview', { iteration: v }), 'review-iteration'),
        dropdown('Status', (Object.keys(STATUS_LABELS) as UpdateStatus[]).map((s) => ({ value: s, label: `${STATUS_LABELS[s]}${s === r.suggestedStatus ? ' (suggested)' : ''}` })), status, (v) => (status = v as UpdateStatus), 'review-status'),
        button('Publish as Status Update', { icon: 'megaphone', onClick: () => void channel.request('publishReview', { status }) }),
        button('Export Markdown', { icon: 'markdown', appearance: 'secondary', onClick: () => void channel.request('exportReview', {}) }),
      ),
      view.published ? h('p', { class: 'muted', 'data-test': 'published' }, 'Published as the project\'s latest status update.') : undefined,
      r.hasSnapshot ? undefined : h('p', { class: 'notice', 'data-test': 'no-snapshot' }, `No start snapshot for ${r.iteration.title}: committed work is an estimate (see how each figure was derived).`),
      ...r.leftOut.map((s) => h('p', { class: 'muted' }, s)),
      divider(),
    ),
    section(
      'Summary',
      'summary',
      table('The iteration in numbers', ['Figure', 'Value'], [
        ['Committed at the start', tally(r.committed)],
        ['Added after the start', `${tally(r.added)} (${percent(r.added.share)} of the scope)`],
        ['Removed', tally(r.removed)],
        ['Done', `${tally(r.done)} of ${tally(r.scope)}`],
        ['Carried over', tally(r.carriedOver)],
        ['Goals met', `${r.goals.filter((g) => g.met).length} of ${r.goals.length}`],
        ...(r.team
          ? [
              ['Blocked', `${days(r.team.blockedDays)} (${r.team.blockersFlagged} flagged)`],
              ['Interruptions', `${r.team.interruptions}, ${hours(r.team.interruptionHours)}`],
              ['Focus factor', percent(r.team.focus)],
            ]
          : []),
      ], { testId: 'review-summary' }),
    ),
    section('Burn-up', 'burn-up', ...burnUpFigure(view.burnUp, 'burn-up-table')),
    section(
      'Goals',
      'goals',
      table('Sprint goals', ['Goal', 'Sub-issues done', 'Linked commits', 'Met'], r.goals.map((g) => [itemLink(g.reference, g.title), `${g.subIssues.done} of ${g.subIssues.total}`, String(g.linkedCommits), g.met ? 'Yes' : 'No']), { numeric: [1, 2], testId: 'review-goals' }),
    ),
    section(
      'Items',
      'items',
      table('Every item of the iteration', ['Item', 'Assignees', 'Estimate', 'Start', 'Outcome', 'Where now', 'Carried before'], r.rows.map((row) => [
        itemLink(row.reference, row.title),
        row.assignees.join(', '),
        row.estimate === undefined ? '–' : String(row.estimate),
        row.committed ? 'Committed' : 'Added',
        `${OUTCOMES[row.outcome]}${row.reopened ? ' (reopened)' : ''}${row.closedAfterEnd ? ' (closed after the end)' : ''}`,
        row.destinationTitle ?? (row.destination === 'backlog' ? 'Backlog' : row.outcome === 'done' ? '–' : r.iteration.title),
        row.carriedBefore ? `${row.carriedBefore}×` : '–',
      ]), { numeric: [2, 6], testId: 'review-items' }),
    ),
    r.team
      ? section('Work balance', 'review-work-balance', table('Work balance', ['Category', 'Items', 'Points'], r.team.workBalance.map((c) => [c.label, String(c.items), c.points === undefined ? '–' : String(c.points)]), { numeric: [1, 2] }))
      : undefined,
    section('How these figures were derived', 'derivations', h('ul', { class: 'derivation' }, ...r.derivations.map((d) => h('li', {}, h('strong', {}, `${d.figure} (${CERTAINTY[d.certainty]}): `), d.how)))),
    section(
      'Status updates',
      'status-updates',
      r.statusUpdates.length
        ? table('The project\'s status updates, newest first', ['Posted', 'By', 'Status', 'Update'], r.statusUpdates.map((u) => [date(u.createdAt), u.creator ?? '–', u.status ? STATUS_LABELS[u.status as UpdateStatus] ?? u.status : '–', u.body.split('<!--')[0].slice(0, 300)]), { testId: 'status-updates' })
        : h('p', { class: 'muted' }, 'The project has no status updates yet.'),
    ),
  );
}

function itemLink(reference: string, title: string): HTMLElement {
  const link = h('button', { class: 'item-link', title: `Open ${reference} on GitHub` }, h('span', { class: 'title' }, title));
  link.addEventListener('click', () => void channel.request('openItem', { reference }));
  return h('span', {}, link, ' ', h('span', { class: 'muted' }, reference));
}

channel.on('view', render);
const saved = channel.state;
if (saved?.view) render(saved.view);
channel.ready();
