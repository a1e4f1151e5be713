/** Builders for projects (v2): a board with GitHub's built-in fields, custom fields, and items with values. */
import { ownerOf, shortId } from './builders';
import { FieldDataType, FieldRec, FieldValueRec, ItemContentRec, ItemRec, OwnerRec, ProjectRec, Role, UserRec } from './model';
import { GitHubState } from './state';
import { addDays } from './time';

/** An option by name, or with its color (GRAY, BLUE, GREEN, YELLOW, ORANGE, RED, PINK, PURPLE) and description. */
export type OptionSpec = string | { name: string; color?: string; description?: string };

export type FieldSpec =
  | { name: string; type: 'NUMBER' | 'TEXT' | 'DATE' }
  | { name: string; type: 'SINGLE_SELECT'; options: OptionSpec[] }
  | { name: string; type: 'ITERATION'; startDate: string; count: number; duration?: number; firstNumber?: number };

export interface BoardOptions {
  number?: number;
  title: string;
  shortDescription?: string;
  public?: boolean;
  closed?: boolean;
  /** Status options in order; GitHub's default board has Todo, In Progress, Done. */
  status?: OptionSpec[];
  /** Adds an iteration field named "Iteration" with `count` iterations of `duration` days titled "Iteration N". */
  iterations?: { startDate: string; count: number; duration?: number; firstNumber?: number };
  /** Custom fields after the built-in ones (and after Iteration). */
  fields?: FieldSpec[];
  writers?: UserRec[];
  readers?: UserRec[];
  creator?: UserRec;
  createdAt?: Date;
}

const BUILT_IN_FIELDS: [string, FieldDataType][] = [
  ['Title', 'TITLE'],
  ['Assignees', 'ASSIGNEES'],
  ['Status', 'SINGLE_SELECT'],
  ['Labels', 'LABELS'],
  ['Linked pull requests', 'LINKED_PULL_REQUESTS'],
  ['Milestone', 'MILESTONE'],
  ['Repository', 'REPOSITORY'],
  ['Reviewers', 'REVIEWERS'],
  ['Parent issue', 'PARENT_ISSUE'],
  ['Sub-issues progress', 'SUB_ISSUES_PROGRESS'],
];

const OPTION_COLORS = ['GRAY', 'BLUE', 'GREEN', 'YELLOW', 'ORANGE', 'RED', 'PINK', 'PURPLE'];

/** A project (v2) with GitHub's built-in fields, a Status field, and optionally iterations and custom fields. */
export function board(state: GitHubState, owner: OwnerRec | string, opts: BoardOptions): ProjectRec {
  const ownerRec = typeof owner === 'string' ? ownerOf(state, owner) : owner;
  const databaseId = state.nextDatabaseId();
  const createdAt = opts.createdAt ?? state.now();
  const access = new Map<string, Role>();
  opts.readers?.forEach((u) => access.set(u.login, 'READ'));
  opts.writers?.forEach((u) => access.set(u.login, 'WRITE'));
  const project = state.register<ProjectRec>({
    kind: 'ProjectV2',
    id: state.newNodeId('ProjectV2', databaseId),
    databaseId,
    owner: ownerRec,
    number: opts.number ?? Math.max(0, ...state.projects.filter((p) => p.owner === ownerRec).map((p) => p.number)) + 1,
    title: opts.title,
    shortDescription: opts.shortDescription ?? null,
    readme: null,
    isPublic: opts.public ?? false,
    closed: opts.closed ?? false,
    access,
    fields: [],
    items: [],
    creator: opts.creator ?? null,
    createdAt,
    updatedAt: createdAt,
  });
  state.projects.push(project);
  for (const [name, dataType] of BUILT_IN_FIELDS) {
    if (name === 'Status') {
      if (opts.status?.length !== 0) {
        field(state, project, { name, type: 'SINGLE_SELECT', options: opts.status ?? ['Todo', 'In Progress', 'Done'] });
      }
    } else {
      addField(state, project, name, dataType);
    }
  }
  if (opts.iterations) {
    field(state, project, { name: 'Iteration', type: 'ITERATION', ...opts.iterations });
  }
  opts.fields?.forEach((spec) => field(state, project, spec));
  return project;
}

