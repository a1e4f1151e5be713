/** The delivery manager's team report: charts and tables over the chosen iterations, filtered by person and kind. */
import type { TeamReport } from '../../core/report/model';
import { HostChannel } from '../channel';
import { barChart, stackedChart } from '../charts';
import { h, replaceChildren, section, table } from '../dom';
import { date, days, hours, minutes, percent } from '../format';
import { ReportQuery, TeamReportNotifications, TeamReportRequests, TeamReportView } from '../protocol';
import { busy, button, divider, dropdown } from '../toolkit';
import { counted, fill, s } from '../strings';

interface State {
  view: TeamReportView;
}

const channel = new HostChannel<TeamReportRequests, TeamReportNotifications, State>();
const root = document.getElementById('root')!;
const RANGES = [1, 3, 6, 9, 12];
const CATEGORY_LABELS = [s.sprintGoal, s.support, s.reactive, s.upstream, s.otherPlanned];

function load(query: ReportQuery): void {
  void channel.request('loadReport', query);
}

function render(view: TeamReportView): void {
  channel.state = { view };
  if (view.state === 'loading') {
    replaceChildren(root, h('h1', {}, s.teamReport), busy(s.readingTheTeamLogsAnd));
    return;
  }
  if (view.state === 'message') {
    replaceChildren(root, h('h1', {}, s.teamReport), h('p', { class: 'notice', 'data-test': 'message' }, view.message), button(s.tryAgain, { onClick: () => load(view.query) }));
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
    h('h1', {}, s.teamReport),
    h('div', { class: 'subtitle', 'data-test': 'range' }, `${report.projectTitle} · ${first?.title ?? ''} to ${last?.title ?? ''} (${date(first?.startDate)} – ${date(last?.endDate)})`),
    h(
      'div',
      { class: 'toolbar' },
      dropdown(s.iterations, ranges.map((n) => ({ value: String(n), label: n === 1 ? s.currentIteration : fill(s.lastIterations, n) })), String(count), (v) => load({ ...query, iterations: Number(v) }), 'filter-iterations'),
      dropdown(s.person, [{ value: '', label: s.everyone }, ...report.people.map((p) => ({ value: p, label: p }))], query.people[0] ?? '', (v) => load({ ...query, people: v ? [v] : [] }), 'filter-person'),
      dropdown(s.kind, [{ value: '', label: s.everyKind }, ...report.kinds.map((k) => ({ value: k.kind, label: k.label }))], query.kinds[0] ?? '', (v) => load({ ...query, kinds: v ? [v] : [] }), 'filter-kind'),
      button(s.exportMarkdown, { icon: 'markdown', appearance: 'secondary', onClick: () => void channel.request('exportReport', { format: 'markdown' }) }),
      button(s.exportCsv, { icon: 'table', appearance: 'secondary', onClick: () => void channel.request('exportReport', { format: 'csv' }) }),
      button(s.sprintReview3, { icon: 'checklist', appearance: 'secondary', onClick: () => void channel.request('openSprintReview', { iteration: '' }) }),
    ),
    h('p', { class: 'muted' }, fill(s.capacityIsWorkingDaysHours, report.hoursPerDay, report.timeZone)),
    report.skippedRecords > 0
      ? h('p', { class: 'notice', 'data-test': 'skipped' }, counted(report.skippedRecords, s.oneRecordSkipped, s.recordsSkipped))
      : undefined,
    report.leftOut.length > 0
      ? h('p', { class: 'notice', 'data-test': 'left-out' }, fill(s.notCountedTheOutputChannel, report.leftOut.join('; ')))
      : undefined,
    divider(),
  );
}

function interruptions(report: TeamReport): HTMLElement {
  const i = report.interruptions;
  const kinds = i.byKind.filter((k) => k.count || k.minutes);
  return section(
    s.interruptions,
    'interruptions',
    h('p', { 'data-test': 'interruption-total' }, fill(s.interruptionsInAll, i.total.count, minutes(i.total.minutes))),
    h('h3', {}, s.trendOverIterations),
    barChart(s.interruptionHoursPerIteration, i.byIteration.map((r) => ({ label: r.iteration, value: r.minutes, text: minutes(r.minutes) }))),
    table(s.interruptionsPerIteration, [s.iteration, s.count, s.time], i.byIteration.map((r) => [r.iteration, String(r.count), minutes(r.minutes)]), { numeric: [1, 2], testId: 'interruptions-by-iteration' }),
    h('h3', {}, s.byKind),
    barChart(s.interruptionTimeByKind, kinds.map((k) => ({ label: k.label, value: k.minutes, text: minutes(k.minutes) })), { colour: 1 }),
    table(s.interruptionsByKind, [s.kind, s.count, s.time], kinds.map((k) => [k.label, String(k.count), minutes(k.minutes)]), { numeric: [1, 2], testId: 'interruptions-by-kind' }),
    h('h3', {}, s.byPersonAndIteration),
    table(s.interruptionsByPersonAndIteration, [s.person, s.iteration, s.count, s.time], i.byPersonAndIteration.map((r) => [r.person, r.iteration, String(r.count), minutes(r.minutes)]), { numeric: [2, 3], testId: 'interruptions-by-person' }),
  );
}

