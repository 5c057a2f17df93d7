import type { TLimits } from "../lib/exercises/schema";
import type { SandboxLimits } from "./sandbox";

/** What the reference costs in the sandbox (CPU ms, the worst of a few cold runs). */
export interface ReferenceCost {
  /** Loading the module (its top-level code). */
  loadMs: number;
  /** The dearest single call of either tier. */
  maxCallMs: number;
  /** Loading plus every required test (examples and hidden required tests). */
  requiredMs: number;
  /** Every robustness check. */
  robustnessMs: number;
}

/**
 * How budgets follow from the reference's cost. An honest learner solution may be a constant
 * factor slower (loops instead of built-ins, copies, cold code) or one power of n slower
 * (O(n^2) where the reference is O(n)) on the sizes the tests use; the multiples and floors
 * cover that with room to spare, while a runaway (an infinite loop) is stopped at the call
 * limit: about 100 ms for nearly every exercise instead of a second.
 */
export const BUDGET_RULES = {
  callMultiple: 50,
  callFloorMs: 100,
  callCeilingMs: 1000,
  suiteMultiple: 20,
  suiteFloorMs: 400,
  suiteCeilingMs: 5000,
  /** check:exercises fails when a stored budget is less than this many times the reference's cost. */
  callMargin: 10,
  suiteMargin: 5,
} as const;

/** Limits derived from a measured reference cost, rounded up to tens of ms. */
export function deriveLimits(cost: ReferenceCost): TLimits {
  const r = BUDGET_RULES;
  const callMs = clamp(roundUp(r.callMultiple * Math.max(cost.maxCallMs, cost.loadMs)), r.callFloorMs, r.callCeilingMs);
  // A submission always affords a couple of calls at the per-call limit.
  const suite = (ms: number) => clamp(roundUp(Math.max(r.suiteMultiple * ms, 2 * callMs)), r.suiteFloorMs, r.suiteCeilingMs);
  return { callMs, submissionMs: suite(cost.requiredMs), robustnessMs: suite(cost.robustnessMs) };
}

/** Why stored limits are too tight for the measured reference (empty when they fit). */
export function tightLimits(stored: TLimits, cost: ReferenceCost): string[] {
  const r = BUDGET_RULES;
  const problems: string[] = [];
  const worstCall = Math.max(cost.maxCallMs, cost.loadMs);
  const check = (name: keyof TLimits, limit: number, measured: number, margin: number) => {
    if (limit < margin * measured) {
      problems.push(`limits.${name} = ${limit} ms is less than ${margin} x the reference's ${measured.toFixed(1)} ms: run npm run measure:budgets`);
    }
  };
  check("callMs", stored.callMs, worstCall, r.callMargin);
  check("submissionMs", stored.submissionMs, cost.requiredMs, r.suiteMargin);
  check("robustnessMs", stored.robustnessMs, cost.robustnessMs, r.suiteMargin);
  return problems;
}

function roundUp(ms: number): number {
  return Math.ceil(ms / 10) * 10;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** The sandbox clocks of a submission's sessions under an exercise's limits. */
export function sessionLimitsOf(limits: TLimits): Pick<SandboxLimits, "callTimeoutMs" | "cpuBudgetMs"> {
  return { callTimeoutMs: limits.callMs, cpuBudgetMs: limits.submissionMs };
}
