import { INTERRUPTION_KINDS, interruptionKind } from '../interruptions';
import { IterationItem } from '../goals';
import { summarizeBlockers } from './blockerSummary';
import { summarizeFocus, teamOf } from './focus';
import { itemsByIteration, sharesByIteration } from './byIteration';
import { interruptionShares, summarizeInterruptions } from './interruptionSummary';
import { ReportOptions, ReportSource, TeamReport } from './model';
import { DayStarts, iterationSpans, summarize } from './timeSpans';
import { workBalance } from './workBalance';

const lower = (values: readonly string[] | undefined) => new Set((values ?? []).map((v) => v.toLowerCase()));

/**
 * The team report over the chosen iterations. Filters narrow what is counted: by person (their interruptions, the
 * items assigned to them and the capacity they bring), and by interruption kind.
 */
export function buildTeamReport(source: ReportSource, options: ReportOptions): TeamReport {
  const days = new DayStarts(options.timeZone);
  const spans = iterationSpans(source.iterations, days);
  const allShares = interruptionShares(source.interruptions, spans);
  const iterationFieldId = source.fields.iteration?.id;

  const people = lower(options.people);
  const kinds = lower(options.kinds);
  const personMatches = (login: string) => people.size === 0 || people.has(login.toLowerCase());
  const shares =
    people.size === 0 && kinds.size === 0
      ? allShares
      : allShares.filter((s) => (people.size === 0 || people.has(s.login)) && (kinds.size === 0 || kinds.has(s.kind.toLowerCase())));
  const items: IterationItem[] = people.size === 0 ? source.items : source.items.filter((item) => item.assignees.some(personMatches));

  const allItemsIn = itemsByIteration(source.items, iterationFieldId);
  const allSharesIn = sharesByIteration(allShares);
  const wholeTeams = spans.map((span) => teamOf(allItemsIn.get(span.iteration.id) ?? [], allSharesIn.get(span.iteration.title) ?? []));
  const teams = new Map(spans.map((span, i) => [span.iteration.title, wholeTeams[i].filter(personMatches)]));

  const everyone = new Map<string, string>();
  const addPerson = (login: string, key = login.toLowerCase()) => {
    if (!everyone.has(key)) everyone.set(key, login);
  };
  allShares.forEach((s) => addPerson(s.person, s.login));
  wholeTeams.forEach((team) => team.forEach((login) => addPerson(login)));
  const seenKinds = new Set(allShares.map((s) => s.kind));
  const kindList = [
    ...INTERRUPTION_KINDS.filter((k) => seenKinds.has(k.id)).map((k) => ({ kind: k.id, label: k.label })),
    ...[...seenKinds].filter((k) => !interruptionKind(k)).map((k) => ({ kind: k, label: k })),
  ];

  return {
    projectTitle: source.projectTitle,
    projectUrl: source.projectUrl,
    iterations: source.iterations.map(summarize),
    generatedAt: options.now.toISOString(),
    hoursPerDay: options.hoursPerDay,
    timeZone: options.timeZone,
    people: [...everyone.values()].sort((a, b) => a.localeCompare(b)),
    kinds: kindList,
    filters: { people: [...(options.people ?? [])], kinds: [...(options.kinds ?? [])] },
    interruptions: summarizeInterruptions(shares, spans),
    focus: summarizeFocus(spans, teams, shares, options.hoursPerDay),
    workBalance: workBalance(spans, items, shares, source.fields, options.goalLabel),
    blockers: summarizeBlockers(spans, items, source.blockerRecords, source.fields, { now: options.now, days }),
    skippedRecords: source.skippedMarkers,
  };
}
