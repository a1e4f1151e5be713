/** The sprint dashboard: my sprint at a glance. Renders what the host posts; every action is a request to it. */
import type { DashboardModel } from '../../core/dashboard';
import { HostChannel } from '../channel';
import { burnUpFigure } from '../burnUpChart';
import { barChart, progressBar } from '../charts';
import { h, icon, replaceChildren, section, table } from '../dom';
import { minutes, percent } from '../format';
import { DashboardNotifications, DashboardRequests, DashboardView } from '../protocol';
import { busy, button } from '../toolkit';
import { counted, fill, s } from '../strings';

interface State {
  view: DashboardView;
}

const channel = new HostChannel<DashboardRequests, DashboardNotifications, State>();
const root = document.getElementById('root')!;

function itemLink(reference: string, title: string): HTMLElement {
  const link = h('button', { class: 'item-link', title: fill(s.openOnGithub, reference) }, h('span', { class: 'title' }, title));
  link.addEventListener('click', () => void channel.request('openItem', { reference }));
  return link;
}

function render(view: DashboardView): void {
  channel.state = { view };
  if (view.state === 'loading') {
    replaceChildren(root, busy(s.loadingYourSprint));
    return;
  }
  if (view.state === 'message') {
    const action = view.action;
    replaceChildren(
      root,
      h('p', { class: 'notice', 'data-test': 'message' }, view.message),
      action ? button(action.label, { onClick: () => void channel.request(action.request, {}) }) : undefined,
    );
    return;
  }
  const model = view.model;
  replaceChildren(
    root,
    header(model, view.refreshing),
    view.problem ? h('p', { class: 'notice problem', role: 'alert' }, view.problem) : undefined,
    recordNotes(model),
    h('div', { class: 'grid' }, items(model), h('div', {}, interruptions(model), blockers(model))),
    goals(model),
    burnUp(model),
  );
}

/** What was not counted, next to what could not be read: records in comments that Sprint Flow ignored. */
function recordNotes(model: DashboardModel): HTMLElement | undefined {
  const skipped = model.skippedRecords > 0 ? counted(model.skippedRecords, s.oneRecordSkipped, s.recordsSkipped) : undefined;
  if (!skipped && model.leftOut.length === 0) return undefined;
  return h(
    'div',
    { class: 'notice', 'data-test': 'records-left-out' },
    skipped ? h('p', { 'data-test': 'skipped' }, skipped) : undefined,
    model.leftOut.length ? h('p', { 'data-test': 'left-out' }, fill(s.notCountedTheOutputChannel, model.leftOut.join('; '))) : undefined,
  );
}

function header(model: DashboardModel, refreshing: boolean): HTMLElement {
  const it = model.iteration;
  return h(
    'header',
    {},
    h('h1', { 'data-test': 'iteration' }, it.title),
    h('div', { class: 'subtitle' }, h('span', { 'data-test': 'dates' }, it.dates), ' · ', h('span', { 'data-test': 'days-left' }, it.daysLeftText), ' · ', model.projectTitle),
    h(
      'div',
      { class: 'toolbar' },
      button(s.logInterruption, { icon: 'add', onClick: () => void channel.request('logInterruption', {}), testId: 'log-interruption' }),
      button(s.refresh, { icon: 'refresh', appearance: 'secondary', onClick: () => void channel.request('refresh', {}) }),
      refreshing ? busy(s.refreshing) : undefined,
    ),
  );
}

function items(model: DashboardModel): HTMLElement {
  const total = model.statusGroups.reduce((sum, g) => sum + g.items.length, 0);
  return section(
    s.myItems,
    'items',
    h('p', { class: 'muted', 'data-test': 'items-total' }, `${counted(total, s.oneItem, s.nItems)}${model.hasEstimates ? `, ${counted(model.totalPoints, s.onePoint, s.nPoints)}` : ''}`),
    ...model.statusGroups.map((group) =>
      table(
        `${group.status}: ${counted(group.items.length, s.oneItem, s.nItems)}${model.hasEstimates ? `, ${counted(group.points, s.onePoint, s.nPoints)}` : ''}`,
        [s.item, s.estimate, s.actions],
        group.items.map((item) => [
          h('span', {}, item.blocked ? icon('error', s.blocked) : undefined, ' ', itemLink(item.reference, item.title), item.reference !== item.title ? [' ', h('span', { class: 'muted' }, item.reference)] : undefined),
          item.estimate === undefined ? '–' : String(item.estimate),
          item.actionable
            ? h(
                'span',
                { class: 'actions' },
                item.blocked
                  ? button(undefined, { icon: 'pass', appearance: 'icon', label: fill(s.resolveBlockerOn, item.reference), onClick: () => void channel.request('resolveBlocker', { item: item.reference }) })
                  : button(undefined, { icon: 'circle-slash', appearance: 'icon', label: fill(s.flagAsBlocked, item.reference), onClick: () => void channel.request('flagBlocker', { item: item.reference }) }),
              )
            : '',
        ]),
        { numeric: [1], testId: `status-${group.status}` },
      ),
    ),
  );
}

