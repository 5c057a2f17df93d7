import { defineTests } from "@/lib/exercises/test-kit";

// Expected values were computed with numpy.histogram(x, bins) outside this repository's reference.
// Values lie exactly on an inner edge only where the edges are exact in binary (integers,
// halves, quarters, powers of two), and otherwise at least 1e-4 of the bin width away from every
// edge, so that the way the edges are rounded cannot change a count (see the statement).
const wave = Array.from({ length: 1000 }, (_, i) => Math.round(Math.sin(i * 1.7) * 5000 + Math.cos(i * 0.3) * 1234) / 100);

/** True when some value a / 100 lies exactly on an inner edge (exact integer arithmetic). */
function onInnerEdge(hundredths: number[], bins: number): boolean {
  const min = Math.min(...hundredths);
  const range = Math.max(...hundredths) - min;
  // A constant sample has the range [v - 0.5, v + 0.5]: v is the middle edge when bins is even.
  if (range === 0) return bins % 2 === 0;
  return hundredths.some((a) => a > min && a < min + range && ((a - min) * bins) % range === 0);
}

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "a value on an inner edge goes to the bin on its right",
      args: [[1, 2, 2, 3, 3, 3, 4, 4, 4, 4], 3],
      expected: { edges: [1, 2, 3, 4], counts: [1, 2, 7] },
    },
    { name: "quarter-width bins", args: [[1, 2, 2, 3, 3, 3, 4, 4, 4, 4], 4], expected: { edges: [1, 1.75, 2.5, 3.25, 4], counts: [1, 2, 3, 4] } },
    {
      name: "0..10 in 5 bins: the last bin is closed",
      args: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5],
      expected: { edges: [0, 2, 4, 6, 8, 10], counts: [2, 2, 2, 2, 3] },
    },
    { name: "the maximum repeated: all in the last bin", args: [[1, 9, 9, 9], 4], expected: { edges: [1, 3, 5, 7, 9], counts: [1, 0, 0, 3] } },
    { name: "more bins than values", args: [[0, 10], 10], expected: { edges: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], counts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 1] } },
    { name: "one bin holds everything", args: [[7, -3, 2, -1, 4], 1], expected: { edges: [-3, 7], counts: [5] } },
    {
      name: "unsorted decimals, edges not exact in binary",
      args: [[2.5, -1.25, 0.75, 3, -0.5, 1.5], 3],
      expected: { edges: [-1.25, 0.16666666666666674, 1.5833333333333335, 3], counts: [2, 2, 2] },
    },
    {
      name: "negative and positive decimals",
      args: [[-0.3, 0.35, 0.1, 0.12, -0.05, 0.3, 0.2], 4],
      expected: { edges: [-0.3, -0.1375, 0.024999999999999967, 0.18749999999999994, 0.35], counts: [1, 1, 2, 3] },
    },
    {
      name: "0.2 + (0.9 - 0.2) is 0.8999999999999999: the last edge must be max itself",
      args: [[0.2, 0.5, 0.9, 0.9, 0.3], 3],
      expected: { edges: [0.2, 0.43333333333333335, 0.6666666666666666, 0.9], counts: [2, 1, 2] },
    },
    { name: "max 0.9 again, one bin per value", args: [[0.9, 0.2, 0.55, 0.36, 0.81], 7] },
    {
      name: "constant input: range [x - 0.5, x + 0.5], odd bins",
      tier: "robustness",
      args: [[5, 5, 5], 3],
      expected: { edges: [4.5, 4.833333333333333, 5.166666666666667, 5.5], counts: [0, 3, 0] },
    },
    {
      name: "constant input, even bins: x is the middle edge and goes right",
      tier: "robustness",
      args: [[5, 5, 5, 5], 2],
      expected: { edges: [4.5, 5, 5.5], counts: [0, 4] },
    },
    { name: "a single value, one bin", tier: "robustness", args: [[-2], 1], expected: { edges: [-2.5, -1.5], counts: [1] } },
    {
      name: "a single value, five bins",
      tier: "robustness",
      args: [[3.7], 5],
      expected: { edges: [3.2, 3.4000000000000004, 3.6, 3.8000000000000003, 4, 4.2], counts: [0, 0, 1, 0, 0] },
    },
    {
      name: "constant 0.1, five bins",
      tier: "robustness",
      args: [[0.1, 0.1, 0.1], 5],
      expected: { edges: [-0.4, -0.2, 0, 0.20000000000000007, 0.4, 0.6], counts: [0, 0, 3, 0, 0] },
    },
    {
      name: "large offset, values on exact edges",
      args: [[1e9, 1e9 + 0.25, 1e9 + 0.5, 1e9 + 0.75, 1e9 + 1, 1e9 + 1.25, 1e9 + 1.5, 1e9 + 1.75, 1e9 + 2], 4],
      expected: { edges: [1e9, 1e9 + 0.5, 1e9 + 1, 1e9 + 1.5, 1e9 + 2], counts: [2, 2, 2, 3] },
    },
    {
      name: "tiny magnitudes (multiples of 2^-40)",
      args: [[3, 0, 1, 4, 2].map((k) => k * 2 ** -40), 2],
      expected: { edges: [0, 2 * 2 ** -40, 4 * 2 ** -40], counts: [2, 3] },
    },
    {
      name: "huge magnitudes (multiples of 2^100)",
      args: [[3, 0, 1, 4, 2, 8].map((k) => k * 2 ** 100), 4],
      expected: { edges: [0, 2 * 2 ** 100, 4 * 2 ** 100, 6 * 2 ** 100, 8 * 2 ** 100], counts: [2, 2, 1, 1] },
    },
    { name: "1000 values, 10 bins", args: [wave, 10] },
    { name: "1000 values, 7 bins", args: [wave, 7] },
    { name: "empty sample must throw", tier: "required", args: [[], 3], throws: true },
    { name: "bins = 0 must throw", tier: "robustness", args: [[1, 2, 3], 0], throws: true },
    { name: "negative bins must throw", tier: "robustness", args: [[1, 2, 3], -2], throws: true },
    { name: "fractional bins must throw", tier: "robustness", args: [[1, 2, 3], 2.5], throws: true },
    { name: "bins = NaN must throw", tier: "robustness", args: [[1, 2, 3], Number.NaN], throws: true },
  ],
  random: {
    seed: 20261303,
    count: 25,
    args: (fc) =>
      fc.oneof(
        // Exact grid: edges are multiples of a binary-exact step, values on the quarter grid, so
        // many values sit exactly on inner edges (they go right) and max is always present.
        fc
          .record({
            bins: fc.integer({ min: 1, max: 8 }),
            step: fc.constantFrom(0.25, 0.5, 1, 2, 3, 5),
            offset: fc.integer({ min: -40, max: 40 }).map((v) => v / 4),
            picks: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 0, maxLength: 14 }),
            at: fc.integer({ min: 0, max: 100 }),
          })
          .map(({ bins, step, offset, picks, at }): [number[], number] => {
            const quarters = bins * step * 4;
            const values = picks.map((p) => offset + (p % (quarters + 1)) / 4);
            values.splice(at % (values.length + 1), 0, offset + bins * step);
            values.splice((at * 7) % (values.length + 1), 0, offset);
            return [values, bins];
          }),
        // Hundredths with any number of bins, kept off inner edges (exact integer check).
        fc
          .tuple(fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 12 }))
          // Constant samples (numpy's widened range) are robustness cases, not random ones.
          .filter(([hundredths, bins]) => hundredths.some((a) => a !== hundredths[0]) && !onInnerEdge(hundredths, bins))
          .map(([hundredths, bins]): [number[], number] => [hundredths.map((a) => a / 100), bins]),
      ),
  },
});
