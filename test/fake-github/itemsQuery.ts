/**
 * The project filter language of ProjectV2.items(query:), the subset GitHub documents for project views that Sprint
 * Flow uses: `assignee:@me`, `assignee:LOGIN`, `<iteration-field>:@current|@previous|@next`, `<field>:"Option"`,
 * `is:open|closed|merged|issue|pr|draft|archived`, `label:`, `repo:`, `no:<field>`, `has:<field>`, number and date
 * comparisons (`estimate:>3`, `end-date:<2025-01-01`), bare words in the title. A leading `-` negates a term, commas
 * separate alternatives, spaces AND terms. Field names are lower-cased with spaces as hyphens, or quoted.
 */
import { FieldRec, ItemRec, IterationRec, UserRec } from './model';
import { dayNumber } from './time';

interface Term {
  negated: boolean;
  key: string | null;
  values: string[];
}

export interface FilterContext {
  viewer: UserRec;
  /** Today's date (YYYY-MM-DD, UTC) for @current and @today. */
  today: string;
}

/** Splits on spaces outside quotes, then each token into `-`, key and comma-separated values (quotes removed). */
export function parseItemsQuery(query: string): Term[] {
  const tokens: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of query) {
    if (ch === '"') {
      quoted = !quoted;
    }
    if (/\s/.test(ch) && !quoted) {
      if (current) tokens.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) tokens.push(current);
  return tokens.map((token) => {
    const negated = token.startsWith('-') && token.length > 1;
    const body = negated ? token.slice(1) : token;
    const parts = splitOutsideQuotes(body, ':', 2);
    const key = parts.length === 2 ? unquote(parts[0]).toLowerCase() : null;
    const values = splitOutsideQuotes(parts.length === 2 ? parts[1] : body, ',').map(unquote);
    return { negated, key, values };
  });
}

function splitOutsideQuotes(text: string, separator: string, limit = Infinity): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted && parts.length < limit - 1) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function unquote(text: string): string {
  return text.replace(/^"(.*)"$/, '$1');
}

export function filterItems(items: readonly ItemRec[], query: string, context: FilterContext): ItemRec[] {
  const terms = parseItemsQuery(query);
  const wantsArchived = terms.some((t) => !t.negated && t.key === 'is' && t.values.includes('archived'));
  return items.filter(
    (item) => item.isArchived === wantsArchived && terms.every((term) => matchesTerm(item, term, context) !== term.negated),
  );
}

function matchesTerm(item: ItemRec, term: Term, context: FilterContext): boolean {
  return term.values.some((value) => matchesValue(item, term.key, value, context));
}

function matchesValue(item: ItemRec, key: string | null, value: string, context: FilterContext): boolean {
  const content = item.content;
  const lower = value.toLowerCase();
  switch (key) {
    case null:
      return (content?.title ?? '').toLowerCase().includes(lower);
    case 'assignee':
    case 'assignees': {
      const login = lower === '@me' ? context.viewer.login.toLowerCase() : lower;
      return (content?.assignees ?? []).some((u) => u.login.toLowerCase() === login);
    }
    case 'is':
      return matchesIs(item, lower);
    case 'label':
    case 'labels':
      return content?.kind !== 'DraftIssue' && (content?.labels ?? []).some((l) => l.name.toLowerCase() === lower);
    case 'repo':
      return content?.kind !== 'DraftIssue' && !!content && `${content.repo.owner.login}/${content.repo.name}`.toLowerCase() === lower;
    case 'no':
    case 'has': {
      const target = fieldByKey(item, lower);
      return !!target && item.values.has(target.id) === (key === 'has');
    }
    default: {
      const target = fieldByKey(item, key);
      return !!target && matchesField(item, target, value, context);
    }
  }
}

function matchesIs(item: ItemRec, value: string): boolean {
  const content = item.content;
  switch (value) {
    case 'open':
      return !!content && (content.kind === 'DraftIssue' || content.state === 'OPEN');
    case 'closed':
      return content?.kind !== 'DraftIssue' && content?.state === 'CLOSED';
    case 'merged':
      return content?.kind === 'PullRequest' && content.merged;
    case 'issue':
      return content?.kind === 'Issue';
    case 'pr':
      return content?.kind === 'PullRequest';
    case 'draft':
      return content?.kind === 'DraftIssue';
    case 'archived':
      return item.isArchived;
    default:
      return false;
  }
}

/** `status`, `end-date`, or the quoted name in any case. */
function fieldByKey(item: ItemRec, key: string): FieldRec | undefined {
  return item.project.fields.find((f) => {
    const name = f.name.toLowerCase();
    return name === key || name.replace(/\s+/g, '-') === key;
  });
}

function matchesField(item: ItemRec, target: FieldRec, value: string, context: FilterContext): boolean {
  const stored = item.values.get(target.id);
  if (!stored) {
    return false;
  }
  switch (stored.type) {
    case 'singleSelect':
      return target.options.find((o) => o.id === stored.optionId)?.name.toLowerCase() === value.toLowerCase();
    case 'iteration': {
      const wanted = iterationByName(target, value, context.today);
      return !!wanted && wanted.id === stored.iterationId;
    }
    case 'number':
      return compare(stored.number, value, Number);
    case 'date':
      return compare(dayNumber(stored.date), value, (v) => dayNumber(v === '@today' ? context.today : v));
    case 'text':
      return stored.text.toLowerCase().includes(value.toLowerCase());
  }
}

function compare(actual: number, expression: string, read: (text: string) => number): boolean {
  const range = /^(.+)\.\.(.+)$/.exec(expression);
  if (range) {
    return actual >= read(range[1]) && actual <= read(range[2]);
  }
  const match = /^(>=|<=|>|<)?(.+)$/.exec(expression);
  if (!match) return false;
  const expected = read(match[2]);
  switch (match[1]) {
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
    default:
      return actual === expected;
  }
}

/** @current is the iteration containing today; @previous and @next are its neighbours by start date. */
export function iterationByName(target: FieldRec, name: string, today: string): IterationRec | undefined {
  const iterations = [...(target.iterationConfig?.iterations ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const offsets: Record<string, number> = { '@previous': -1, '@current': 0, '@next': 1 };
  const offset = offsets[name.toLowerCase()];
  if (offset === undefined) {
    return iterations.find((it) => it.title.toLowerCase() === name.toLowerCase());
  }
  const day = dayNumber(today);
  const index = iterations.findIndex((it) => dayNumber(it.startDate) <= day && day < dayNumber(it.startDate) + it.duration);
  if (index >= 0) {
    return iterations[index + offset];
  }
  // Between iterations: the next one is the first to start after today, the previous the last to end before it.
  const nextIndex = iterations.findIndex((it) => dayNumber(it.startDate) > day);
  if (offset === 1) return nextIndex >= 0 ? iterations[nextIndex] : undefined;
  if (offset === -1) return iterations[(nextIndex >= 0 ? nextIndex : iterations.length) - 1];
  return undefined;
}
