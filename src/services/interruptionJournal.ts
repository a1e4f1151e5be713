import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { JournalContents, JournalEvent, journalLine, readJournal } from '../core/journal';

export const JOURNAL_FILE_NAME = 'interruptions.jsonl';

/**
 * The interruption journal on disk, in the extension's global storage (shared by every window). Each event is one
 * write to a file opened for appending, then flushed to disk: windows appending at once never interleave inside a
 * line, and a crash can only tear the last line, which reading skips.
 */
export class InterruptionJournal {
  constructor(readonly file: string) {}

  /** Several events go in one write and one flush: a sync records a whole answer from GitHub at once. */
  async append(...events: JournalEvent[]): Promise<void> {
    if (events.length === 0) {
      return;
    }
    await appendDurably(this.file, events.map(journalLine).join(''));
  }

  async read(): Promise<JournalContents> {
    try {
      return readJournal(await fs.readFile(this.file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { entries: [], skippedLines: 0 };
      }
      throw error;
    }
  }
}

/** Appends text in one write to a file opened for appending, then flushes it to disk (the standup journal shares this). */
export async function appendDurably(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, 'a');
  try {
    await handle.write(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