function addField(state: GitHubState, project: ProjectRec, name: string, dataType: FieldDataType): FieldRec {
  const kind = dataType === 'ITERATION' ? 'ProjectV2IterationField' : dataType === 'SINGLE_SELECT' ? 'ProjectV2SingleSelectField' : 'ProjectV2Field';
  const databaseId = state.nextDatabaseId();
  const record = state.register<FieldRec>({
    kind,
    id: state.newNodeId(kind, databaseId),
    databaseId,
    project,
    name,
    dataType,
    options: [],
    iterationConfig: null,
    createdAt: project.createdAt,
    updatedAt: project.createdAt,
  });
  project.fields.push(record);
  return record;
}

export function field(state: GitHubState, project: ProjectRec, spec: FieldSpec): FieldRec {
  const record = addField(state, project, spec.name, spec.type);
  if (spec.type === 'SINGLE_SELECT') {
    record.options = spec.options.map((o, index) => {
      const option = typeof o === 'string' ? { name: o } : o;
      return {
        id: shortId(state),
        name: option.name,
        color: option.color ?? OPTION_COLORS[index % OPTION_COLORS.length],
        description: option.description ?? '',
      };
    });
  } else if (spec.type === 'ITERATION') {
    const duration = spec.duration ?? 14;
    const first = spec.firstNumber ?? 1;
    record.iterationConfig = {
      duration,
      startDay: new Date(`${spec.startDate}T00:00:00Z`).getUTCDay(),
      iterations: Array.from({ length: spec.count }, (_, i) => ({
        id: shortId(state),
        title: `Iteration ${first + i}`,
        startDate: addDays(spec.startDate, i * duration),
        duration,
      })),
    };
  }
  return record;
}

/** A field value given the way a person would type it: option name, iteration title, number, text or date. */
export type ValueInput = string | number | null | undefined;

export function fieldValue(field: FieldRec, input: ValueInput, meta: { updatedAt: Date; creator: UserRec | null }): FieldValueRec | undefined {
  if (input === null || input === undefined) {
    return undefined;
  }
  const text = String(input);
  switch (field.dataType) {
    case 'SINGLE_SELECT': {
      const option = field.options.find((o) => o.name.toLowerCase() === text.toLowerCase() || o.id === text);
      if (!option) {
        throw new Error(`Field ${field.name} has no option "${text}" (it has ${field.options.map((o) => o.name).join(', ')}).`);
      }
      return { type: 'singleSelect', optionId: option.id, ...meta };
    }
    case 'ITERATION': {
      const iteration = field.iterationConfig?.iterations.find((it) => it.title === text || it.id === text);
      if (!iteration) {
        throw new Error(`Field ${field.name} has no iteration "${text}".`);
      }
      return { type: 'iteration', iterationId: iteration.id, ...meta };
    }
    case 'NUMBER':
      return { type: 'number', number: Number(input), ...meta };
    case 'DATE':
      return { type: 'date', date: text, ...meta };
    case 'TEXT':
      return { type: 'text', text, ...meta };
    default:
      throw new Error(`Field ${field.name} (${field.dataType}) is built in; it takes its value from the issue.`);
  }
}

/** Puts an issue, pull request or draft issue on the board with custom field values by field name. */
export function addItem(
  state: GitHubState,
  project: ProjectRec,
  content: ItemContentRec | null,
  values: Record<string, ValueInput> = {},
  opts: { archived?: boolean; createdAt?: Date; creator?: UserRec } = {},
): ItemRec {
  const databaseId = state.nextDatabaseId();
  const createdAt = opts.createdAt ?? state.now();
  const creator = opts.creator ?? (content?.kind === 'DraftIssue' ? content.creator : content?.author) ?? null;
  const item = state.register<ItemRec>({
    kind: 'ProjectV2Item',
    id: state.newNodeId('ProjectV2Item', databaseId),
    databaseId,
    project,
    content,
    isArchived: opts.archived ?? false,
    values: new Map(),
    creator,
    createdAt,
    updatedAt: createdAt,
  });
  for (const [name, input] of Object.entries(values)) {
    const target = project.fields.find((f) => f.name === name);
    if (!target) {
      throw new Error(`Project "${project.title}" has no field "${name}".`);
    }
    const value = fieldValue(target, input, { updatedAt: createdAt, creator });
    if (value) {
      item.values.set(target.id, value);
    }
  }
  if (content?.kind === 'DraftIssue') {
    content.items.push(item);
  } else if (content) {
    content.projectItems.push(item);
  }
  project.items.push(item);
  return item;
}
