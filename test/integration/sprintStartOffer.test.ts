// The sprint-start offer in a real VS Code against the local GitHub: when My Sprint first shows an iteration in its
// first days with no recorded start, Sprint Flow asks once; accepting records exactly one snapshot, which the review
// then reads back; neither a refresh nor another window asks again; with the setting on automatic it records
// without asking.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SprintFlowApi } from '../../src/extension';
import { dayNumber, defaultTimeZone, isoDateOfDay, localDate } from '../../src/core/calendar';
import { SprintReview } from '../../src/core/review/model';
import { chooseSnapshots } from '../../src/core/review/snapshot';
import { SprintStartOffer } from '../../src/services/sprintStartOffer';
import { DEMO_CURRENT_ITERATION, DEMO_LOGIN, FakeGitHub } from '../fake-github';
import { statusUpdatesOf } from '../fake-github/statusUpdates';
import { connectToDemo, demoProject, resetSettings, sprintFlow, useSettings } from './sprintFixture';
import { uiCheck } from './workbench';

const OFFER = 'has started. Record what the team committed to';

/** A global state of its own: another person's machine, which remembers nothing of this one's answers. */
class MemoryState implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : fallback;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
}

async function until<T>(what: string, read: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ; await new Promise((r) => setTimeout(r, 100))) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
  }
}

/**
 * What another window logs is not looked at; a log channel of its own would also add a file beside Sprint Flow's log,
 * which the token-leak test reads.
 */
