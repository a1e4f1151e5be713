import { SelectOption, SingleSelectField } from './model';
import * as l10n from '@vscode/l10n';

const IN_PROGRESS = /in.?progress/i;

export type InProgressOption = { option: SelectOption } | { problem: string };

/**
 * The Status option that means "being worked on": the one the setting names, else the first whose name reads like
 * "In progress" (boards write it "In Progress", "In progress" or "in-progress").
 */
export function inProgressOption(status: SingleSelectField | undefined, override?: string): InProgressOption {
  if (!status) {
    return { problem: l10n.t('This board has no Status field, so Sprint Flow cannot move the item to in progress. Name the field in the sprintFlow.fields.status setting.') };
  }
  const wanted = override?.trim();
  const option = wanted
    ? status.options.find((o) => o.name.trim().toLowerCase() === wanted.toLowerCase())
    : status.options.find((o) => IN_PROGRESS.test(o.name));
  if (option) {
    return { option };
  }
  return wanted
    ? { problem: l10n.t('The setting sprintFlow.fields.inProgressOption names "{0}", but the field "{1}" has no such option.', wanted, status.name) }
    : { problem: l10n.t('The field "{0}" has no option like "In progress". Name the option to use in the sprintFlow.fields.inProgressOption setting.', status.name) };
}
