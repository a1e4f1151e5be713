import * as assert from 'node:assert/strict';
import { BoardVersion, SprintSnapshot } from '../../src/core/model';
import { BoardCheck, boardUnchangedSince, FULL_READ_INTERVAL_MS } from '../../src/core/sprint';
import { iteration, iterationField } from './builders';

const readAt = new Date('2026-11-30T09:00:00Z');
const current = iteration('Iteration 42', '2026-11-23');
const field = iterationField('Iteration', [current]);
const version: BoardVersion = { updatedAt: '2026-11-30T08:55:00Z', itemCount: 2000, readAt: readAt.toISOString() };

function shown(overrides: Partial<SprintSnapshot> = {}): SprintSnapshot {
  return {
    projectUrl: 'https://github.com/orgs/acme/projects/1',
    projectId: 'PVT_1',
    projectTitle: 'Team board',
    viewer: 'mara-jensen',
    fields: { iteration: field },
    iteration: current,
    items: [],
    fetchedAt: readAt.toISOString(),
    boardVersion: version,
    ...overrides,
  };
}

function check(overrides: Partial<BoardCheck> = {}): BoardCheck {
  return {
    viewer: 'mara-jensen',
    updatedAt: version.updatedAt,
    itemCount: version.itemCount,
    iterationFieldId: field.id,
    iterationId: current.id,
    now: new Date(readAt.getTime() + 5 * 60_000),
    ...overrides,
  };
}

describe('whether the board is unchanged since all its items were read', () => {
  it('holds when the board\'s version, the viewer and the sprint are as they were, five minutes later', () => {
    assert.equal(boardUnchangedSince(shown(), check()), true);
  });

  it('ignores the case of the login, as GitHub does', () => {
    assert.equal(boardUnchangedSince(shown(), check({ viewer: 'Mara-Jensen' })), true);
  });

  it('fails when GitHub recorded a later change on the board', () => {
    assert.equal(boardUnchangedSince(shown(), check({ updatedAt: '2026-11-30T09:03:00Z' })), false);
  });

  it('fails when items were added or removed, whatever the board\'s time says', () => {
    assert.equal(boardUnchangedSince(shown(), check({ itemCount: 2001 })), false);
  });

  it('fails when the check could not tell the board\'s time or item count', () => {
    assert.equal(boardUnchangedSince(shown(), check({ updatedAt: undefined })), false);
    assert.equal(boardUnchangedSince(shown(), check({ itemCount: undefined })), false);
  });

  it('fails once the full read is as old as the interval, so changes the board does not record show in bounded time', () => {
    const justBefore = new Date(readAt.getTime() + FULL_READ_INTERVAL_MS - 1);
    assert.equal(boardUnchangedSince(shown(), check({ now: justBefore })), true);
    assert.equal(boardUnchangedSince(shown(), check({ now: new Date(readAt.getTime() + FULL_READ_INTERVAL_MS) })), false);
  });

  it('fails when the full read seems to come from the future (the clock was set back)', () => {
    assert.equal(boardUnchangedSince(shown(), check({ now: new Date(readAt.getTime() - 60_000) })), false);
  });

  it('fails for another signed-in person, another iteration field or a new iteration', () => {
    assert.equal(boardUnchangedSince(shown(), check({ viewer: 'kenji-sato' })), false);
    assert.equal(boardUnchangedSince(shown(), check({ iterationFieldId: 'PVTIF_other' })), false);
    assert.equal(boardUnchangedSince(shown(), check({ iterationId: 'next-iteration' })), false);
  });

  it('fails for a snapshot without a board version: filtered by GitHub, or cached by an earlier Sprint Flow', () => {
    assert.equal(boardUnchangedSince(shown({ boardVersion: undefined }), check()), false);
  });

  it('fails for a snapshot whose read time cannot be read', () => {
    assert.equal(boardUnchangedSince(shown({ boardVersion: { ...version, readAt: 'yesterday' } }), check()), false);
  });
});
