/** Projects (v2): the board, its fields, its items and their field values. */
import { canSee, canWriteProject } from '../access';
import { connection } from '../connection';
import { RequestContext, TypeResolvers } from './context';
import { escapeHtml } from '../escape';
import { filterItems } from '../itemsQuery';
import { FieldRec, ItemRec, IterationRec, OptionRec, ProjectRec } from '../model';
import { dayNumber } from '../time';
import { projectUrl } from '../urls';
import { orderedStatusUpdates, StatusUpdateRec } from '../statusUpdates';

const project: TypeResolvers<ProjectRec> = {
  url: (p, _args, context) => projectUrl(context.origin, p),
  resourcePath: (p, _args, context) => new URL(projectUrl(context.origin, p)).pathname,
  public: (p) => p.isPublic,
  closedAt: (p) => (p.closed ? p.updatedAt : null),
  template: () => false,
  viewerCanUpdate: (p, _args, context) => canWriteProject(p, context),
  viewerCanClose: (p, _args, context) => canWriteProject(p, context),
  viewerCanReopen: (p, _args, context) => canWriteProject(p, context),
  fields: (p, args) => connection(p.fields, args),
  field: (p, { name }) => p.fields.find((f) => f.name === name) ?? null,
  items: (p, args, context) =>
    connection(args.query ? filterItems(p.items, args.query, { viewer: context.user, today: context.today }) : p.items, args),
  statusUpdates: (p, args) => connection(orderedStatusUpdates(p, args.orderBy), args),
};

const statusUpdate: TypeResolvers<StatusUpdateRec> = {
  fullDatabaseId: (u) => String(u.databaseId),
  bodyHTML: (u) => escapeHtml(u.body ?? ''),
};

/** Which iterations are completed depends on today: those that have ended, most recent first, as GitHub lists them. */
function iterationConfiguration(field: FieldRec, context: RequestContext) {
  const config = field.iterationConfig;
  const today = dayNumber(context.today);
  const ended = (it: IterationRec) => dayNumber(it.startDate) + it.duration <= today;
  const all = [...(config?.iterations ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return {
    duration: config?.duration ?? 14,
    startDay: config?.startDay ?? 1,
    iterations: all.filter((it) => !ended(it)),
    completedIterations: all.filter(ended).reverse(),
  };
}

const iterationField: TypeResolvers<FieldRec> = {
  configuration: (f, _args, context) => iterationConfiguration(f, context),
};
const singleSelectField: TypeResolvers<FieldRec> = {
  options: (f, { names }) => (names ? f.options.filter((o) => (names as string[]).includes(o.name)) : f.options),
};
const option: TypeResolvers<OptionRec> = {
  nameHTML: (o) => escapeHtml(o.name),
  descriptionHTML: (o) => escapeHtml(o.description),
};
const iteration: TypeResolvers<IterationRec> = {
  titleHTML: (it) => escapeHtml(it.title),
};

function visibleContent(item: ItemRec, context: RequestContext) {
  return item.content && canSee(item.content, context) ? item.content : null;
}

const item: TypeResolvers<ItemRec> = {
  type: (i, _args, context) => {
    const content = visibleContent(i, context);
    return !content ? 'REDACTED' : content.kind === 'DraftIssue' ? 'DRAFT_ISSUE' : content.kind === 'Issue' ? 'ISSUE' : 'PULL_REQUEST';
  },
  content: (i, _args, context) => visibleContent(i, context),
  fieldValues: (i, args, context) => connection(fieldValues(i, context), args),
  fieldValueByName: (i, { name }, context) => {
    const target = i.project.fields.find((f) => f.name === name);
    return (target && fieldValueOf(i, target, context)) ?? null;
  },
};

/** The item's values in field order, built-in ones (title, assignees, labels, repository) read from the content. */
function fieldValues(i: ItemRec, context: RequestContext): object[] {
  return i.project.fields.map((f) => fieldValueOf(i, f, context)).filter((v): v is object => v !== null);
}

function fieldValueOf(i: ItemRec, field: FieldRec, context: RequestContext): object | null {
  const content = visibleContent(i, context);
  const common = {
    id: `PVTFV_${Buffer.from(`${i.id}:${field.id}`).toString('base64url')}`,
    field,
    item: i,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    creator: i.creator,
  };
  const issueLike = content && content.kind !== 'DraftIssue' ? content : null;
  switch (field.dataType) {
    case 'TITLE':
      return content ? { kind: 'ProjectV2ItemFieldTextValue', ...common, text: content.title } : null;
    case 'ASSIGNEES':
      return content?.assignees.length
        ? { kind: 'ProjectV2ItemFieldUserValue', field, users: (args: object) => connection(content.assignees, args) }
        : null;
    case 'LABELS':
      return issueLike?.labels.length
        ? { kind: 'ProjectV2ItemFieldLabelValue', field, labels: (args: object) => connection(issueLike.labels, args) }
        : null;
    case 'REPOSITORY':
      return issueLike ? { kind: 'ProjectV2ItemFieldRepositoryValue', field, repository: issueLike.repo } : null;
    default:
      break;
  }
  const stored = i.values.get(field.id);
  if (!stored) {
    return null;
  }
  const meta = { ...common, updatedAt: stored.updatedAt, creator: stored.creator };
  switch (stored.type) {
    case 'singleSelect': {
      const chosen = field.options.find((o) => o.id === stored.optionId);
      return {
        kind: 'ProjectV2ItemFieldSingleSelectValue',
        ...meta,
        optionId: stored.optionId,
        name: chosen?.name ?? null,
        nameHTML: chosen ? escapeHtml(chosen.name) : null,
        color: chosen?.color ?? 'GRAY',
        description: chosen?.description ?? null,
        descriptionHTML: chosen ? escapeHtml(chosen.description) : null,
      };
    }
    case 'iteration': {
      const chosen = field.iterationConfig?.iterations.find((it) => it.id === stored.iterationId);
      return chosen
        ? { kind: 'ProjectV2ItemFieldIterationValue', ...meta, iterationId: chosen.id, title: chosen.title, titleHTML: escapeHtml(chosen.title), startDate: chosen.startDate, duration: chosen.duration }
        : null;
    }
    case 'number':
      return { kind: 'ProjectV2ItemFieldNumberValue', ...meta, number: stored.number };
    case 'text':
      return { kind: 'ProjectV2ItemFieldTextValue', ...meta, text: stored.text };
    case 'date':
      return { kind: 'ProjectV2ItemFieldDateValue', ...meta, date: stored.date };
  }
}

export const projectResolvers = {
  ProjectV2: project,
  ProjectV2IterationField: iterationField,
  ProjectV2SingleSelectField: singleSelectField,
  ProjectV2SingleSelectFieldOption: option,
  ProjectV2IterationFieldIteration: iteration,
  ProjectV2Item: item,
  ProjectV2StatusUpdate: statusUpdate,
};