function goals(model: DashboardModel): HTMLElement {
  const state = model.goals;
  if (state.state === 'loading') return section(s.sprintGoals, 'goals', busy(s.loadingTheSprintGoals));
  if (state.state === 'problem') return section(s.sprintGoals, 'goals', h('p', { class: 'notice problem' }, state.problem ?? s.theGoalsCouldNotBe));
  if (state.goals.length === 0) return section(s.sprintGoals, 'goals', h('p', { class: 'muted' }, s.thisIterationHasNoSprint));
  return section(
    s.sprintGoals,
    'goals',
    table(
      s.goalsOfTheTeamIn,
      [s.goal, s.progress, s.commits, s.latestCommit],
      state.goals.map((goal) => [
        h('span', {}, itemLink(goal.reference, goal.title), ' ', h('span', { class: 'muted' }, goal.reference)),
        h('span', {}, progressBar(goal.progress, fill(s.percentDone, Math.round(goal.progress * 100))), `${goal.subIssues.completed}/${goal.subIssues.total} · ${percent(goal.progress)}`),
        String(goal.commits.count),
        goal.commits.latest ? `${goal.commits.latest.sha.slice(0, 7)} ${goal.commits.latest.headline ?? ''}` : '–',
      ]),
      { numeric: [2], testId: 'goals-table' },
    ),
  );
}

function burnUp(model: DashboardModel): HTMLElement {
  const title = s.teamBurnUp;
  const state = model.burnUp;
  const open = button(s.openSprintReview, { icon: 'checklist', appearance: 'secondary', onClick: () => void channel.request('openSprintReview', {}), testId: 'open-review' });
  if (state.state === 'loading') return section(title, 'burn-up', busy(s.loadingTheTeamSBurn));
  if (state.state === 'problem') return section(title, 'burn-up', h('p', { class: 'notice problem' }, state.message));
  return section(title, 'burn-up', ...burnUpFigure(state.series, 'burn-up-table'), open);
}

function blockers(model: DashboardModel): HTMLElement {
  if (model.blockers.length === 0) return section(s.myOpenBlockers, 'blockers', h('p', { class: 'muted' }, s.nothingOfYoursIsBlocked));
  return section(
    s.myOpenBlockers,
    'blockers',
    table(
      fill(s.nBlocked, model.blockers.length),
      [s.item, s.reason, s.age],
      model.blockers.map((b) => [
        itemLink(b.reference, b.title),
        `${b.reason}${b.scope ? ` (${b.scope})` : ''}`,
        b.since && b.workingDays !== undefined ? fill(s.workingDays, b.workingDays) : '–',
      ]),
      { testId: 'blockers-table' },
    ),
  );
}

function interruptions(model: DashboardModel): HTMLElement {
  const i = model.interruptions;
  return section(
    s.myInterruptionsThisSprint,
    'interruptions',
    h(
      'div',
      { class: 'figures' },
      h('div', { class: 'figure' }, h('span', { class: 'value', 'data-test': 'interruption-total' }, minutes(i.minutes)), h('span', { class: 'caption' }, counted(i.count, s.oneInterruption, s.nInterruptions))),
      h('div', { class: 'figure' }, h('span', { class: 'value', 'data-test': 'focus' }, percent(i.focus)), h('span', { class: 'caption' }, s.focusWorkingTimeSoFar)),
    ),
    i.byKind.length
      ? [
          barChart(s.interruptionTimeByKind, i.byKind.map((k) => ({ label: k.label, value: k.minutes, text: minutes(k.minutes) })), { colour: 1 }),
          table(s.byKind, [s.kind, s.count, s.time], i.byKind.map((k) => [k.label, String(k.count), minutes(k.minutes)]), { numeric: [1, 2], testId: 'interruptions-by-kind' }),
        ]
      : h('p', { class: 'muted' }, s.nothingLoggedThisSprint),
  );
}

channel.on('view', render);
const saved = channel.state;
if (saved?.view) render(saved.view);
channel.ready();
