// The timing half of report.bench.ts, run in a child process (pinned to one core when taskset exists):
// `node --expose-gc reportTiming.js ENTRIES RUNS` prints one JSON line: the input's size, then for the first run and
// each timed run the wall time and the process's CPU time (what it costs on a core of its own when the machine is busy).
import { buildTeamReport } from '../../src/core/report/teamReport';
import { BENCH_SHAPE, reportWorkload } from './reportWorkload';

const WARM_UP_RUNS = 3;

function main(): void {
  const entries = Number(process.argv[2]);
  const runs = Number(process.argv[3]);
  if (!Number.isInteger(entries) || entries <= 0 || !Number.isInteger(runs) || runs <= 0) {
    throw new Error('Usage: reportTiming.js ENTRIES RUNS');
  }
  const { source, options } = reportWorkload({ ...BENCH_SHAPE, entries });
  const collect = () => (globalThis as { gc?: () => void }).gc?.();
  const timed = () => {
    collect();
    const cpu = process.cpuUsage();
    const started = performance.now();
    buildTeamReport(source, options);
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    return { wallMs, cpuMs: (used.user + used.system) / 1000 };
  };
  const first = timed();
  for (let i = 1; i < WARM_UP_RUNS; i++) timed();
  const timings = Array.from({ length: runs }, timed);
  console.log(
    JSON.stringify({
      entries,
      items: source.items.length,
      blockerRecords: Object.keys(source.blockerRecords).length,
      first,
      wallMs: timings.map((t) => t.wallMs),
      cpuMs: timings.map((t) => t.cpuMs),
    }),
  );
}

main();
