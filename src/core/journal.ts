import { Interruption, isInterruption } from './interruptions';

/**
 * The local, append-only journal of interruptions: every entry is written here before anything goes to GitHub,
 * and every later fact about it (sent, failed, deleted) is appended too. Reading replays the events.
 */
export type JournalEvent =
  | { type: 'logged'; entry: Interruption; at: string }
  | { type: 'synced'; id: string; commentUrl?: string; at: string }
  | { type: 'failed'; id: string; reason: string; at: string }
  | { type: 'deleted'; id: string; at: string };

export type SyncState = 'waiting' | 'synced' | 'failed';

export interface JournalEntry {
  entry: Interruption;
  state: SyncState;
  failure?: string;
  commentUrl?: string;
}

export interface JournalContents {
  entries: JournalEntry[];
  /** Lines that could not be read: a write torn by a crash, or damage. Never fatal. */
  skippedLines: number;
}

/**
 * One event as text to append. The leading newline ends any torn line a crash left behind, so the next event is
 * never glued to it; blank lines are ignored on reading.
 */
export function journalLine(event: JournalEvent): string {
  return `\n${JSON.stringify(event)}\n`;
}

export function readJournal(text: string): JournalContents {
  const byId = new Map<string, JournalEntry>();
  let skippedLines = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      continue;
    }
    const event = parseEvent(line);
    if (!event) {
      skippedLines++;
      continue;
    }
    if (event.type === 'logged') {
      if (!byId.has(event.entry.id)) {
        byId.set(event.entry.id, { entry: event.entry, state: 'waiting' });
      }
      continue;
    }
    const known = byId.get(event.id);
    if (!known) {
      continue;
    }
    if (event.type === 'deleted') {
      if (known.state !== 'synced') {
        byId.delete(event.id);
      }
    } else if (event.type === 'synced') {
      Object.assign(known, { state: 'synced', failure: undefined, commentUrl: event.commentUrl });
    } else if (known.state !== 'synced') {
      Object.assign(known, { state: 'failed', failure: event.reason });
    }
  }
  return { entries: [...byId.values()], skippedLines };
}

function parseEvent(line: string): JournalEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const event = value as JournalEvent | null;
  if (!event || typeof event !== 'object') {
    return undefined;
  }
  switch (event.type) {
    case 'logged':
      return event.entry && isInterruption(event.entry) ? event : undefined;
    case 'synced':
    case 'failed':
    case 'deleted':
      return typeof event.id === 'string' ? event : undefined;
    default:
      return undefined;
  }
}

/** Entries not yet known to be in the team log, oldest first. */
export function unsentEntries(contents: JournalContents): Interruption[] {
  return contents.entries.filter((e) => e.state !== 'synced').map((e) => e.entry);
}

/**
 * Splits unsent entries into those the team log already has (an earlier send succeeded but its answer was lost)
 * and those still to send.
 */
export function reconcile(unsent: readonly Interruption[], idsInLog: ReadonlySet<string>): { alreadyInLog: Interruption[]; toSend: Interruption[] } {
  return {
    alreadyInLog: unsent.filter((e) => idsInLog.has(e.id)),
    toSend: unsent.filter((e) => !idsInLog.has(e.id)),
  };
}
