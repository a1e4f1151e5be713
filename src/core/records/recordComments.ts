/**
 * Reading records out of comments with their authorship: which count, which are left out and why. Every reader of
 * records (blockers, the team log, goal links) goes through here, so the rules are the same everywhere.
 */
import { MarkerRecord, readMarkers } from '../markers';
import { Authorship, LeftOutTally, leftOutReason, recordKey } from './authorship';

/** A comment (or a draft issue's body) that may hold records, with what GitHub says about who wrote it. */
export interface RecordComment extends Authorship {
  body: string;
  url?: string;
  /**
   * A draft issue's body. It has no author per note, but only people with write access to the project can change
   * it, so what it holds counts as the team's, in whoever's name it is written.
   */
  teamWritten?: boolean;
}

export interface CountedRecord<T extends MarkerRecord> {
  record: T;
  comment: RecordComment;
}

export interface RecordsRead<T extends MarkerRecord> {
  /** The records that count, in comment order. */
  counted: CountedRecord<T>[];
  /** Markers that were ours but unreadable (a newer version, damaged JSON): the "records skipped" note. */
  skipped: number;
}

export interface RecordRule<T extends MarkerRecord> {
  /** Which records this reader counts; others (another feature's kinds) are passed over without a word. */
  select: (record: MarkerRecord) => record is T;
  /** The person a record is about, whom its comment's author must be; undefined when the record names nobody. */
  personOf: (record: T, comment: RecordComment) => string | undefined;
  /** The record's id, for de-duplication by (author, id). */
  idOf: (record: T) => string;
}

/**
 * The records of `comments` that count under `rule`, in order. One is left out (and tallied, with its comment's URL)
 * when its comment was written by someone outside the team, names another person, was edited by someone else, or
 * repeats an id its author already used; records in `seen` (keys of records counted before, such as earlier pages)
 * are duplicates too.
 */
export function countedRecords<T extends MarkerRecord>(
  comments: Iterable<RecordComment>,
  rule: RecordRule<T>,
  tally: LeftOutTally,
  seen: Set<string> = new Set(),
): RecordsRead<T> {
  const read: RecordsRead<T> = { counted: [], skipped: 0 };
  for (const comment of comments) {
    const scan = readMarkers(comment.body);
    read.skipped += scan.skipped;
    for (const record of scan.records) {
      if (!rule.select(record)) {
        continue;
      }
      const person = rule.personOf(record, comment);
      const where = { url: comment.url, author: comment.author };
      const reason = person === undefined ? 'unreadable' : comment.teamWritten ? undefined : leftOutReason(comment, person);
      if (reason) {
        tally.add(reason, 1, where);
        continue;
      }
      const key = recordKey(comment.teamWritten ? person! : comment.author!, rule.idOf(record));
      if (seen.has(key)) {
        tally.add('duplicate', 1, where);
        continue;
      }
      seen.add(key);
      read.counted.push({ record, comment });
    }
  }
  return read;
}