const log = { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as vscode.LogOutputChannel;

/** Resolves when `check` does; an offer would wait for an answer, so a check still pending after a while asked. */
async function checkWithoutAsking(offer: SprintStartOffer, who: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const asked = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${who} was asked to record the start`)), 10_000)));
  try {
    await Promise.race([offer.check(), asked]);
  } finally {
    clearTimeout(timer);
    offer.dispose();
  }
}

/** The notification containing `contains`, as the notification center lists it (toasts are off in these tests). */
async function notification(contains: string, options: { click?: string; timeoutMs?: number } = {}): Promise<{ message: string; buttons: string[] }> {
  await vscode.commands.executeCommand('notifications.showList');
  return uiCheck('notification', { contains, ...options });
}

/** Whether a notification containing `text` is listed within `timeoutMs`. */
async function notificationShown(text: string, timeoutMs: number): Promise<boolean> {
  try {
    await notification(text, { timeoutMs });
    return true;
  } catch (error) {
    if (String(error).includes('no notification says')) return false;
    throw error;
  }
}

describe('Sprint-start offer', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub;
  let started = 0;
  /** Global state outlives a test run: ids of this run's iterations are new to it. */
  const runId = Date.now().toString(36);

  /**
   * Moves the board's iterations so that the running one starts today in this window's time zone, under new ids:
   * a new iteration nobody has recorded or been asked about (the demo's own start snapshot names the old id).
   */
  function startNewIterationToday(): { id: string; title: string } {
    started++;
    const field = demoProject(github).fields.find((f) => f.dataType === 'ITERATION')!;
    const iterations = field.iterationConfig!.iterations;
    const running = iterations.find((it) => it.title === DEMO_CURRENT_ITERATION)!;
    const shift = dayNumber(localDate(new Date(), defaultTimeZone())) - dayNumber(running.startDate);
    const renamed = new Map<string, string>();
    for (const iteration of iterations) {
      const id = `${iteration.id.split('~')[0]}~${runId}-${started}`;
      renamed.set(iteration.id, id);
      iteration.id = id;
      iteration.startDate = isoDateOfDay(dayNumber(iteration.startDate) + shift);
    }
    for (const item of demoProject(github).items) {
      const value = item.values.get(field.id);
      if (value?.type === 'iteration' && renamed.has(value.iterationId)) value.iterationId = renamed.get(value.iterationId)!;
    }
    return { id: running.id, title: running.title };
  }

  /** The sprint-start snapshots of an iteration on the board, as the review would choose among them. */
  function snapshotsOf(iterationId: string) {
    return statusUpdatesOf(demoProject(github)).filter((u) => (u.body ?? '').includes('"kind":"sprint-start"') && u.body!.includes(iterationId));
  }

  /** Refreshes My Sprint until it shows the iteration: a refresh asked for while another load runs shares that load. */
  async function showIteration(iterationId: string): Promise<void> {
    for (const deadline = Date.now() + 20_000; ; ) {
      await vscode.commands.executeCommand('sprintFlow.refresh');
      const state = api.store.state;
      if (state.kind === 'sprint' && state.snapshot.iteration.id === iterationId) return;
      if (Date.now() > deadline) assert.fail(`My Sprint does not show iteration ${iterationId}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  const startRequests = () => github.requestLog.filter((r) => r.operationName === 'ProjectStatusUpdates').length;

  before(async () => {
    api = await sprintFlow();
    github = await connectToDemo();
    // The center lists notifications in a virtual list: after the earlier suites' dozens, a new one can be drawn
    // outside it, where the check cannot see it.
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  after(async () => {
    api.panels.sprintReview()?.dispose();
    await vscode.workspace.getConfiguration('sprintFlow').update('review.publishSprintStart', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
  });

  it('asks the first team member once, and accepting records one snapshot that the review reads back', async () => {
    const iteration = startNewIterationToday();
    await showIteration(iteration.id);
    const estimated = (await vscode.commands.executeCommand('sprintFlow.openSprintReview', { iteration: iteration.title })) as SprintReview | undefined;
    assert.equal(estimated?.hasSnapshot, false);
    assert.match(estimated.derivations.find((d) => d.figure === 'Committed')!.how, new RegExp(`^No start snapshot for ${iteration.title}: committed estimated`));
    api.panels.sprintReview()?.dispose();
    const offer = await notification(`${iteration.title} ${OFFER}`, { click: 'Record the Start' });
    assert.deepEqual(offer.buttons, ['Record the Start', 'Always Record It']);
    const [snapshot] = await until('the start snapshot', () => (snapshotsOf(iteration.id).length ? snapshotsOf(iteration.id) : undefined));
    assert.equal(snapshot.creator?.login, DEMO_LOGIN);
    const chosen = chooseSnapshots(statusUpdatesOf(demoProject(github)).map((u) => ({ id: u.id, createdAt: u.createdAt.toISOString(), body: u.body ?? '', creator: u.creator?.login })));
    const recorded = chosen.byIteration.get(iteration.id);
    assert.ok(recorded, 'the snapshot passes the trust rules');
    assert.equal(recorded.by, DEMO_LOGIN);

    const review = (await vscode.commands.executeCommand('sprintFlow.openSprintReview', { iteration: iteration.title })) as SprintReview | undefined;
    assert.ok(review, 'the review was read');
    assert.equal(review.hasSnapshot, true);
    const committed = review.derivations.find((d) => d.figure === 'Committed')!;
    assert.equal(committed.certainty, 'recorded');
    assert.doesNotMatch(committed.how, /No start snapshot|\bestimated\b/);
    assert.match(committed.how, new RegExp(`start snapshot ${DEMO_LOGIN} published for ${iteration.title}`));
    assert.equal(review.committed.items, recorded.items.length);
    api.panels.sprintReview()?.dispose();
    // The setting stays as it was: only "Always Record It" changes it.
    assert.equal(vscode.workspace.getConfiguration('sprintFlow').get('review.publishSprintStart'), 'ask');
  });

  it('does not ask again on a refresh, in another window, or on a teammate\'s machine once the start is recorded', async () => {
    const field = demoProject(github).fields.find((f) => f.dataType === 'ITERATION')!;
    const iteration = field.iterationConfig!.iterations.find((it) => it.title === DEMO_CURRENT_ITERATION)!;
    const reads = startRequests();
    await vscode.commands.executeCommand('sprintFlow.refresh');
    assert.equal(await notificationShown(`${iteration.title} ${OFFER}`, 3000), false, 'a refresh asked again');
    // Another window of the same person: its own offer, the same global state. It asks GitHub nothing.
    const otherWindow = new SprintStartOffer(api.store, api.reviews, api.storage.globalState, log);
    await checkWithoutAsking(otherWindow, 'another window');
    assert.equal(startRequests(), reads, 'the refresh or the other window read the status updates again');
    // A teammate who was never asked reads the status updates once and finds the snapshot there.
    const teammate = new SprintStartOffer(api.store, api.reviews, new MemoryState(), log);
    await checkWithoutAsking(teammate, 'a teammate');
    assert.equal(startRequests(), reads + 1);
    assert.equal(await notificationShown(`${iteration.title} ${OFFER}`, 1000), false, 'another window asked again');
    assert.equal(snapshotsOf(iteration.id).length, 1);
  });

  it('records the start without asking when sprintFlow.review.publishSprintStart is automatic', async () => {
    await useSettings({ 'review.publishSprintStart': 'automatic' });
    const iteration = startNewIterationToday();
    const before = statusUpdatesOf(demoProject(github)).length;
    await showIteration(iteration.id);
    const snapshots = await until('the start snapshot', () => (snapshotsOf(iteration.id).length ? snapshotsOf(iteration.id) : undefined));
    assert.equal(snapshots.length, 1);
    assert.equal(snapshots[0].creator?.login, DEMO_LOGIN);
    assert.equal(statusUpdatesOf(demoProject(github)).length, before + 1);
    assert.equal(await notificationShown(`${iteration.title} ${OFFER}`, 2000), false, 'it asked although the setting says automatic');
    await vscode.commands.executeCommand('sprintFlow.refresh');
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(snapshotsOf(iteration.id).length, 1);
  });
});
