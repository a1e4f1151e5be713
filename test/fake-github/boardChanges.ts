/**
 * What a team does to its board and tokens on github.com while Sprint Flow runs: delete the project, rename or
 * remove a field or an option, revoke a token or change its scopes. Each does what GitHub does to the records.
 */
import { FieldRec, OptionRec, ProjectRec } from './model';
import { GitHubState } from './state';

function fieldNamed(project: ProjectRec, name: string): FieldRec {
  const found = project.fields.find((f) => f.name === name);
  if (!found) {
    throw new Error(`Project "${project.title}" has no field "${name}" (it has ${project.fields.map((f) => f.name).join(', ')}).`);
  }
  return found;
}

function optionNamed(field: FieldRec, name: string): OptionRec {
  const found = field.options.find((o) => o.name === name);
  if (!found) {
    throw new Error(`Field "${field.name}" has no option "${name}" (it has ${field.options.map((o) => o.name).join(', ')}).`);
  }
  return found;
}

/** Deleting a project deletes its fields and items; the issues stay in their repositories. */
export function deleteProject(state: GitHubState, project: ProjectRec): void {
  state.projects.splice(state.projects.indexOf(project), 1);
  for (const item of project.items) {
    if (item.content?.kind === 'DraftIssue') {
      item.content.items = item.content.items.filter((i) => i !== item);
      state.unregister(item.content);
    } else if (item.content) {
      item.content.projectItems = item.content.projectItems.filter((i) => i !== item);
    }
    state.unregister(item);
  }
  project.fields.forEach((f) => state.unregister(f));
  state.unregister(project);
}

/** Renaming keeps the field's id and every item's value, as on github.com. */
export function renameField(project: ProjectRec, name: string, newName: string): FieldRec {
  const target = fieldNamed(project, name);
  target.name = newName;
  return target;
}

/** Renaming an option in the board's settings keeps its id, so items keep their value. */
export function renameOption(project: ProjectRec, fieldName: string, name: string, newName: string): OptionRec {
  const target = optionNamed(fieldNamed(project, fieldName), name);
  target.name = newName;
  return target;
}

/** Removing an option clears it from the items that had it. */
export function removeOption(project: ProjectRec, fieldName: string, name: string): void {
  const target = fieldNamed(project, fieldName);
  const option = optionNamed(target, name);
  target.options = target.options.filter((o) => o !== option);
  for (const item of project.items) {
    const value = item.values.get(target.id);
    if (value?.type === 'singleSelect' && value.optionId === option.id) {
      item.values.delete(target.id);
    }
  }
}

/** Removing a field removes its values from every item. */
export function removeField(state: GitHubState, project: ProjectRec, name: string): void {
  const target = fieldNamed(project, name);
  project.fields = project.fields.filter((f) => f !== target);
  project.items.forEach((item) => item.values.delete(target.id));
  state.unregister(target);
}

/** A revoked (or expired) token is unknown to GitHub: every request with it answers 401 Bad credentials. */
export function revokeToken(state: GitHubState, token: string): void {
  if (!state.tokens.delete(token)) {
    throw new Error('No such token in the fake GitHub\'s state.');
  }
}

/** The scopes of a classic token can be edited on github.com; the token keeps working with the new ones. */
export function setTokenScopes(state: GitHubState, token: string, scopes: readonly string[]): void {
  const record = state.tokens.get(token);
  if (!record) {
    throw new Error('No such token in the fake GitHub\'s state.');
  }
  record.scopes = [...scopes];
}
