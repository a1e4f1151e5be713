/**
 * Team Standup: the iteration's updates by day, who has not posted, and every blocker mentioned. Every string from
 * GitHub is set as text (dom.ts); links open through the host, which opens only those it sent.
 */
import type { TeamStandupBlocker, TeamStandupModel, TeamStandupUpdate } from '../../core/standup/teamStandup';
import type { StandupLine } from '../../core/standup/update';
import { HostChannel } from '../channel';
import { Child, h, replaceChildren, section, table } from '../dom';
import { count, days, minutes } from '../format';
import { TeamStandupNotifications, TeamStandupRequests, TeamStandupView } from '../protocol';
import { busy, button, divider, dropdown } from '../toolkit';

interface State {
  view: TeamStandupView;
}

const channel = new HostChannel<TeamStandupRequests, TeamStandupNotifications, State>();
const root = document.getElementById('root')!;

const load = (person: string) => void channel.request('load', { person });
const open = (url: string) => void channel.request('openLink', { url });

function link(text: string, url: string | undefined, testId?: string): Child {
  return url ? h('button', { class: 'item-link', type: 'button', 'data-test': testId, title: url }, text) : text;
}

function linkTo(text: string, url: string | undefined, testId?: string): Child {
  const element = link(text, url, testId);
  if (url && element instanceof HTMLElement) element.addEventListener('click', () => open(url));
  return element;
}

function itemText(line: StandupLine): Child {
  const label = line.reference === line.title ? line.title : `${line.reference} ${line.title}`;
  return linkTo(label, line.url, 'item');
}

function lines(title: string, rows: Child[][], testId: string): Child {
  return rows.length ? [h('h4', {}, title), h('ul', { 'data-test': testId }, ...rows.map((row) => h('li', {}, ...row)))] : undefined;
}

function updateCard(update: TeamStandupUpdate): HTMLElement {
  return h(
    'article',
    { class: 'update', 'data-test': 'update', 'data-person': update.person },
    h('header', {}, h('strong', { 'data-test': 'person' }, update.person), h('span', { class: 'muted' }, ` · ${update.localTime} (${update.timeZone})`), ' ', update.commentUrl ? button('Answer on GitHub', { icon: 'comment', appearance: 'secondary', testId: 'answer', onClick: () => open(update.commentUrl!) }) : undefined),
    lines('Done', update.done.map((l) => [itemText(l)]), 'done'),
    lines('Doing', update.doing.map((l) => [itemText(l), [l.status, l.estimate !== undefined ? `${l.estimate} ${l.estimate === 1 ? 'pt' : 'pts'}` : undefined, l.goal ? `goal ${l.goal}` : undefined, l.active ? 'active' : undefined].filter(Boolean).map((t) => ` · ${t}`).join('')]), 'doing'),
    lines('Blocked', update.blocked.map((l) => [itemText(l), ` · ${l.reason}`, l.waitingFor ? ` · waiting for ${l.waitingFor}` : '']), 'blocked'),
    update.interruptions.count ? h('p', { 'data-test': 'interruptions' }, `${count(update.interruptions.count, 'interruption')}, ${minutes(update.interruptions.minutes)}`) : undefined,
    lines('Commits linked to goals', update.commits.map((c) => [linkTo(c.sha.slice(0, 7), c.url, 'commit'), ` ${c.headline} → ${c.goal}`]), 'commits'),
    update.note ? h('p', { class: 'note', 'data-test': 'note' }, update.note) : undefined,
  );
}

function blockerRows(blockers: TeamStandupBlocker[]): Child[][] {
  return blockers.map((b) => [
    b.person,
    itemText(b),
    b.reason,
    b.workingDays === undefined ? '–' : days(b.workingDays),
    b.waitingFor ?? '–',
    h(
      'div',
      { class: 'actions' },
      b.url ? button(undefined, { icon: 'link-external', appearance: 'icon', label: `Open ${b.reference}`, testId: 'open-item', onClick: () => open(b.url!) }) : undefined,
      b.commentUrl ? button(undefined, { icon: 'comment', appearance: 'icon', label: `Answer ${b.person} on GitHub`, testId: 'answer-blocker', onClick: () => open(b.commentUrl!) }) : undefined,
    ),
  ]);
}

function header(model: TeamStandupModel, person: string): HTMLElement {
  return h(
    'header',
    {},
    h('h1', {}, 'Team Standup'),
    h('div', { class: 'subtitle', 'data-test': 'iteration' }, `${model.iteration} · each update in its author's time zone, newest first`),
    h(
      'div',
      { class: 'toolbar' },
      dropdown('Person', [{ value: '', label: 'Everyone' }, ...model.people.map((p) => ({ value: p, label: p }))], person, (v) => load(v), 'filter-person'),
      button('Post My Update', { icon: 'comment-discussion', testId: 'post-update', onClick: () => void channel.request('postUpdate', {}) }),
      button('Refresh', { icon: 'refresh', appearance: 'secondary', onClick: () => load(person) }),
      model.threadUrl ? button('Open Thread on GitHub', { icon: 'link-external', appearance: 'secondary', testId: 'open-thread', onClick: () => open(model.threadUrl!) }) : undefined,
    ),
    ...model.leftOut.map((sentence) => h('p', { class: 'notice', 'data-test': 'left-out' }, `${sentence}: not shown.`)),
    model.olderNotRead ? h('p', { class: 'muted' }, 'Older updates of this iteration are on GitHub: open the thread to read them.') : undefined,
    divider(),
  );
}

function render(view: TeamStandupView): void {
  channel.state = { view };
  if (view.state === 'loading') {
    replaceChildren(root, h('h1', {}, 'Team Standup'), busy('Reading the standup thread from GitHub…'));
    return;
  }
  if (view.state === 'message') {
    replaceChildren(root, h('h1', {}, 'Team Standup'), h('p', { class: 'notice', 'data-test': 'message' }, view.message), button('Try Again', { onClick: () => load(view.person) }));
    return;
  }
  const { model } = view;
  replaceChildren(
    root,
    header(model, view.person),
    section(
      'Not posted since their last working day',
      'not-posted',
      model.notPosted.length
        ? h('ul', {}, ...model.notPosted.map((p) => h('li', { 'data-test': 'missing' }, p.person, h('span', { class: 'muted' }, p.lastPosted ? ` · last update ${p.lastPosted.slice(0, 10)}` : ' · no update this iteration'))))
        : h('p', { class: 'muted' }, 'Everyone is up to date.'),
    ),
    section(
      'Blockers',
      'blockers',
      model.blockers.length
        ? table('Every blocker the latest updates mention, longest first', ['Person', 'Item', 'Reason', 'Blocked for (working days)', 'Waiting for', ''], blockerRows(model.blockers), { testId: 'blocker-table' })
        : h('p', { class: 'muted' }, 'Nobody mentions a blocker.'),
    ),
    section(
      'Updates',
      'updates',
      model.days.length ? model.days.map((day) => h('div', { class: 'day', 'data-test': 'day', 'data-date': day.date }, h('h3', {}, day.label), ...day.updates.map(updateCard))) : h('p', { class: 'muted' }, 'No updates in this iteration yet.'),
    ),
  );
}

channel.on('view', render);
const saved = channel.state?.view;
if (saved) render(saved);
channel.ready();
