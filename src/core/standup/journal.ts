/**
 * The local, append-only journal of standup updates, kept like the interruption journal (../journal.ts): an update is
 * written here with the exact comment to post before anything goes to GitHub, and every later fact (sent, failed) is
 * appended. Reading replays the events; a torn or damaged line is skipped and counted.
 */
import { journalEvents, journalLine } from '../journal';
import { isStandupUpdate, StandupUpdate } from './update';

export type StandupJournalEvent =
  | { type: 'queued'; update: StandupUpdate; body: string; at: string }
  | { type: 'synced'; id: string; commentUrl?: string; at: string }
  | { type: 'failed'; id: string; reason: string; at: string };

export interface StandupJournalEntry {
  update: StandupUpdate;
  body: string;
  state: 'waiting' | 'synced' | 'failed';
  failure?: string;
  commentUrl?: string;
}

export interface StandupJournalContents {
  entries: StandupJournalEntry[];
  skippedLines: number;
}

export function standupJournalLine(event: StandupJournalEvent): string {
  return journalLine(event);
}

function checkEvent(value: object): StandupJournalEvent | undefined {
  const event = value as StandupJournalEvent;
  if (event.type === 'queued') {
    return event.update && typeof event.update === 'object' && isStandupUpdate(event.update) && typeof event.body === 'string' ? event : undefined;
  }
  return (event.type === 'synced' || event.type === 'failed') && typeof event.id === 'string' ? event : undefined;
}

export function readStandupJournal(text: string): StandupJournalContents {
  const byId = new Map<string, StandupJournalEntry>();
  const { events, skippedLines } = journalEvents(text, checkEvent);
  for (const event of events) {
    if (event.type === 'queued') {
      if (!byId.has(event.update.id)) {
        byId.set(event.update.id, { update: event.update, body: event.body, state: 'waiting' });
      }
      continue;
    }
    const known = byId.get(event.id);
    if (!known || known.state === 'synced') {
      continue;
    }
    if (event.type === 'synced') {
      Object.assign(known, { state: 'synced', failure: undefined, commentUrl: event.commentUrl });
    } else {
      Object.assign(known, { state: 'failed', failure: event.reason });
    }
  }
  return { entries: [...byId.values()], skippedLines };
}

/** Updates not yet known to be on GitHub, oldest first. */
export function unsentUpdates(contents: StandupJournalContents): StandupJournalEntry[] {
  return contents.entries.filter((e) => e.state !== 'synced');
}

/** My latest update this machine knows of, sent or not: what the next draft starts from when the thread has none. */
export function latestJournaled(contents: StandupJournalContents, person: string): StandupUpdate | undefined {
  const mine = contents.entries.filter((e) => e.update.person.toLowerCase() === person.toLowerCase());
  return mine.sort((a, b) => Date.parse(a.update.postedAt) - Date.parse(b.update.postedAt)).at(-1)?.update;
}
