import type { TComparison } from "@/lib/exercises/schema";

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

export function ComparisonNote({ comparison }: { comparison: TComparison }) {
  return (
    <section className="exercise-section" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">How your answer is compared</h2>
      <p>{describeComparison(comparison)}</p>
    </section>
  );
}

/** Tolerances as people write them: 1e-6 rather than 0.000001. */
function formatTolerance(value: number): string {
  return value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e4) ? value.toExponential() : String(value);
}
