import { BoardFields, NumberField, Project, ProjectField, SelectOption, SingleSelectField } from './model';

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
  /** Sentences for settings that name something the board does not have. */
  warnings: string[];
}

const BLOCKED = /block/i;
const ESTIMATE = /estimate|points?\b|story/i;
const WORK_TYPE = /work.?type|type of work|unplanned|category/i;

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function byName<K extends ProjectField['kind']>(fields: ProjectField[], kind: K, name: string) {
  return fields.find((f): f is Extract<ProjectField, { kind: K }> => f.kind === kind && sameName(f.name, name));
}

function ofKind<K extends ProjectField['kind']>(fields: ProjectField[], kind: K) {
  return fields.filter((f): f is Extract<ProjectField, { kind: K }> => f.kind === kind);
}

/**
 * Finds the fields a board uses for iteration, status, blocked, estimate and work type. Names differ from board to
 * board, so a setting can name each one; otherwise the conventional name or the only field of the right type wins.
 */
export function discoverFields(project: Project, overrides: FieldOverrides = {}): FieldDiscovery {
  const warnings: string[] = [];
  const { fields } = project;

  function pick<K extends ProjectField['kind']>(
    kind: K,
    setting: string,
    override: string | undefined,
    fallback: () => Extract<ProjectField, { kind: K }> | undefined,
  ) {
    if (override?.trim()) {
      const found = byName(fields, kind, override);
      if (!found) {
        warnings.push(
          `The setting ${setting} names "${override}", but the board "${project.title}" has no ${describeKind(kind)} field with that name.`,
        );
      }
      return found;
    }
    return fallback();
  }

  const iteration = pick('iteration', 'sprintFlow.fields.iteration', overrides.iteration, () => ofKind(fields, 'iteration')[0]);
  const status = pick('singleSelect', 'sprintFlow.fields.status', overrides.status, () => byName(fields, 'singleSelect', 'Status'));
  const estimate = pick('number', 'sprintFlow.fields.estimate', overrides.estimate, () =>
    ofKind(fields, 'number').find((f: NumberField) => ESTIMATE.test(f.name)),
  );
  const workType = pick('singleSelect', 'sprintFlow.fields.workType', overrides.workType, () =>
    ofKind(fields, 'singleSelect').find((f: SingleSelectField) => f !== status && WORK_TYPE.test(f.name)),
  );

  let blockedOption: SelectOption | undefined;
  if (status) {
    if (overrides.blockedOption?.trim()) {
      blockedOption = status.options.find((o) => sameName(o.name, overrides.blockedOption!));
      if (!blockedOption) {
        warnings.push(
          `The setting sprintFlow.fields.blockedOption names "${overrides.blockedOption}", but the field "${status.name}" has no such option.`,
        );
      }
    } else {
      blockedOption = status.options.find((o) => BLOCKED.test(o.name));
    }
  }

  return { fields: { iteration, status, blockedOption, estimate, workType }, warnings };
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
