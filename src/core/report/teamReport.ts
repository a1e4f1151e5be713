import { INTERRUPTION_KINDS, interruptionKind } from '../interruptions';
import { summarizeBlockers } from './blockerSummary';
import { readItems } from './itemPass';
import { loggersByIteration, summarizeFocus, teamOf } from './focus';
import { summarizeInterruptions } from './interruptionSummary';
import { tallyInterruptions } from './interruptionTally';
import { ReportOptions, ReportSource, TeamReport } from './model';
import { selectShares, shareTable } from './shareTable';
import { dayStarts } from './dayStarts';
import { IterationSpan, iterationSpans, summarize } from './timeSpans';
import { workBalance } from './workBalance';
import { describeLeftOut } from '../records/authorship';
import { workRules } from './workCategories';

const lower = (values: readonly string[] | undefined) => new Set((values ?? []).map((v) => v.toLowerCase()));

/**
 * The team report over the chosen iterations. Filters narrow what is counted: by person (their interruptions, the
 * items assigned to them and the capacity they bring), and by interruption kind.
 */
export function buildTeamReport(source: ReportSource, options: ReportOptions): TeamReport {
  const days = dayStarts(options.timeZone, source.iterations);
  const spans = iterationSpans(source.iterations, days);
  const allShares = shareTable(source.interruptions, spans);

  const people = lower(options.people);
  const kinds = lower(options.kinds);
  const personMatches = (login: string) => people.size === 0 || people.has(login.toLowerCase());
  const shares = selectShares(allShares, people, kinds);
  const items = readItems(source, people, workRules(source.fields, options.goalLabel), options.goalLabel);

  const loggers = loggersByIteration(allShares, spans.length);
  const wholeTeams = spans.map((span) => teamOf(items.assigneesIn.get(span.iteration.id), loggers[span.titleIndex]));
  const teams = new Map(spans.map((span, i) => [span.iteration.title, wholeTeams[i].filter(personMatches)]));

  const everyone = new Map<string, string>();
  const addPerson = (login: string, key = login.toLowerCase()) => {
    if (!everyone.has(key)) everyone.set(key, login);
  };
  allShares.logins.forEach((login, index) => addPerson(allShares.spellings[allShares.firstSpelling[index]], login));
  wholeTeams.forEach((team) => team.forEach((login) => addPerson(login)));
  const seenKinds = new Set(allShares.kinds);
  const kindList = [
    ...INTERRUPTION_KINDS.filter((k) => seenKinds.has(k.id)).map((k) => ({ kind: k.id, label: k.label })),
    ...[...seenKinds].filter((k) => !interruptionKind(k)).map((k) => ({ kind: k, label: k })),
  ];

  const tally = tallyInterruptions(shares, spans.length);
  const lostMinutes = (span: IterationSpan, person: string) => {
    const login = shares.loginIndex.get(person.toLowerCase());
    const cell = login === undefined ? undefined : tally.cells.positions.get(tally.cellKey(span.titleIndex, login));
    return cell === undefined ? 0 : tally.cells.sums[cell];
  };

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
    interruptions: summarizeInterruptions(tally, shares, spans),
    focus: summarizeFocus(spans, teams, lostMinutes, options.hoursPerDay),
    workBalance: workBalance(spans, items.workIn, shares, source.fields, options.goalLabel),
    blockers: summarizeBlockers(spans, items.blockers, { now: options.now, days }),
    skippedRecords: source.skippedMarkers,
    leftOut: describeLeftOut(source.leftOut ?? {}),
  };
}
