import * as vscode from 'vscode';
import { describeLeftOutRecords, LeftOutRecord, MAX_LOGGED_LEFT_OUT } from '../core/records/authorship';

/** Writes which comments' records did not count and why to the output channel, so a person can go and look. */
export function logLeftOut(log: vscode.LogOutputChannel, where: string, records: readonly LeftOutRecord[]): void {
  if (records.length === 0) {
    return;
  }
  const more = records.length >= MAX_LOGGED_LEFT_OUT ? ` (the first ${MAX_LOGGED_LEFT_OUT})` : '';
  log.warn(`Records left out of ${where}${more}:\n${describeLeftOutRecords(records).map((line) => `  ${line}`).join('\n')}`);
}
