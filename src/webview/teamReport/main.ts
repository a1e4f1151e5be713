/** The delivery manager's team report: charts and tables over the chosen iterations, filtered by person and kind. */
import type { TeamReport } from '../../core/report/model';
import { HostChannel } from '../channel';
import { barChart, stackedChart } from '../charts';
import { h, replaceChildren, section, table } from '../dom';
import { date, days, hours, minutes, percent } from '../format';
import { ReportQuery, TeamReportNotifications, TeamReportRequests, TeamReportView } from '../protocol';
import { busy, button, divider, dropdown } from '../toolkit';

interface State {
  view: TeamReportView;
}

const channel = new HostChannel<TeamReportRequests, TeamReportNotifications, State>();
const root = document.getElementById('root')!;
const RANGES = [1, 3, 6, 9, 12];
const CATEGORY_LABELS = ['Sprint goal', 'Support', 'Reactive', 'Upstream', 'Other planned'];

function load(query: ReportQuery): void {
  void channel.request('loadReport', query);
}

function render(view: TeamReportView): void {
  channel.state = { view };
  if (view.state === 'loading') {
    replaceChildren(root, h('h1', {}, 'Team report'), busy('Reading the team logs and blockers from GitHub…'));
    return;
  }
  if (view.state === 'message') {
    replaceChildren(root, h('h1', {}, 'Team report'), h('p', { class: 'notice', 'data-test': 'message' }, view.message), button('Try Again', { onClick: () => load(view.query) }));
    return;
  }
  const { report, query } = view;
  replaceChildren(
    root,
    header(report, query, view.availableIterations),
    interruptions(report),
    focus(report),
    workBalance(report),
    blockers(report),
  );
}

function header(report: TeamReport, query: ReportQuery, available: string[]): HTMLElement {
  const first = report.iterations[0];
  const last = report.iterations[report.iterations.length - 1];
  const count = Array.isArray(query.iterations) ? query.iterations.length : query.iterations;
  const ranges = [...new Set([...RANGES, count])].filter((n) => n <= Math.max(count, available.length)).sort((a, b) => a - b);
  return h(
    'header',
    {},
    h('h1', {}, 'Team report'),
    h('div', { class: 'subtitle', 'data-test': 'range' }, `${report.projectTitle} · ${first?.title ?? ''} to ${last?.title ?? ''} (${date(first?.startDate)} – ${date(last?.endDate)})`),
    h(
      'div',
      { class: 'toolbar' },
      dropdown('Iterations', ranges.map((n) => ({ value: String(n), label: n === 1 ? 'Current iteration' : `Last ${n} iterations` })), String(count), (v) => load({ ...query, iterations: Number(v) }), 'filter-iterations'),
      dropdown('Person', [{ value: '', label: 'Everyone' }, ...report.people.map((p) => ({ value: p, label: p }))], query.people[0] ?? '', (v) => load({ ...query, people: v ? [v] : [] }), 'filter-person'),
      dropdown('Kind', [{ value: '', label: 'Every kind' }, ...report.kinds.map((k) => ({ value: k.kind, label: k.label }))], query.kinds[0] ?? '', (v) => load({ ...query, kinds: v ? [v] : [] }), 'filter-kind'),
      button('Export Markdown', { icon: 'markdown', appearance: 'secondary', onClick: () => void channel.request('exportReport', { format: 'markdown' }) }),
      button('Export CSV', { icon: 'table', appearance: 'secondary', onClick: () => void channel.request('exportReport', { format: 'csv' }) }),
      button('Sprint Review', { icon: 'checklist', appearance: 'secondary', onClick: () => void channel.request('openSprintReview', { iteration: '' }) }),
    ),
    h('p', { class: 'muted' }, `Capacity is working days × ${report.hoursPerDay} hours per person (setting sprintFlow.report.hoursPerDay). Times in ${report.timeZone}.`),
    report.skippedRecords > 0
      ? h('p', { class: 'notice', 'data-test': 'skipped' }, `${report.skippedRecords} ${report.skippedRecords === 1 ? 'record' : 'records'} skipped (written by a newer Sprint Flow, or edited beyond reading).`)
      : undefined,
    report.leftOut.length > 0
      ? h('p', { class: 'notice', 'data-test': 'left-out' }, `Not counted: ${report.leftOut.join('; ')}. The output channel "Sprint Flow" names the comments.`)
      : undefined,
    divider(),
  );
}

function interruptions(report: TeamReport): HTMLElement {
  const i = report.interruptions;
  const kinds = i.byKind.filter((k) => k.count || k.minutes);
  return section(
    'Interruptions',
    'interruptions',
    h('p', { 'data-test': 'interruption-total' }, `${i.total.count} interruptions, ${minutes(i.total.minutes)} in all.`),
    h('h3', {}, 'Trend over iterations'),
    barChart('Interruption hours per iteration', i.byIteration.map((r) => ({ label: r.iteration, value: r.minutes, text: minutes(r.minutes) }))),
    table('Interruptions per iteration', ['Iteration', 'Count', 'Time'], i.byIteration.map((r) => [r.iteration, String(r.count), minutes(r.minutes)]), { numeric: [1, 2], testId: 'interruptions-by-iteration' }),
    h('h3', {}, 'By kind'),
    barChart('Interruption time by kind', kinds.map((k) => ({ label: k.label, value: k.minutes, text: minutes(k.minutes) })), { colour: 1 }),
    table('Interruptions by kind', ['Kind', 'Count', 'Time'], kinds.map((k) => [k.label, String(k.count), minutes(k.minutes)]), { numeric: [1, 2], testId: 'interruptions-by-kind' }),
    h('h3', {}, 'By person and iteration'),
    table('Interruptions by person and iteration', ['Person', 'Iteration', 'Count', 'Time'], i.byPersonAndIteration.map((r) => [r.person, r.iteration, String(r.count), minutes(r.minutes)]), { numeric: [2, 3], testId: 'interruptions-by-person' }),
  );
}

