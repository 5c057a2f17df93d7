import { transpileTypeScript } from "../lib/exercises/transpile";
import type { PreparedCase, PreparedExercise } from "./cases";
import type { ReferenceCost } from "./derive-limits";
import { IsolateHost } from "./sandbox";

/** Generous clocks for measuring: the reference must finish to be measured. */
const MEASURING_LIMITS = { memoryMb: 64, callTimeoutMs: 5000, cpuBudgetMs: 60_000 };

/**
 * What the reference costs in the sandbox, in the isolate's CPU time: loading, the dearest call,
 * the required suite and the robustness suite. Each run is cold (a new isolate: nothing compiled,
 * nothing optimised), as a learner's submission is. On a busy machine a call now and then is
 * charged a scheduler time slice it did not use (10-20 ms), so each figure is the least over
 * `runs` runs: per case for the dearest call, per run for the suites.
 */
export function measureReferenceCost(exercise: PreparedExercise, runs = 5): ReferenceCost {
  const transpiled = transpileTypeScript(exercise.runtime.referenceSource, "reference.ts");
  if (!transpiled.ok) throw new Error(`reference.ts does not compile: ${transpiled.message}`);
  const required = [...exercise.examples, ...exercise.hidden.filter((item) => item.tier === "required")];
  const robustness = exercise.hidden.filter((item) => item.tier === "robustness");
  const least = { loadMs: Infinity, requiredMs: Infinity, robustnessMs: Infinity };
  const callMs = new Map<PreparedCase, number>();
  for (let run = 0; run < runs; run++) {
    const host = new IsolateHost(MEASURING_LIMITS, 1);
    const session = host.openSession({}, exercise.runtime.givenScript);
    try {
      const before = session.cpuUsedMs();
      const loaded = session.load(transpiled.code);
      if (loaded.kind !== "value") throw new Error(`reference.ts does not load: ${loaded.message}`);
      const loadMs = session.cpuUsedMs() - before;
      const timeCalls = (cases: PreparedCase[]) => {
        let total = 0;
        for (const prepared of cases) {
          const start = session.cpuUsedMs();
          const outcome = session.call(prepared.functionName, prepared.argsJson);
          const spent = session.cpuUsedMs() - start;
          if (outcome.kind === "timeout" || outcome.kind === "memory") throw new Error(`the reference hit a limit on "${prepared.name}"`);
          callMs.set(prepared, Math.min(callMs.get(prepared) ?? Infinity, spent));
          total += spent;
        }
        return total;
      };
      least.requiredMs = Math.min(least.requiredMs, loadMs + timeCalls(required));
      least.robustnessMs = Math.min(least.robustnessMs, timeCalls(robustness));
      least.loadMs = Math.min(least.loadMs, loadMs);
    } finally {
      session.close();
      host.retire();
    }
  }
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    loadMs: round(least.loadMs),
    maxCallMs: round(Math.max(0, ...callMs.values())),
    requiredMs: round(least.requiredMs),
    robustnessMs: round(least.robustnessMs),
  };
}
