import { UNMEASURED_LIMITS, type TComparison, type TLimits } from "@/lib/exercises/schema";

/** The comparison rule in plain words: precision is stated up front, never discovered by failing. */
export function describeComparison({ rtol, atol }: TComparison): string {
  const tolerance =
    rtol === 0 && atol === 0
      ? "Each number must equal the expected value exactly"
      : rtol === 0
        ? `Each number must be within ${formatTolerance(atol)} of the expected value`
        : atol === 0
          ? `Each number must be within ${formatTolerance(rtol)} × |expected| of the expected value`
          : `Each number must be within ${formatTolerance(atol)} + ${formatTolerance(rtol)} × |expected| of the expected value`;
  return `${tolerance}; shapes must match exactly; NaN only where NaN is expected, and ±Infinity only where it is expected.`;
}

/**
 * The time limits in plain words, from the exercise's stored `limits` (derived from the
 * reference's own cost by `npm run measure:budgets`), so they are known before a time-out.
 */
export function describeLimits(limits: TLimits | undefined, functionCount: number): string {
  const { callMs, submissionMs, robustnessMs } = limits ?? UNMEASURED_LIMITS;
  const call = functionCount > 1 ? "each call of one of your functions" : "each call of your function";
  return (
    `Time limits: ${call} may run for up to ${callMs} ms, and all the required tests of a submission may use ${submissionMs} ms of CPU time together ` +
    `(the robustness checks have ${robustnessMs} ms of their own); beyond that the submission gets time_limit_exceeded. ` +
    "The reference solution needs a small fraction of this: a straightforward solution fits easily, an endless loop is stopped quickly."
  );
}

export function ComparisonNote({ comparison, limits, functionCount = 1 }: { comparison: TComparison; limits?: TLimits; functionCount?: number }) {
  return (
    <section className="exercise-section" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">How your answer is compared</h2>
      <p>{describeComparison(comparison)}</p>
      <p>{describeLimits(limits, functionCount)}</p>
    </section>
  );
}

/** Tolerances as people write them: 1e-6 rather than 0.000001. */
function formatTolerance(value: number): string {
  return value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e4) ? value.toExponential() : String(value);
}
