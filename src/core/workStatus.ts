import { SelectOption, SingleSelectField } from './model';

const IN_PROGRESS = /in.?progress/i;

export type InProgressOption = { option: SelectOption } | { problem: string };

/**
 * The Status option that means "being worked on": the one the setting names, else the first whose name reads like
 * "In progress" (boards write it "In Progress", "In progress" or "in-progress").
 */
export function inProgressOption(status: SingleSelectField | undefined, override?: string): InProgressOption {
  if (!status) {
    return { problem: 'This board has no Status field, so Sprint Flow cannot move the item to in progress. Name the field in the sprintFlow.fields.status setting.' };
  }
  const wanted = override?.trim();
  const option = wanted
    ? status.options.find((o) => o.name.trim().toLowerCase() === wanted.toLowerCase())
    : status.options.find((o) => IN_PROGRESS.test(o.name));
  if (option) {
    return { option };
  }
  return wanted
    ? { problem: `The setting sprintFlow.fields.inProgressOption names "${wanted}", but the field "${status.name}" has no such option.` }
    : { problem: `The field "${status.name}" has no option like "In progress". Name the option to use in the sprintFlow.fields.inProgressOption setting.` };
}
