/** The levels of one setting, as VS Code's `WorkspaceConfiguration.inspect()` reports them (the parts read here). */
export interface SettingLevels<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

export interface UserLevelValue<T> {
  /** The value in the user's own settings, or the default. */
  value: T | undefined;
  /** Where a different value was set and not used. */
  ignored: Array<'workspace' | 'workspace folder'>;
}

/**
 * A setting read from the user's own settings only. For settings that decide where the token is sent: a folder's
 * `.vscode/settings.json` is written by whoever wrote the repository, and must not send the token elsewhere.
 */
export function userLevelValue<T>(levels: SettingLevels<T> | undefined): UserLevelValue<T> {
  const value = levels?.globalValue ?? levels?.defaultValue;
  const ignored: UserLevelValue<T>['ignored'] = [];
  if (levels?.workspaceValue !== undefined && levels.workspaceValue !== value) {
    ignored.push('workspace');
  }
  if (levels?.workspaceFolderValue !== undefined && levels.workspaceFolderValue !== value) {
    ignored.push('workspace folder');
  }
  return { value, ignored };
}
