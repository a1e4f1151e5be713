import { Iteration, ItemState, ItemType, Project, ProjectField, SelectOption, SprintItem } from '../core/model';
import { RecordComment } from '../core/records/recordComments';
import { nodesOf, num, obj, str, text } from './json';
import * as l10n from '@vscode/l10n';

/**
 * Maps GraphQL responses onto the core model. GitHub's answers are trusted for shape only as far as checked here:
 * a missing field, an unknown enum value or a null content must never crash a refresh. Text is cut at
 * MAX_TEXT_LENGTH (json.ts); an enum value newer than this code reads as the nearest thing it knows.
 */

function parseIteration(raw: unknown): Iteration | undefined {
  const it = obj(raw);
  const id = str(it?.id);
  const startDate = str(it?.startDate);
  const duration = num(it?.duration);
  if (!id || !startDate || !/^\d{4}-\d{2}-\d{2}$/.test(startDate) || duration === undefined) {
    return undefined;
  }
  return { id, title: text(it?.title) ?? l10n.t('Untitled iteration'), startDate, duration };
}

function parseOption(raw: unknown): SelectOption | undefined {
  const o = obj(raw);
  const id = str(o?.id);
  if (!id) {
    return undefined;
  }
  return { id, name: text(o?.name) ?? '', color: str(o?.color), description: text(o?.description) };
}

/** A field's kind by its type name, or by its data type when the type name is missing or newer than this code. */
function fieldKind(raw: Record<string, unknown>): 'iteration' | 'singleSelect' | undefined {
  if (raw.__typename === 'ProjectV2IterationField') return 'iteration';
  if (raw.__typename === 'ProjectV2SingleSelectField') return 'singleSelect';
  if (raw.__typename === 'ProjectV2Field') return undefined;
  return raw.dataType === 'ITERATION' ? 'iteration' : raw.dataType === 'SINGLE_SELECT' ? 'singleSelect' : undefined;
}

export function parseField(raw: Record<string, unknown>): ProjectField | undefined {
  const id = str(raw.id);
  const name = text(raw.name) ?? '';
  if (!id) {
    return undefined;
  }
  switch (fieldKind(raw)) {
    case 'iteration': {
      const config = obj(raw.configuration);
      const list = (v: unknown) => (Array.isArray(v) ? v.map(parseIteration).filter((i): i is Iteration => !!i) : []);
      return { kind: 'iteration', id, name, iterations: list(config?.iterations), completedIterations: list(config?.completedIterations) };
    }
    case 'singleSelect': {
      const options = Array.isArray(raw.options) ? raw.options.map(parseOption).filter((o): o is SelectOption => !!o) : [];
      return { kind: 'singleSelect', id, name, options };
    }
    default:
      return raw.dataType === 'NUMBER' ? { kind: 'number', id, name } : { kind: 'other', id, name, dataType: str(raw.dataType) ?? 'UNKNOWN' };
  }
}

export function parseProject(raw: unknown): Project | undefined {
  const p = obj(raw);
  const id = str(p?.id);
  if (!p || !id) {
    return undefined;
  }
  return {
    id,
    title: text(p.title) ?? l10n.t('Untitled project'),
    url: str(p.url) ?? '',
    updatedAt: str(p.updatedAt),
    fields: nodesOf(p.fields).map(parseField).filter((f): f is ProjectField => !!f),
  };
}

const ITEM_TYPES: readonly ItemType[] = ['ISSUE', 'PULL_REQUEST', 'DRAFT_ISSUE', 'REDACTED'];
const STATES: readonly ItemState[] = ['OPEN', 'CLOSED', 'MERGED'];

/** The aliases under which the SprintItem fragment reads each field's value by name. */
const VALUE_ALIASES = ['iterationValue', 'statusValue', 'estimateValue', 'workTypeValue', 'goalValue'] as const;

/**
 * Reads the item's field values into its value maps, keyed by the field id GitHub gives with each value (so a value
 * read under a name that now belongs to another field lands on the field it belongs to). Each kind of value has
 * its own field (optionId, iterationId, number), so a value is read by what it holds, whatever its type name says.
 */
