// Extension-host memory, read inside the extension host (which Sprint Flow shares with VS Code's other extensions).
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { MemorySample } from './protocol';

const MiB = 2 ** 20;

export function sample(): MemorySample {
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMiB: rss / MiB, heapUsedMiB: heapUsed / MiB };
}

/**
 * A full garbage collection before each reading, so garbage waiting to be collected is not counted as memory kept.
 * The extension host is not started with --expose-gc; V8 hands out gc() to contexts created after the flag is set.
 */
export function garbageCollection(): { collect?: () => void; method: string } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) {
    return { collect: exposed, method: 'after a full GC (--expose-gc)' };
  }
  try {
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    return { collect, method: 'after a full GC (gc() exposed at run time through v8.setFlagsFromString)' };
  } catch (error) {
    return { method: `without a GC: --expose-gc is not available (${String(error)})` };
  }
}

/** A reading after collecting twice, with a pause for finalizers between. */
export async function settledSample(collect?: () => void): Promise<MemorySample> {
  for (let i = 0; i < 2 && collect; i += 1) {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return sample();
}

/** Samples every `everyMs` until stopped; returns the highest rss and heapUsed seen (not necessarily at once). */
export function peakSampler(everyMs = 50): { stop(): MemorySample } {
  let peak = sample();
  const take = () => {
    const now = sample();
    peak = { rssMiB: Math.max(peak.rssMiB, now.rssMiB), heapUsedMiB: Math.max(peak.heapUsedMiB, now.heapUsedMiB) };
  };
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}
