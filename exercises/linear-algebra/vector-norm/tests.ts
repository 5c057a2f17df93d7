import { badArgs, defineTests } from "@/lib/exercises/test-kit";

const ones = Array.from({ length: 100 }, () => 1);
const alternating = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 1 : -1) * (i + 1));

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "3-4-5 triangle, default p = 2", args: [[3, 4]], expected: 5 },
    { name: "3-4-5 triangle, p = 2 given", args: [[3, 4], 2], expected: 5 },
    { name: "(2, 3, 6) has length 7", args: [[2, -3, 6]], expected: 7 },
    { name: "(1, 2, 2, 4) has length 5", args: [[1, -2, 2, -4]], expected: 5 },
    { name: "L1: sum of absolute values", args: [[3, -4, 0.5], 1], expected: 7.5 },
    { name: "inf: the largest absolute value is negative", args: [[3, -7, 2], "inf"], expected: 7 },
    { name: "inf: the largest absolute value is positive", args: [[-3, 7, -2], "inf"], expected: 7 },
    { name: "inf: all entries negative", args: [[-1.5, -0.25, -4], "inf"], expected: 4 },
    { name: "L1 with every entry negative", args: [[-1, -2, -3], 1], expected: 6 },
    { name: "a single entry: |x| for every p (2)", args: [[-5]], expected: 5 },
    { name: "a single entry: |x| for every p (1)", args: [[-5], 1], expected: 5 },
    { name: "a single entry: |x| for every p (inf)", args: [[-5], "inf"], expected: 5 },
    { name: "100 ones: L2 is 10", args: [ones], expected: 10 },
    { name: "100 ones: L1 is 100", args: [ones, 1], expected: 100 },
    { name: "alternating signs, L1", args: [alternating, 1], expected: 1275 },
    { name: "alternating signs, inf", args: [alternating, "inf"], expected: 50 },
    { name: "alternating signs, L2", args: [alternating], expected: Math.sqrt((50 * 51 * 101) / 6) },
    { name: "huge entries: the squares overflow", args: [[1e200, 1e200]], expected: Math.SQRT2 * 1e200, tier: "robustness" },
    { name: "huge entries, 3-4-5", args: [[3e200, -4e200]], expected: 5e200, tier: "robustness" },
    { name: "near the largest double", args: [[1e308, 1e308]], expected: 1.4142135623730951e308, tier: "robustness" },
    { name: "tiny entries: the squares underflow", args: [[3e-200, 4e-200]], expected: 5e-200, tier: "robustness" },
    { name: "tiny and huge together", args: [[1e-200, 1e200, 1]], expected: 1e200, tier: "robustness" },
    { name: "huge and tiny entries, inf", args: [[-2e-300, 3e250, -7e250], "inf"], expected: 7e250, tier: "robustness" },
    { name: "tiny entries, L2 of a longer vector", args: [[1e-170, -2e-170, 2e-170, 4e-170]], expected: 5e-170, tier: "robustness" },
    { name: "huge entries, L1", args: [[1e300, -1e300], 1], expected: 2e300, tier: "robustness" },
    { name: "the zero vector, L2", args: [[0, 0, 0]], expected: 0 },
    { name: "the zero vector, L1", args: [[0, 0], 1], expected: 0 },
    { name: "the zero vector, inf", args: [[0, 0], "inf"], expected: 0 },
    { name: "the empty vector has norm 0 (L2)", args: [[]], expected: 0, tier: "robustness" },
    { name: "the empty vector has norm 0 (L1)", args: [[], 1], expected: 0, tier: "robustness" },
    { name: "the empty vector has norm 0 (inf)", args: [[], "inf"], expected: 0, tier: "robustness" },
    { name: "p = 3 must throw", args: badArgs([[3, 4], 3]), throws: true, tier: "robustness" },
    { name: "p = 0 must throw", args: badArgs([[3, 4], 0]), throws: true, tier: "robustness" },
    { name: "p = 'max' must throw", args: badArgs([[3, 4], "max"]), throws: true, tier: "robustness" },
  ],
  random: {
    seed: 20261205,
    count: 25,
    // Entries j / 100; p omitted, 1, 2 or 'inf'. (Scaled entries, 1e200 and 1e-200, are robustness cases above.)
    args: (fc) =>
      fc
        .record({
          values: fc.array(fc.integer({ min: -10000, max: 10000 }), { minLength: 1, maxLength: 8 }),
          p: fc.constantFrom("default" as const, 1 as const, 2 as const, "inf" as const),
        })
        .map(({ values, p }): [number[], (1 | 2 | "inf")?] => {
          const v = values.map((x) => x / 100);
          return p === "default" ? [v] : [v, p];
        }),
  },
});