function focus(report: TeamReport): HTMLElement {
  const f = report.focus;
  return section(
    s.hoursLostAndFocus,
    'focus',
    h('p', { 'data-test': 'team-focus' }, fill(s.teamFocusFactorLostOf, percent(f.team.focus), hours(f.team.lostHours), hours(f.team.capacityHours))),
    barChart(s.focusFactorPerPerson, f.byPerson.map((p) => ({ label: p.person, value: (p.focus ?? 0) * 100, text: percent(p.focus) })), { colour: 4, max: 100 }),
    table(s.focusPerPerson, [s.person, s.iterations, s.capacity, s.lost, s.focus], f.byPerson.map((p) => [p.person, String(p.iterations), hours(p.capacityHours), hours(p.lostHours), percent(p.focus)]), { numeric: [1, 2, 3, 4], testId: 'focus-by-person' }),
    table(s.focusPerIteration, [s.iteration, s.people, s.capacity, s.lost, s.focus], f.byIteration.map((r) => [r.iteration, String(r.people), hours(r.capacityHours), hours(r.lostHours), percent(r.focus)]), { numeric: [1, 2, 3, 4], testId: 'focus-by-iteration' }),
  );
}

function workBalance(report: TeamReport): HTMLElement {
  const w = report.workBalance;
  const measure = (c: { items: number; points?: number }) => (w.hasEstimates ? c.points ?? 0 : c.items);
  return section(
    s.workBalance,
    'work-balance',
    h('p', { class: 'muted' }, w.hasEstimates ? s.barsShowEstimatePointsPer : s.barsShowItemsPerCategory),
    stackedChart(
      s.workBalancePerIteration,
      CATEGORY_LABELS,
      w.byIteration.map((r) => ({
        label: r.iteration,
        parts: r.categories.map((c, series) => ({ value: measure(c), text: w.hasEstimates ? counted(c.points ?? 0, s.onePoint, s.nPoints) : counted(c.items, s.oneItem, s.nItems), series })),
      })),
    ),
    table(
      s.workBalancePerIterationItems,
      [s.iteration, s.category, s.items, s.points, s.interrupted, s.derivedFrom],
      w.byIteration.flatMap((r) =>
        r.categories.map((c, i) => [
          r.iteration,
          CATEGORY_LABELS[i],
          String(c.items),
          c.points === undefined ? '–' : String(c.points),
          hours(c.interruptionHours),
          Object.entries(c.sources).map(([source, n]) => fill(s.countBySource, n, source)).join('; ') || '–',
        ]),
      ),
      { numeric: [2, 3, 4], testId: 'work-balance' },
    ),
    h('h3', {}, s.howThisWasDerived),
    h('ul', { class: 'derivation' }, ...w.derivation.map((d) => h('li', {}, d))),
  );
}

function blockers(report: TeamReport): HTMLElement {
  const b = report.blockers;
  const itemLink = (reference: string, title: string) => {
    const link = h('button', { class: 'item-link', title: fill(s.openOnGithub, reference) }, h('span', { class: 'title' }, title));
    link.addEventListener('click', () => void channel.request('openItem', { reference }));
    return link;
  };
  return section(
    s.blockers,
    'blockers',
    b.current.length
      ? table(
          fill(s.blockedNow, b.current.length),
          [s.item, s.assignees, s.reason, s.scope, s.since, s.age],
          b.current.map((c) => [h('span', {}, itemLink(c.reference, c.title), ' ', h('span', { class: 'muted' }, c.reference)), c.assignees.join(', '), c.reasonLabel, c.scope ?? '–', date(c.since), days(c.workingDays)]),
          { numeric: [5], testId: 'blocked-now' },
        )
      : h('p', { class: 'muted' }, s.nothingIsBlockedNow),
    h('h3', {}, s.blockedDaysByReason),
    barChart(s.workingDaysBlockedByReason, b.byReason.map((r) => ({ label: r.label, value: r.workingDays, text: days(r.workingDays) })), { colour: 2 }),
    table(s.blockersByReason, [s.reason, s.scope, s.blockers, s.workingDays2], b.byReason.map((r) => [r.label, r.scope ?? '–', String(r.episodes), days(r.workingDays)]), { numeric: [2, 3], testId: 'blockers-by-reason' }),
    table(s.blockersByScope, [s.scope, s.blockers, s.workingDays2], b.byScope.map((r) => [r.scope, String(r.episodes), days(r.workingDays)]), { numeric: [1, 2], testId: 'blockers-by-scope' }),
    h('h3', {}, s.trend),
    barChart(s.blockersFlaggedPerIteration, b.byIteration.map((r) => ({ label: r.iteration, value: r.flagged, text: fill(s.nFlagged, r.flagged) })), { colour: 3 }),
    table(s.blockersPerIteration, [s.iteration, s.flagged, s.workingDaysBlocked], b.byIteration.map((r) => [r.iteration, String(r.flagged), days(r.workingDays)]), { numeric: [1, 2], testId: 'blockers-by-iteration' }),
    b.endedWithoutRecord ? h('p', { class: 'muted' }, fill(s.blockersEndedWithoutAResolution, b.endedWithoutRecord)) : undefined,
    b.orphanResolutions ? h('p', { class: 'muted' }, fill(s.resolutionsLostTheirFlagComment, b.orphanResolutions)) : undefined,
  );
}

channel.on('view', render);
const saved = channel.state;
if (saved?.view) render(saved.view);
channel.ready();
