import { BoardFields, NumberField, Project, ProjectField, SelectOption, SingleSelectField } from './model';
import * as l10n from '@vscode/l10n';

/** Names from the sprintFlow.fields.* settings; an empty name means "discover". */
export interface FieldOverrides {
  iteration?: string;
  status?: string;
  blockedOption?: string;
  estimate?: string;
  workType?: string;
}

export interface FieldDiscovery {
  fields: BoardFields;
  /** Sentences for settings that name something the board does not have, and for a board without a Status field. */
  warnings: string[];
}

const BLOCKED = /block/i;
const BLOCKED_OTHERWISE = /on.?hold|stuck|imped/i;
const STATUS_LIKE = /status|stage|state|column|workflow/i;
const ESTIMATE = /estimate|points?\b|story/i;
const WORK_TYPE = /work.?type|type of work|unplanned|category/i;

/** A field or option name as a person types it: spaces around it and case do not matter. */
export const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

type FieldOfKind<K extends ProjectField['kind']> = Extract<ProjectField, { kind: K }>;

function byName<K extends ProjectField['kind']>(fields: ProjectField[], kind: K, name: string) {
  return fields.find((f): f is FieldOfKind<K> => f.kind === kind && sameName(f.name, name));
}

function byId<K extends ProjectField['kind']>(fields: ProjectField[], kind: K, id: string | undefined) {
  return id === undefined ? undefined : fields.find((f): f is FieldOfKind<K> => f.kind === kind && f.id === id);
}

function ofKind<K extends ProjectField['kind']>(fields: ProjectField[], kind: K) {
  return fields.filter((f): f is FieldOfKind<K> => f.kind === kind);
}

/**
 * Finds the fields a board uses for iteration, status, blocked, estimate and work type. Names differ from board to
 * board, so a setting can name each one; otherwise the conventional name or the only field of the right type wins.
 * `previous` (the fields of the last read of this board) lets Sprint Flow follow a field or option renamed on
 * GitHub, since renaming keeps its id. A setting that names something the board no longer has is never replaced
 * by a guess: the warning names it, and the feature that needs it says what is missing.
 */
export function discoverFields(project: Project, overrides: FieldOverrides = {}, previous: BoardFields = {}): FieldDiscovery {
  const warnings: string[] = [];
  const { fields } = project;

  function pick<K extends ProjectField['kind']>(
    kind: K,
    setting: string,
    override: string | undefined,
    previousId: string | undefined,
    conventional: () => FieldOfKind<K> | undefined,
    guess: () => FieldOfKind<K> | undefined = () => undefined,
  ): FieldOfKind<K> | undefined {
    const renamed = byId(fields, kind, previousId);
    if (!override?.trim()) {
      return conventional() ?? renamed ?? guess();
    }
    const named = byName(fields, kind, override);
    if (named) {
      return named;
    }
    if (renamed) {
      warnings.push(
        l10n.t('The field "{0}" named in the setting {1} is now called "{2}" on the board "{3}". Sprint Flow follows the rename; update the setting to match.', override, setting, renamed.name, project.title),
      );
      return renamed;
    }
    const otherKind = fields.find((f) => sameName(f.name, override));
    warnings.push(
      otherKind
        ? l10n.t('The setting {0} names "{1}", but on the board "{2}" that is a {3} field; Sprint Flow needs a {4} field there.', setting, override, project.title, describeField(otherKind), describeKind(kind))
        : l10n.t('The setting {0} names "{1}", but the board "{2}" has no {3} field with that name.', setting, override, project.title, describeKind(kind)),
    );
    return undefined;
  }

  const iteration = pick('iteration', 'sprintFlow.fields.iteration', overrides.iteration, previous.iteration?.id, () => ofKind(fields, 'iteration')[0]);
  const status = pick(
    'singleSelect',
    'sprintFlow.fields.status',
    overrides.status,
    previous.status?.id,
    () => byName(fields, 'singleSelect', 'Status'),
    () => ofKind(fields, 'singleSelect').find((f: SingleSelectField) => STATUS_LIKE.test(f.name)),
  );
  const estimate = pick('number', 'sprintFlow.fields.estimate', overrides.estimate, previous.estimate?.id, () =>
    ofKind(fields, 'number').find((f: NumberField) => ESTIMATE.test(f.name)),
  );
  const workType = pick('singleSelect', 'sprintFlow.fields.workType', overrides.workType, previous.workType?.id, () =>
    ofKind(fields, 'singleSelect').find((f: SingleSelectField) => f !== status && WORK_TYPE.test(f.name)),
  );

  const iterationFields = ofKind(fields, 'iteration');
  if (iteration && iterationFields.length > 1 && !overrides.iteration?.trim()) {
    warnings.push(
      l10n.t('The board "{0}" has {1} iteration fields ({2}); Sprint Flow uses "{3}". To use another, name it in the setting sprintFlow.fields.iteration.', project.title, iterationFields.length, iterationFields.map((f) => f.name).join(', '), iteration.name),
    );
  }
  if (!status && !overrides.status?.trim()) {
    warnings.push(
      l10n.t('The board "{0}" has no Status field, so your items are not grouped by status and blocked items are not marked. Name the single-select field that holds status in the setting sprintFlow.fields.status.', project.title),
    );
  }
  const blockedOption = status ? pickBlockedOption(status, overrides.blockedOption, previous.blockedOption?.id, warnings) : undefined;

  return { fields: { iteration, status, blockedOption, estimate, workType }, warnings };
}

function pickBlockedOption(status: SingleSelectField, override: string | undefined, previousId: string | undefined, warnings: string[]): SelectOption | undefined {
  const renamed = previousId === undefined ? undefined : status.options.find((o) => o.id === previousId);
  const wanted = override?.trim();
  if (!wanted) {
    return status.options.find((o) => BLOCKED.test(o.name)) ?? renamed ?? status.options.find((o) => BLOCKED_OTHERWISE.test(o.name));
  }
  const named = status.options.find((o) => sameName(o.name, wanted));
  if (named) {
    return named;
  }
  if (renamed) {
    warnings.push(
      l10n.t('The option "{0}" named in the setting sprintFlow.fields.blockedOption is now called "{1}" in the field "{2}". Sprint Flow follows the rename; update the setting to match.', wanted, renamed.name, status.name),
    );
    return renamed;
  }
  warnings.push(
    l10n.t('The setting sprintFlow.fields.blockedOption names "{0}", but the field "{1}" has no such option, so blocked items are not marked. Name one of its options ({2}) in the setting.', wanted, status.name, status.options.map((o) => o.name).join(', ')),
  );
  return undefined;
}

function describeField(field: ProjectField): string {
  return field.kind === 'other' ? field.dataType.toLowerCase().replace(/_/g, ' ') : describeKind(field.kind);
}

function describeKind(kind: ProjectField['kind']): string {
  switch (kind) {
    case 'iteration':
      return 'iteration';
    case 'singleSelect':
      return 'single-select';
    case 'number':
      return 'number';
    default:
      return 'such';
  }
}
