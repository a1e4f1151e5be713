import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { JournalContents, JournalEvent, journalLine, readJournal } from '../core/journal';
import * as l10n from '@vscode/l10n';

export const JOURNAL_FILE_NAME = 'interruptions.jsonl';

/** The part of an open file appending needs (a FileHandle); tests give one that writes short. */
export interface AppendHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  close(): Promise<void>;
}

export type OpenForAppend = (file: string) => Promise<AppendHandle>;

const openForAppend: OpenForAppend = (file) => fs.open(file, 'a');

/**
 * The interruption journal on disk, in the extension's global storage (shared by every window). Each event is one
 * write to a file opened for appending, then flushed to disk: windows appending at once never interleave inside a
 * line, and a crash can only tear the last line, which reading skips. A write the system cuts short (a full disk,
 * a signal) is continued until every byte is written, so an entry is never left half in the journal.
 */
export class InterruptionJournal {
  constructor(
    readonly file: string,
    private readonly open: OpenForAppend = openForAppend,
  ) {}

  /** Several events go in one write and one flush: a sync records a whole answer from GitHub at once. */
  async append(...events: JournalEvent[]): Promise<void> {
    if (events.length === 0) {
      return;
    }
    await appendDurably(this.file, events.map(journalLine).join(''), this.open);
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

/**
 * Appends text to a file opened for appending, then flushes it to disk (the standup journal shares this). A write the
 * system cuts short is continued until every byte is in.
 */
export async function appendDurably(file: string, text: string, open: OpenForAppend = openForAppend): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const bytes = Buffer.from(text, 'utf8');
  const handle = await open(file);
  try {
    for (let written = 0; written < bytes.length; ) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
      if (bytesWritten <= 0) {
        throw new Error(l10n.t('The journal {0} took {1} of {2} bytes and then nothing more.', file, written, bytes.length));
      }
      written += bytesWritten;
    }
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
