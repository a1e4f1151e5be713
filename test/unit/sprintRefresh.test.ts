import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { SprintSnapshot } from '../../src/core/model';
import { statusOf } from '../../src/core/sprint';
import { loadSprint, SprintLoadOptions } from '../../src/github/sprintLoader';
import { DEMO_CURRENT_ITERATION, DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, startFakeGitHub } from '../fake-github';
import { currentIssues, deleteItem, iterationField, myIssue, teammate } from './demoBoardEdits';
import { apiFor } from './githubHarness';

const operations = (github: FakeGitHub) => github.requestLog.map((r) => r.operationName).filter((o) => o !== 'ProjectItemsArguments');
const pointsCharged = (github: FakeGitHub) => github.requestLog.reduce((sum, r) => sum + (r.cost ?? 0), 0);
const titles = (snapshot: SprintSnapshot) => snapshot.items.map((i) => i.title).sort();

describe('refreshing my sprint again', () => {
  let github: FakeGitHub;

  afterEach(() => github.close());

  async function start(itemsQuery: boolean): Promise<SprintSnapshot> {
    github = await startFakeGitHub({ state: demoBoard(), switches: { itemsQuery } });
    return refresh();
  }

  /** One refresh as the sidebar does it, with the snapshot on screen; the request log then holds only its requests. */
  async function refresh(shown?: SprintSnapshot, options: Partial<SprintLoadOptions> = {}): Promise<SprintSnapshot> {
    github.requestLog.length = 0;
    const load = await loadSprint(
      apiFor(github, DEMO_TOKEN),
      parseProjectUrl(demoProjectUrl(github.origin)),
      { fieldOverrides: {}, timeZone: 'UTC', now: new Date(), ...options },
      shown,
    );
    assert.equal(load.kind, 'ready');
    return load.kind === 'ready' ? load.snapshot : assert.fail();
  }

  const itemTitled = (snapshot: SprintSnapshot, title: string) => snapshot.items.find((i) => i.title === title);

  describe('where GitHub filters items (items(query:))', () => {
    it('reads the board\'s fields and my items in one request of at most 2 points', async () => {
      const first = await start(true);
      assert.deepEqual(operations(github), ['ProjectBoard', 'MySprintItems', 'ItemComments'], 'the first refresh knows nothing yet');
      const again = await refresh(first);
      assert.deepEqual(operations(github), ['BoardAndMySprintItems']);
      assert.ok(pointsCharged(github) <= 2, `charged ${pointsCharged(github)} points`);
      assert.deepEqual(titles(again), titles(first));
      assert.deepEqual(again.fields, first.fields);
    });

    it('shows an item moved to another status and an issue newly assigned to me', async () => {
      const first = await start(true);
      const [mine] = currentIssues(github, 'mine');
      const [theirs] = currentIssues(github, 'others');
      await teammate(github).moveToStatus(mine, 'Done');
      await teammate(github).assignMe(theirs);
      const again = await refresh(first);
      assert.equal(statusOf(itemTitled(again, mine.content!.title)!, again.fields.status)?.name, 'Done');
      assert.ok(itemTitled(again, theirs.content!.title), 'the newly assigned issue is shown');
      assert.deepEqual(operations(github), ['BoardAndMySprintItems', 'ItemComments'], 'comments are read only for the two changed items');
    });

    it('reads my items again with the right filter when the iteration field was renamed', async () => {
      const first = await start(true);
      iterationField(github).name = 'Sprint';
      const again = await refresh(first);
      assert.deepEqual(operations(github), ['BoardAndMySprintItems', 'MySprintItems']);
      assert.equal(again.fields.iteration?.name, 'Sprint');
      assert.deepEqual(titles(again), titles(first));
    });

    it('reads on from the first page when I have more items than it holds', async () => {
      github = await startFakeGitHub({ state: demoBoard(), switches: { itemsQuery: true } });
      for (let n = 1; n <= 30; n++) {
        myIssue(github, `Extra sprint work ${n}`, DEMO_CURRENT_ITERATION);
      }
      const first = await refresh();
      assert.ok(first.items.length > 30);
      const again = await refresh(first);
      assert.deepEqual(operations(github), ['BoardAndMySprintItems', 'MySprintItems']);
      assert.deepEqual(titles(again), titles(first));
    });

    it('reads the board by its URL when the project on screen no longer resolves', async () => {
      const first = await start(true);
      const again = await refresh({ ...first, projectId: 'PVT_kwDOAbandoned' });
      assert.deepEqual(operations(github), ['BoardAndMySprintItems', 'ProjectBoard', 'MySprintItems', 'ItemComments'], 'another project: nothing is reused');
      assert.equal(again.projectId, first.projectId);
      assert.deepEqual(titles(again), titles(first));
    });
  });

  describe('where GitHub cannot filter items (every item is paged)', () => {
    it('checks the board and re-reads my known items in one request of 1 point when nothing changed', async () => {
      const first = await start(false);
      assert.ok(operations(github).filter((o) => o === 'ProjectItemsPage').length >= 4, 'the first refresh pages the whole board');
      const again = await refresh(first);
      assert.deepEqual(operations(github), ['BoardChangeCheck']);
      assert.equal(pointsCharged(github), 1);
      assert.deepEqual(titles(again), titles(first));
      assert.deepEqual(again.boardVersion, first.boardVersion, 'the clock to the next full read keeps running');
    });

    it('shows a change to one of my items at once, though the board itself did not change', async () => {
      const first = await start(false);
      const [mine] = currentIssues(github, 'mine');
      await teammate(github).close(mine);
      const again = await refresh(first);
      assert.equal(itemTitled(again, mine.content!.title)?.state, 'CLOSED');
      assert.deepEqual(operations(github), ['BoardChangeCheck', 'ItemComments']);
    });

    it('pages through the board again when an item was moved on it, and shows what moved into my sprint', async () => {
      github = await startFakeGitHub({ state: demoBoard(), switches: { itemsQuery: false } });
      const waiting = myIssue(github, 'Rotate the staging TLS certificates');
      const first = await refresh();
      assert.equal(itemTitled(first, waiting.content!.title), undefined);
      await teammate(github).moveToIteration(waiting, DEMO_CURRENT_ITERATION);
      const again = await refresh(first);
      assert.ok(itemTitled(again, waiting.content!.title), 'the item moved into the sprint is shown');
      assert.deepEqual(operations(github).slice(0, 2), ['BoardChangeCheck', 'ProjectItemsPage'], 'no second ProjectBoard: the check read the fields');
      assert.notDeepEqual(again.boardVersion, first.boardVersion);
    });

    it('keeps my items through a renamed iteration field without paging the board', async () => {
      const first = await start(false);
      iterationField(github).name = 'Sprint';
      const again = await refresh(first);
      // The check asked for the items' values by the old name; they are asked again by the new one.
      assert.deepEqual(operations(github), ['BoardChangeCheck', 'BoardChangeCheck']);
      assert.equal(again.fields.iteration?.name, 'Sprint');
      assert.deepEqual(titles(again), titles(first));
    });

    it('shows an issue newly assigned to me (a change the board does not record) at the next full read', async () => {
      const first = await start(false);
      const [theirs] = currentIssues(github, 'others');
      await teammate(github).assignMe(theirs);
      const checked = await refresh(first);
      assert.equal(itemTitled(checked, theirs.content!.title), undefined, 'a cheap check cannot see it');
      const asked = await refresh(checked, { fullRead: true });
      assert.ok(itemTitled(asked, theirs.content!.title), 'an explicit refresh reads every item');
      const halfAnHourOld = { ...checked, boardVersion: { ...checked.boardVersion!, readAt: new Date(Date.now() - 30 * 60_000).toISOString() } };
      const later = await refresh(halfAnHourOld);
      assert.ok(itemTitled(later, theirs.content!.title), 'so does the first refresh 30 minutes after the last full read');
      assert.ok(operations(github).includes('ProjectItemsPage'));
    });

    it('pages the board every time when I have more items than one check may re-read by id (100)', async () => {
      github = await startFakeGitHub({ state: demoBoard(), switches: { itemsQuery: false } });
      for (let n = 1; n <= 100; n++) {
        myIssue(github, `Extra sprint work ${n}`, DEMO_CURRENT_ITERATION);
      }
      const first = await refresh();
      assert.ok(first.items.length > 100);
      const again = await refresh(first);
      assert.deepEqual(operations(github).slice(0, 2), ['ProjectBoard', 'ProjectItemsPage']);
      assert.deepEqual(titles(again), titles(first));
    });

    it('reads the board again when an item on screen was deleted from it', async () => {
      const first = await start(false);
      const [mine] = currentIssues(github, 'mine');
      deleteItem(github, mine);
      const again = await refresh(first);
      assert.equal(itemTitled(again, mine.content!.title), undefined);
      assert.deepEqual(operations(github).slice(0, 3), ['BoardChangeCheck', 'ProjectBoard', 'ProjectItemsPage']);
    });
  });
});
