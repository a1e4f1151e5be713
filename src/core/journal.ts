import { Interruption, isInterruption } from './interruptions';

/**
 * The local, append-only journal of interruptions: every entry is written here before anything goes to GitHub,
 * and every later fact about it (sent, failed, deleted) is appended too. Reading replays the events.
 */
export type JournalEvent =
  /**
   * `repository`: the OWNER/REPO of the team log it is for, as the window that logged it was set up; absent when
   * that window had no team log yet, and then `window` says which window (session) it was, the only one that may
   * send it once its team log is chosen.
   */
  | { type: 'logged'; entry: Interruption; repository?: string; window?: string; at: string }
  | { type: 'synced'; id: string; commentUrl?: string; at: string }
  | { type: 'failed'; id: string; reason: string; at: string }
  | { type: 'deleted'; id: string; at: string }
  /** The person chose the team log for an entry journaled without one. */
  | { type: 'addressed'; id: string; repository: string; at: string };

export type SyncState = 'waiting' | 'synced' | 'failed';

export interface JournalEntry {
  entry: Interruption;
  /**
   * The team log (OWNER/REPO) it goes to. Absent for entries logged by a Sprint Flow that did not record it: which
   * window (and so which team's log) they came from cannot be known, so they wait until the person says.
   */
  repository?: string;
  /** The window session that logged it, when it had no team log yet. */
  window?: string;
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
export function journalLine(event: object): string {
  return `\n${JSON.stringify(event)}\n`;
}

/**
 * The events of a journal's text in order, each checked by `check`, and how many lines could not be read (a write
 * torn by a crash, or damage): shared by the interruption and the standup journals.
 */
export function journalEvents<E>(text: string, check: (value: { type?: unknown }) => E | undefined): { events: E[]; skippedLines: number } {
  const events: E[] = [];
  let skippedLines = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    const event = value && typeof value === 'object' ? check(value) : undefined;
    if (event) {
      events.push(event);
    } else {
      skippedLines++;
    }
  }
  return { events, skippedLines };
}

export function readJournal(text: string): JournalContents {
  const byId = new Map<string, JournalEntry>();
  const { events, skippedLines } = journalEvents(text, checkEvent);
  for (const event of events) {
    if (event.type === 'logged') {
      if (!byId.has(event.entry.id)) {
        byId.set(event.entry.id, {
          entry: event.entry,
          state: 'waiting',
          ...(event.repository ? { repository: event.repository } : event.window ? { window: event.window } : {}),
        });
      }
      continue;
    }
    const known = byId.get(event.id);
    if (!known) {
      continue;
    }
    if (event.type === 'addressed') {
      if (!known.repository && known.state !== 'synced') {
        known.repository = event.repository;
      }
    } else if (event.type === 'deleted') {
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

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

function checkEvent(value: object): JournalEvent | undefined {
  const event = value as JournalEvent;
  switch (event.type) {
    case 'logged':
      return event.entry && isInterruption(event.entry) && optionalString(event.repository) && optionalString(event.window) ? event : undefined;
    case 'synced':
    case 'failed':
    case 'deleted':
      return typeof event.id === 'string' ? event : undefined;
    case 'addressed':
      return typeof event.id === 'string' && typeof event.repository === 'string' ? event : undefined;
    default:
      return undefined;
  }
}

/** Entries not yet known to be in the team log, oldest first. */
export function unsentEntries(contents: JournalContents): Interruption[] {
  return contents.entries.filter((e) => e.state !== 'synced').map((e) => e.entry);
}

const sameRepository = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The unsent entries the window `window`, whose team log is `repository`, may send: those logged for that log, and
 * those this same window logged before it had a team log (`toAddress`: their log is now known, and is journaled).
 * Entries logged for another team's log wait for a window of that team; entries that do not say where they go and
 * were not logged by this window (logged by an earlier Sprint Flow, or by a window since closed) wait until the
 * person sends them somewhere: no window can know which team they were for.
 */
export function entriesFor(
  contents: JournalContents,
  repository: string,
  window: string,
): { mine: Interruption[]; toAddress: string[]; otherLogs: JournalEntry[]; unaddressed: JournalEntry[] } {
  const unsent = contents.entries.filter((e) => e.state !== 'synced');
  const loggedHere = (e: JournalEntry) => !e.repository && e.window === window;
  return {
    mine: unsent.filter((e) => (e.repository && sameRepository(e.repository, repository)) || loggedHere(e)).map((e) => e.entry),
    toAddress: unsent.filter(loggedHere).map((e) => e.entry.id),
    otherLogs: unsent.filter((e) => e.repository && !sameRepository(e.repository, repository)),
    unaddressed: unsent.filter((e) => !e.repository && !loggedHere(e)),
  };
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
