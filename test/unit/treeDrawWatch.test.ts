import * as assert from 'node:assert/strict';
import { TreeDrawWatch } from '../../src/views/treeDrawWatch';

/** Whether the promise has settled by the time already-queued timers and microtasks have run. */
async function settledSoon(promise: Promise<void>, afterMs = 0): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  return settled;
}

describe('TreeDrawWatch: waiting for the workbench to fetch a tree\'s first rows', () => {
  it('waits until the children of every expanded row were asked for, then no longer', async () => {
    const watch = new TreeDrawWatch<string>(60_000);
    const drawn = watch.whenDrawn(60_000);
    watch.rootServed(['In progress', 'Done']);
    watch.childrenServed('In progress');
    assert.equal(await settledSoon(drawn), false, 'one group is still to be fetched');
    watch.childrenServed('Done');
    assert.equal(await settledSoon(drawn), true);
    assert.equal(await settledSoon(watch.whenDrawn(60_000)), true, 'nothing changed since the rows were fetched');
    watch.dispose();
  });

  it('waits again after the data changed, since the workbench fetches the rows again', async () => {
    const watch = new TreeDrawWatch<string>(60_000);
    watch.rootServed([]);
    watch.changed();
    const drawn = watch.whenDrawn(60_000);
    assert.equal(await settledSoon(drawn), false);
    watch.rootServed(['Todo']);
    watch.childrenServed('Todo');
    assert.equal(await settledSoon(drawn), true);
    watch.dispose();
  });

  it('stops waiting for a row the person folded once the workbench has been quiet for a while', async () => {
    const watch = new TreeDrawWatch<string>(30);
    const drawn = watch.whenDrawn(60_000);
    watch.rootServed(['In progress', 'Done (folded)']);
    watch.childrenServed('In progress');
    assert.equal(await settledSoon(drawn), false);
    assert.equal(await settledSoon(drawn, 60), true);
    watch.dispose();
  });

  it('gives up at the limit when the root is never asked for, and when disposed', async () => {
    const watch = new TreeDrawWatch<string>(60_000);
    assert.equal(await settledSoon(watch.whenDrawn(20), 50), true);
    const pending = watch.whenDrawn(60_000);
    watch.dispose();
    assert.equal(await settledSoon(pending), true);
  });

  it('ignores children asked for outside the rows it waits for', async () => {
    const watch = new TreeDrawWatch<string>(60_000);
    const drawn = watch.whenDrawn(60_000);
    watch.childrenServed('an item row');
    watch.rootServed(['Todo']);
    watch.childrenServed('an item row');
    assert.equal(await settledSoon(drawn), false);
    watch.dispose();
  });
});
