import * as vscode from 'vscode';
import { teamLogRepositorySetting } from '../settings';

/** The standup's setting keys (public surface, like those in settings.ts). */
export const STANDUP_SETTINGS = {
  repository: 'sprintFlow.standup.repository',
  reminder: 'sprintFlow.standup.reminder',
  discussionCategory: 'sprintFlow.standup.discussionCategory',
} as const;

const read = (key: string) => vscode.workspace.getConfiguration().get<string>(key, '').trim();

/** OWNER/REPO of the standup threads: the setting, else the team log's repository. */
export function standupRepositorySetting(): string {
  return read(STANDUP_SETTINGS.repository) || teamLogRepositorySetting();
}

/** "HH:MM" local time of the reminder; empty: off. */
export function standupReminderSetting(): string {
  return read(STANDUP_SETTINGS.reminder);
}

/** A discussion category of the standup repository to keep the threads in; empty: an issue per iteration. */
export function standupDiscussionCategorySetting(): string {
  return read(STANDUP_SETTINGS.discussionCategory);
}
