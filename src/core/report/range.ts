import { dayNumber, localDate } from '../calendar';
import { Iteration, IterationField } from '../model';
import * as l10n from '@vscode/l10n';

export const DEFAULT_ITERATION_COUNT = 6;

/** Which iterations a report covers: the current one and the ones before it, or iterations named by title. */
export type IterationChoice = number | readonly string[];

export type RangeChoice = { ok: true; iterations: Iteration[] } | { ok: false; reason: string };

/** Every iteration of the field, completed or not, oldest first. */
export function allIterations(field: IterationField): Iteration[] {
  const byId = new Map([...field.completedIterations, ...field.iterations].map((it) => [it.id, it]));
  return [...byId.values()].sort((a, b) => dayNumber(a.startDate) - dayNumber(b.startDate));
}

/**
 * The chosen iterations, oldest first. A count means the iteration running today (or, between iterations, the
 * last one started) and the ones before it; titles are matched without case, and an unknown title is an error.
 */
export function chooseIterations(field: IterationField, choice: IterationChoice | undefined, now: Date, timeZone: string): RangeChoice {
  const all = allIterations(field);
  if (Array.isArray(choice)) {
    const titles = choice as readonly string[];
    const missing = titles.filter((t) => !all.some((it) => it.title.toLowerCase() === t.trim().toLowerCase()));
    if (missing.length) {
      return { ok: false, reason: l10n.t('The board has no iteration named {0}.', missing.map((m) => `"${m}"`).join(', ')) };
    }
    const wanted = new Set(titles.map((t) => t.trim().toLowerCase()));
    const iterations = all.filter((it) => wanted.has(it.title.toLowerCase()));
    return iterations.length ? { ok: true, iterations } : { ok: false, reason: l10n.t('Choose at least one iteration.') };
  }
  const count = choice === undefined ? DEFAULT_ITERATION_COUNT : Math.floor(Number(choice));
  if (!Number.isFinite(count) || count < 1) {
    return { ok: false, reason: l10n.t('The number of iterations must be 1 or more.') };
  }
  const today = dayNumber(localDate(now, timeZone));
  const started = all.filter((it) => dayNumber(it.startDate) <= today);
  if (started.length === 0) {
    return { ok: false, reason: l10n.t('No iteration of this board has started yet.') };
  }
  return { ok: true, iterations: started.slice(-count) };
}
