// Hostile records: the longest time one reader of GitHub text takes over one hostile comment body. Anyone can comment
// on a public repository's issues, and Sprint Flow reads those comments on the extension host's main thread on every
// refresh, so each reader must get through any 65,536-character body in well under 10 ms. Every body of
// hostileBodies.ts goes through every reader's parsing path; a body's figure is the median CPU time of several runs
// after a warm-up (CPU time, as the report bench measures, so a machine shared with other work does not count its
// neighbours; the slowest first, cold run is reported too, in wall time).
import { blockerHistory } from '../../src/core/blockers';
import { parseBlockedBy } from '../../src/core/blockerRecords';
import { branchSlug } from '../../src/core/branchName';
import { linkedCommits, parseCommitName } from '../../src/core/goalTimeline';
import { parseIssueReference } from '../../src/core/itemReference';
import { markdownLines, markdownText } from '../../src/core/markdownText';
import { readMarkers, stripMarkers } from '../../src/core/markers';
import { repositoryFromRemote } from '../../src/core/remoteUrl';
import { loggedEntries } from '../../src/core/teamLog';
import { goalReferences } from '../../src/core/trailers';
import { BenchFigure } from './figures';
import { GITHUB_MAX_BODY, HOSTILE_BODIES } from './hostileBodies';

const SECTION = 'Hostile records (65,536-character comment bodies)';
/** The issue's target: a hostile body of any shape is read in well under 10 ms. */
const TARGET_MS = 10;
const RUNS = 7;

/** The comments are a team member's, so every record goes all the way through the authorship rules. */
const BY_MEMBER = { author: 'mara-jensen', authorAssociation: 'MEMBER' };

/** Each reader's parsing path, from the text GitHub returns to what Sprint Flow keeps of it. */
const READERS: Record<string, (body: string) => unknown> = {
  'markers': (body) => readMarkers(body),
  'markers stripped': (body) => stripMarkers(body),
  'team log entries': (body) => loggedEntries([{ body, ...BY_MEMBER }]),
  'blocker history': (body) => blockerHistory(readMarkers(body).records),
  'goal links': (body) => linkedCommits([{ kind: 'comment', comment: { body, ...BY_MEMBER } }], 'northwind/api#7'),
  'goal trailers': (body) => goalReferences(body),
  'issue reference': (body) => parseIssueReference(body),
  'commit name': (body) => parseCommitName(body),
  'blocked by': (body) => parseBlockedBy(body),
  'remote URL': (body) => repositoryFromRemote(body),
  'branch name': (body) => branchSlug(body),
  'Markdown text (one line)': (body) => markdownText(body),
  'Markdown text (lines kept)': (body) => markdownLines(body, '  \n'),
};

function wallMs(read: (body: string) => unknown, body: string): number {
  const started = performance.now();
  read(body);
  return performance.now() - started;
}

function cpuMs(read: (body: string) => unknown, body: string): number {
  const started = process.cpuUsage();
  read(body);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measure(): Promise<BenchFigure[]> {
  for (const [shape, body] of Object.entries(HOSTILE_BODIES)) {
    if (body.length !== GITHUB_MAX_BODY) throw new Error(`The hostile body "${shape}" has ${body.length} characters, not ${GITHUB_MAX_BODY}.`);
  }
  const worstByReader: { reader: string; shape: string; ms: number; coldMs: number }[] = [];
  for (const [reader, read] of Object.entries(READERS)) {
    let worst = { reader, shape: '', ms: -1, coldMs: 0 };
    for (const [shape, body] of Object.entries(HOSTILE_BODIES)) {
      const cold = wallMs(read, body);
      const ms = median(Array.from({ length: RUNS }, () => cpuMs(read, body)));
      worst = ms > worst.ms ? { reader, shape, ms, coldMs: Math.max(cold, worst.coldMs) } : { ...worst, coldMs: Math.max(cold, worst.coldMs) };
    }
    worstByReader.push(worst);
  }
  const worst = worstByReader.reduce((a, b) => (b.ms > a.ms ? b : a));
  const coldest = worstByReader.reduce((a, b) => (b.coldMs > a.coldMs ? b : a));
  const shapes = Object.keys(HOSTILE_BODIES).length;
  return [
    {
      section: SECTION,
      name: `longest time to read one hostile body (${shapes} shapes × ${worstByReader.length} readers)`,
      value: worst.ms,
      unit: 'ms',
      target: { atMost: TARGET_MS },
      note: `${worst.reader}, "${worst.shape}"; median CPU time of ${RUNS} runs. Slowest first run: ${coldest.coldMs.toFixed(2)} ms wall time (${coldest.reader})`,
    },
    ...worstByReader.map((w) => ({ section: SECTION, name: `  ${w.reader}`, value: w.ms, unit: 'ms', note: `"${w.shape}"` })),
  ];
}
