/**
 * CPU time per thread of this process, from Linux's /proc (NaN or empty elsewhere): what a batch
 * run spends in its worker threads against what V8 spends on its own helper threads (optimising
 * compiler, garbage collector), which process.cpuUsage() only gives as one sum.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU milliseconds the calling thread has run (its scheduler statistics), or NaN off Linux. */
export function ownThreadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** CPU milliseconds of every thread of this process now, by thread id (empty off Linux). */
export function threadCpuMs(): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      out.set(Number(tid), Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/**
 * Follows the threads of this process while a run goes on. Worker threads end with their pool,
 * so the CPU of each thread is sampled every `everyMs` and the last sample kept.
 */
export function followThreads(everyMs = 100): { stop(): Map<number, number> } {
  const seen = new Map<number, number>();
  const sample = (): void => {
    for (const [tid, ms] of threadCpuMs()) seen.set(tid, ms);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return seen;
    },
  };
}
