/**
 * Team Standup: the iteration's updates by day, who has not posted, and every blocker mentioned. Every string from
 * GitHub is set as text (dom.ts); links open through the host, which opens only those it sent.
 */
import type { TeamStandupBlocker, TeamStandupModel, TeamStandupUpdate } from '../../core/standup/teamStandup';
import type { StandupLine } from '../../core/standup/update';
import { HostChannel } from '../channel';
import { Child, h, replaceChildren, section, table } from '../dom';
import { days, minutes } from '../format';
import { TeamStandupNotifications, TeamStandupRequests, TeamStandupView } from '../protocol';
import { busy, button, divider, dropdown } from '../toolkit';
import { counted, fill, s } from '../strings';

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
    h('header', {}, h('strong', { 'data-test': 'person' }, update.person), h('span', { class: 'muted' }, ` · ${update.localTime} (${update.timeZone})`), ' ', update.commentUrl ? button(s.answerOnGithub2, { icon: 'comment', appearance: 'secondary', testId: 'answer', onClick: () => open(update.commentUrl!) }) : undefined),
    lines(s.done, update.done.map((l) => [itemText(l)]), 'done'),
    lines(s.doing, update.doing.map((l) => [itemText(l), [l.status, l.estimate !== undefined ? counted(l.estimate, s.onePt, s.nPts) : undefined, l.goal ? fill(s.goalReference, l.goal) : undefined, l.active ? s.active : undefined].filter(Boolean).map((t) => ` · ${t}`).join('')]), 'doing'),
    lines(s.blocked, update.blocked.map((l) => [itemText(l), ` · ${l.reason}`, l.waitingFor ? fill(s.waitingFor2, l.waitingFor) : '']), 'blocked'),
    update.interruptions.count ? h('p', { 'data-test': 'interruptions' }, `${counted(update.interruptions.count, s.oneInterruption, s.nInterruptions)}, ${minutes(update.interruptions.minutes)}`) : undefined,
    lines(s.commitsLinkedToGoals, update.commits.map((c) => [linkTo(c.sha.slice(0, 7), c.url, 'commit'), ` ${c.headline} → ${c.goal}`]), 'commits'),
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
      b.url ? button(undefined, { icon: 'link-external', appearance: 'icon', label: fill(s.open, b.reference), testId: 'open-item', onClick: () => open(b.url!) }) : undefined,
      b.commentUrl ? button(undefined, { icon: 'comment', appearance: 'icon', label: fill(s.answerOnGithub, b.person), testId: 'answer-blocker', onClick: () => open(b.commentUrl!) }) : undefined,
    ),
  ]);
}

function header(model: TeamStandupModel, person: string): HTMLElement {
  return h(
    'header',
    {},
    h('h1', {}, s.teamStandup),
    h('div', { class: 'subtitle', 'data-test': 'iteration' }, fill(s.eachUpdateInItsAuthor, model.iteration)),
    h(
      'div',
      { class: 'toolbar' },
      dropdown(s.person, [{ value: '', label: s.everyone }, ...model.people.map((p) => ({ value: p, label: p }))], person, (v) => load(v), 'filter-person'),
      button(s.postMyUpdate, { icon: 'comment-discussion', testId: 'post-update', onClick: () => void channel.request('postUpdate', {}) }),
      button(s.refresh, { icon: 'refresh', appearance: 'secondary', onClick: () => load(person) }),
      model.threadUrl ? button(s.openThreadOnGithub, { icon: 'link-external', appearance: 'secondary', testId: 'open-thread', onClick: () => open(model.threadUrl!) }) : undefined,
    ),
    ...model.leftOut.map((sentence) => h('p', { class: 'notice', 'data-test': 'left-out' }, fill(s.notShown, sentence))),
    model.olderNotRead ? h('p', { class: 'muted' }, s.olderUpdatesOfThisIteration) : undefined,
    divider(),
  );
}

function render(view: TeamStandupView): void {
  channel.state = { view };
  if (view.state === 'loading') {
    replaceChildren(root, h('h1', {}, s.teamStandup), busy(s.readingTheStandupThreadFrom));
    return;
  }
  if (view.state === 'message') {
    replaceChildren(root, h('h1', {}, s.teamStandup), h('p', { class: 'notice', 'data-test': 'message' }, view.message), button(s.tryAgain, { onClick: () => load(view.person) }));
    return;
  }
  const { model } = view;
  replaceChildren(
    root,
    header(model, view.person),
    section(
      s.notPostedSinceTheirLast,
      'not-posted',
      model.notPosted.length
        ? h('ul', {}, ...model.notPosted.map((p) => h('li', { 'data-test': 'missing' }, p.person, h('span', { class: 'muted' }, p.lastPosted ? fill(s.lastUpdate, p.lastPosted.slice(0, 10)) : s.noUpdateThisIteration))))
        : h('p', { class: 'muted' }, s.everyoneIsUpToDate),
    ),
    section(
      s.blockers,
      'blockers',
      model.blockers.length
        ? table(s.everyBlockerTheLatestUpdates, [s.person, s.item, s.reason, s.blockedForWorkingDays, s.waitingFor, ''], blockerRows(model.blockers), { testId: 'blocker-table' })
        : h('p', { class: 'muted' }, s.nobodyMentionsABlocker),
    ),
    section(
      s.updates,
      'updates',
      model.days.length ? model.days.map((day) => h('div', { class: 'day', 'data-test': 'day', 'data-date': day.date }, h('h3', {}, day.label), ...day.updates.map(updateCard))) : h('p', { class: 'muted' }, s.noUpdatesInThisIteration),
    ),
  );
}

channel.on('view', render);
const saved = channel.state?.view;
if (saved) render(saved);
channel.ready();
