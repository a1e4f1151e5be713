import * as vscode from 'vscode';
import { FieldOverrides } from '../core/fieldDiscovery';
import { userLevelValue } from '../core/userSetting';
import { API_URL_SETTING, ENTERPRISE_URI_SETTING } from '../github/endpoints';
import { PublishSprintStartSetting, readPublishSprintStartSetting } from '../core/review/startOffer';
import { GoalSettings } from '../github/goalsLoader';

/** Setting keys, named once. Users and scripts rely on them: they are part of the public surface. */
export const SETTINGS = {
  section: 'sprintFlow',
  project: 'project',
  githubApiUrl: 'githubApiUrl',
  refreshIntervalMinutes: 'refreshIntervalMinutes',
  fields: {
    iteration: 'fields.iteration',
    status: 'fields.status',
    blockedOption: 'fields.blockedOption',
    estimate: 'fields.estimate',
    workType: 'fields.workType',
  },
  interruptions: {
    repository: 'interruptions.repository',
  },
  inProgressOption: 'fields.inProgressOption',
  goals: {
    label: 'goals.label',
    field: 'goals.field',
    fieldValue: 'goals.fieldValue',
    includeParents: 'goals.includeParents',
    autoTrailer: 'goals.autoTrailer',
  },
  report: {
    hoursPerDay: 'report.hoursPerDay',
  },
  review: {
    publishSprintStart: 'review.publishSprintStart',
  },
} as const;

const config = () => vscode.workspace.getConfiguration(SETTINGS.section);

export function projectUrlSetting(): string {
  return config().get<string>(SETTINGS.project, '').trim();
}

export interface ServerSettings {
  apiUrl: string;
  enterpriseUri: string;
  /** github-enterprise.uri as VS Code's own GitHub Enterprise sign-in reads it, a workspace's value included. */
  enterpriseUriInEffect: string;
  /** Values set in a workspace or folder and not used, such as "sprintFlow.githubApiUrl in the workspace settings". */
  ignored: string[];
}

/**
 * The settings that decide which server gets the token, from the user's own settings only: a folder someone else
 * wrote cannot point Sprint Flow at another host. VS Code already keeps application-scoped sprintFlow.githubApiUrl
 * out of workspaces; github-enterprise.uri is window-scoped, so a workspace can set it for VS Code, not for us.
 */
export function serverSettings(): ServerSettings {
  const apiUrl = userLevelValue(config().inspect<string>(SETTINGS.githubApiUrl));
  const enterprise = vscode.workspace.getConfiguration('github-enterprise');
  const enterpriseUri = userLevelValue(enterprise.inspect<string>('uri'));
  const inEffect = enterprise.get<unknown>('uri');
  const ignoredAt = (setting: string, levels: string[]) =>
    levels.map((level) => (level === 'workspace' ? vscode.l10n.t('{0} in the workspace settings', setting) : vscode.l10n.t('{0} in the workspace folder settings', setting)));
  return {
    apiUrl: typeof apiUrl.value === 'string' ? apiUrl.value.trim() : '',
    enterpriseUri: typeof enterpriseUri.value === 'string' ? enterpriseUri.value.trim() : '',
    enterpriseUriInEffect: typeof inEffect === 'string' ? inEffect.trim() : '',
    ignored: [...ignoredAt(API_URL_SETTING, apiUrl.ignored), ...ignoredAt(ENTERPRISE_URI_SETTING, enterpriseUri.ignored)],
  };
}

export function refreshIntervalMinutes(): number {
  return Math.max(0, config().get<number>(SETTINGS.refreshIntervalMinutes, 5));
}

export function fieldOverrides(): FieldOverrides {
  const c = config();
  const read = (key: string) => c.get<string>(key, '').trim() || undefined;
  return {
    iteration: read(SETTINGS.fields.iteration),
    status: read(SETTINGS.fields.status),
    blockedOption: read(SETTINGS.fields.blockedOption),
    estimate: read(SETTINGS.fields.estimate),
    workType: read(SETTINGS.fields.workType),
  };
}

export function inProgressOptionSetting(): string {
  return config().get<string>(SETTINGS.inProgressOption, '').trim();
}

export function goalSettings(): GoalSettings {
  const c = config();
  return {
    label: c.get<string>(SETTINGS.goals.label, 'sprint-goal').trim(),
    fieldName: c.get<string>(SETTINGS.goals.field, '').trim(),
    fieldValue: c.get<string>(SETTINGS.goals.fieldValue, '').trim(),
    includeParents: c.get<boolean>(SETTINGS.goals.includeParents, true),
  };
}

export function autoTrailerSetting(): boolean {
  return config().get<boolean>(SETTINGS.goals.autoTrailer, false);
}

/** Writes the project URL where it is read from: the workspace when one is open, else the user settings. */
export async function saveProjectUrl(url: string): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  await config().update(SETTINGS.project, url, target);
}

/** The settings a sprint read depends on, the ones affectsSprint watches, as one comparable string. */
export function sprintSettingsKey(): string {
  const server = serverSettings();
  return JSON.stringify([projectUrlSetting(), server.apiUrl, server.enterpriseUri, fieldOverrides()]);
}

export function affectsSprint(event: vscode.ConfigurationChangeEvent): boolean {
  return (
    event.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.project}`) ||
    event.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.githubApiUrl}`) ||
    event.affectsConfiguration(`${SETTINGS.section}.fields`) ||
    event.affectsConfiguration(ENTERPRISE_URI_SETTING)
  );
}

/** OWNER/REPO of the team's interruption log, as typed (checked where it is used). */
export function teamLogRepositorySetting(): string {
  return config().get<string>(SETTINGS.interruptions.repository, '').trim();
}

/** In the user settings: the journal it sends is shared by every window, so the log repository should be too. */
export async function saveTeamLogRepository(repository: string): Promise<void> {
  await config().update(SETTINGS.interruptions.repository, repository, vscode.ConfigurationTarget.Global);
}

/** Working hours per person per day, for capacity and focus in the dashboard and the team report. */
export function hoursPerDaySetting(): number {
  const value = config().get<number>(SETTINGS.report.hoursPerDay, 6);
  return Number.isFinite(value) && value > 0 && value <= 24 ? value : 6;
}

/** Whether the start of an iteration is recorded on asking, automatically, or only by hand. */
export function publishSprintStartSetting(): PublishSprintStartSetting {
  return readPublishSprintStartSetting(config().get<string>(SETTINGS.review.publishSprintStart, 'ask'));
}

export async function savePublishSprintStartSetting(value: PublishSprintStartSetting): Promise<void> {
  await config().update(SETTINGS.review.publishSprintStart, value, vscode.ConfigurationTarget.Global);
}