function addFieldValues(item: SprintItem, raw: Record<string, unknown>): void {
  for (const alias of VALUE_ALIASES) {
    const value = obj(raw[alias]);
    const fieldId = str(obj(value?.field)?.id);
    if (!value || !fieldId) {
      continue;
    }
    const optionId = str(value.optionId);
    const iterationId = str(value.iterationId);
    const number = num(value.number);
    if (optionId) {
      item.selectValues[fieldId] = optionId;
    } else if (iterationId) {
      item.iterationValues[fieldId] = iterationId;
    } else if (number !== undefined) {
      item.numberValues[fieldId] = number;
    }
  }
}

export function parseItem(raw: Record<string, unknown>): SprintItem | undefined {
  const id = str(raw.id);
  if (!id || raw.isArchived === true) {
    return undefined;
  }
  const content = obj(raw.content);
  const rawType = str(raw.type) as ItemType | undefined;
  const type: ItemType = content ? (rawType && ITEM_TYPES.includes(rawType) ? rawType : typeFromContent(content)) : 'REDACTED';
  const rawState = str(content?.issueState) ?? str(content?.pullRequestState);
  const item: SprintItem = {
    id,
    type,
    contentId: str(content?.id),
    number: num(content?.number),
    title: type === 'REDACTED' ? l10n.t('You do not have access to this item') : (text(content?.title) ?? l10n.t('Untitled')),
    url: str(content?.url),
    repository: text(obj(content?.repository)?.nameWithOwner),
    state: rawState && STATES.includes(rawState as ItemState) ? (rawState as ItemState) : undefined,
    isDraft: content?.isDraft === true ? true : undefined,
    assignees: nodesOf(content?.assignees).map((a) => text(a.login)).filter((l): l is string => !!l),
    labels: nodesOf(content?.labels).map((l) => text(l.name)).filter((n): n is string => !!n),
    updatedAt: str(content?.updatedAt),
    selectValues: {},
    iterationValues: {},
    numberValues: {},
  };
  addFieldValues(item, raw);
  return item;
}

function typeFromContent(content: Record<string, unknown>): ItemType {
  switch (content.__typename) {
    case 'PullRequest':
      return 'PULL_REQUEST';
    case 'DraftIssue':
      return 'DRAFT_ISSUE';
    default:
      return 'ISSUE';
  }
}

export function parseItemPage(rawConnection: unknown): { items: SprintItem[]; nextCursor?: string } {
  const connection = obj(rawConnection);
  const items = nodesOf(connection).map(parseItem).filter((i): i is SprintItem => !!i);
  const pageInfo = obj(connection?.pageInfo);
  const nextCursor = pageInfo?.hasNextPage === true ? str(pageInfo.endCursor) : undefined;
  return nextCursor ? { items, nextCursor } : { items };
}

/**
 * A comment that may hold records, with who wrote it, who edited it last and whether it was hidden, as GitHub says
 * (`author { login }`, `authorAssociation`, `editor { login }`, `lastEditedAt`, `isMinimized`, `minimizedReason`). A deleted account
 * has no author; such comments never count.
 */
export function parseRecordComment(raw: unknown): RecordComment {
  const c = obj(raw);
  const author = str(obj(c?.author)?.login);
  const editor = str(obj(c?.editor)?.login);
  const authorAssociation = str(c?.authorAssociation);
  const lastEditedAt = str(c?.lastEditedAt);
  return {
    body: str(c?.body) ?? '',
    ...(str(c?.url) ? { url: str(c?.url) } : {}),
    ...(author ? { author } : {}),
    ...(authorAssociation ? { authorAssociation } : {}),
    ...(editor ? { editor } : {}),
    ...(lastEditedAt ? { lastEditedAt } : {}),
    ...(hiddenAsAbuse(c?.isMinimized, c?.minimizedReason) ? { hiddenAsAbuse: true } : {}),
  };
}

/** Hidden as spam or abuse; a hidden comment whose reason GitHub does not give is taken as one. */
export function hiddenAsAbuse(isMinimized: unknown, minimizedReason: unknown): boolean {
  if (isMinimized !== true) return false;
  const reason = typeof minimizedReason === 'string' ? minimizedReason.toLowerCase() : '';
  return reason === '' || reason === 'spam' || reason === 'abuse';
}

/** A draft issue's body: only people who can write to the project can change it (see RecordComment.teamWritten). */
export function draftBodyComment(body: unknown): RecordComment {
  return { body: str(body) ?? '', teamWritten: true };
}
