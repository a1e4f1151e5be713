import { promises as fs } from 'node:fs';
import { readStandupJournal, StandupJournalContents, StandupJournalEvent, standupJournalLine } from '../../core/standup/journal';
import { appendDurably } from '../interruptionJournal';

export const STANDUP_JOURNAL_FILE_NAME = 'standups.jsonl';

/** The standup journal on disk, in the extension's global storage, shared by every window like the interruption journal. */
export class StandupJournal {
  constructor(readonly file: string) {}

  async append(...events: StandupJournalEvent[]): Promise<void> {
    if (events.length > 0) {
      await appendDurably(this.file, events.map(standupJournalLine).join(''));
    }
  }

  async read(): Promise<StandupJournalContents> {
    try {
      return readStandupJournal(await fs.readFile(this.file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { entries: [], skippedLines: 0 };
      }
      throw error;
    }
  }
}