function focus(report: TeamReport): HTMLElement {
  const f = report.focus;
  return section(
    'Hours lost and focus',
    'focus',
    h('p', { 'data-test': 'team-focus' }, `Team focus factor ${percent(f.team.focus)}: ${hours(f.team.lostHours)} lost of ${hours(f.team.capacityHours)} capacity.`),
    barChart('Focus factor per person', f.byPerson.map((p) => ({ label: p.person, value: (p.focus ?? 0) * 100, text: percent(p.focus) })), { colour: 4, max: 100 }),
    table('Focus per person', ['Person', 'Iterations', 'Capacity', 'Lost', 'Focus'], f.byPerson.map((p) => [p.person, String(p.iterations), hours(p.capacityHours), hours(p.lostHours), percent(p.focus)]), { numeric: [1, 2, 3, 4], testId: 'focus-by-person' }),
    table('Focus per iteration', ['Iteration', 'People', 'Capacity', 'Lost', 'Focus'], f.byIteration.map((r) => [r.iteration, String(r.people), hours(r.capacityHours), hours(r.lostHours), percent(r.focus)]), { numeric: [1, 2, 3, 4], testId: 'focus-by-iteration' }),
  );
}

function workBalance(report: TeamReport): HTMLElement {
  const w = report.workBalance;
  const measure = (c: { items: number; points?: number }) => (w.hasEstimates ? c.points ?? 0 : c.items);
  return section(
    'Work balance',
    'work-balance',
    h('p', { class: 'muted' }, w.hasEstimates ? 'Bars show estimate points per category.' : 'Bars show items per category.'),
    stackedChart(
      'Work balance per iteration',
      CATEGORY_LABELS,
      w.byIteration.map((r) => ({
        label: r.iteration,
        parts: r.categories.map((c, series) => ({ value: measure(c), text: w.hasEstimates ? `${c.points} points` : `${c.items} items`, series })),
      })),
    ),
    table(
      'Work balance per iteration (items, points; how each was derived)',
      ['Iteration', 'Category', 'Items', 'Points', 'Interrupted', 'Derived from'],
      w.byIteration.flatMap((r) =>
        r.categories.map((c, i) => [
          r.iteration,
          CATEGORY_LABELS[i],
          String(c.items),
          c.points === undefined ? '–' : String(c.points),
          hours(c.interruptionHours),
          Object.entries(c.sources).map(([source, n]) => `${n} by ${source}`).join('; ') || '–',
        ]),
      ),
      { numeric: [2, 3, 4], testId: 'work-balance' },
    ),
    h('h3', {}, 'How this was derived'),
    h('ul', { class: 'derivation' }, ...w.derivation.map((d) => h('li', {}, d))),
  );
}

function blockers(report: TeamReport): HTMLElement {
  const b = report.blockers;
  const itemLink = (reference: string, title: string) => {
    const link = h('button', { class: 'item-link', title: `Open ${reference} on GitHub` }, h('span', { class: 'title' }, title));
    link.addEventListener('click', () => void channel.request('openItem', { reference }));
    return link;
  };
  return section(
    'Blockers',
    'blockers',
    b.current.length
      ? table(
          `Blocked now: ${b.current.length}`,
          ['Item', 'Assignees', 'Reason', 'Scope', 'Since', 'Age'],
          b.current.map((c) => [h('span', {}, itemLink(c.reference, c.title), ' ', h('span', { class: 'muted' }, c.reference)), c.assignees.join(', '), c.reasonLabel, c.scope ?? '–', date(c.since), days(c.workingDays)]),
          { numeric: [5], testId: 'blocked-now' },
        )
      : h('p', { class: 'muted' }, 'Nothing is blocked now.'),
    h('h3', {}, 'Blocked days by reason'),
    barChart('Working days blocked by reason', b.byReason.map((r) => ({ label: r.label, value: r.workingDays, text: days(r.workingDays) })), { colour: 2 }),
    table('Blockers by reason', ['Reason', 'Scope', 'Blockers', 'Working days'], b.byReason.map((r) => [r.label, r.scope ?? '–', String(r.episodes), days(r.workingDays)]), { numeric: [2, 3], testId: 'blockers-by-reason' }),
    table('Blockers by scope', ['Scope', 'Blockers', 'Working days'], b.byScope.map((r) => [r.scope, String(r.episodes), days(r.workingDays)]), { numeric: [1, 2], testId: 'blockers-by-scope' }),
    h('h3', {}, 'Trend'),
    barChart('Blockers flagged per iteration', b.byIteration.map((r) => ({ label: r.iteration, value: r.flagged, text: `${r.flagged} flagged` })), { colour: 3 }),
    table('Blockers per iteration', ['Iteration', 'Flagged', 'Working days blocked'], b.byIteration.map((r) => [r.iteration, String(r.flagged), days(r.workingDays)]), { numeric: [1, 2], testId: 'blockers-by-iteration' }),
    b.endedWithoutRecord ? h('p', { class: 'muted' }, `${b.endedWithoutRecord} blockers ended without a resolution comment; their days are not counted.`) : undefined,
    b.orphanResolutions ? h('p', { class: 'muted' }, `${b.orphanResolutions} resolutions lost their flag comment; they count under "Unknown reason".`) : undefined,
  );
}

channel.on('view', render);
const saved = channel.state;
if (saved?.view) render(saved.view);
channel.ready();
