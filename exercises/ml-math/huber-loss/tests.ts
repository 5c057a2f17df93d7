import { defineTests } from "@/lib/exercises/test-kit";

const n = 400;
const manyTrue = Array.from({ length: n }, (_, i) => Math.round(Math.sin(i * 0.37) * 500) / 100);
const manyPred = Array.from({ length: n }, (_, i) => Math.round(Math.cos(i * 0.91) * 500) / 100);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "perfect predictions cost 0", args: [[1.5, -2, 7], [1.5, -2, 7], 1], expected: 0 },
    { name: "small residuals: half the MSE", args: [[1, 2, 3], [1.5, 1.8, 3], 1], expected: (0.125 + 0.02 + 0) / 3 },
    { name: "large residuals: delta (|r| - delta / 2)", args: [[0, 0], [2, -3], 0.5], expected: (0.5 * 1.75 + 0.5 * 2.75) / 2 },
    { name: "a residual exactly at delta costs delta^2 / 2", args: [[0, 0], [1.5, -1.5], 1.5], expected: 1.125 },
    { name: "just either side of delta (continuity)", args: [[0, 0], [0.999999, 1.000001], 1], expected: (0.5 * 0.999999 ** 2 + (1.000001 - 0.5)) / 2 },
    { name: "delta = 1 with mixed residuals", args: [[0, 0, 0, 0], [0.2, -0.8, 1.2, -4], 1], expected: (0.02 + 0.32 + 0.7 + 3.5) / 4 },
    { name: "delta = 3: smooth L1 would divide by 3", args: [[0, 0, 0], [1, -2, 5], 3], expected: (0.5 + 2 + 3 * 3.5) / 3 },
    { name: "small delta = 0.1", args: [[1, -1, 0.05], [0, 1, 0], 0.1], expected: (0.1 * 0.95 + 0.1 * 1.95 + 0.5 * 0.0025) / 3 },
    { name: "huge delta: half the MSE", args: [[3, -0.5, 2, 7], [2.5, 0, 2, 8], 1e6], expected: 0.375 / 2 },
    { name: "tiny delta: about delta x MAE", args: [[3, -0.5, 2, 7], [2.5, 0, 2, 8], 1e-6], expected: (1e-6 * (0.5 - 5e-7) * 2 + 1e-6 * (1 - 5e-7)) / 4 },
    { name: "an outlier grows linearly, not quadratically", args: [[0, 0, 0, 0, 0], [0.1, -0.1, 0.1, -0.1, 1000], 1], expected: (4 * 0.005 + 999.5) / 5 },
    { name: "very large residuals", args: [[1e8, -1e8], [-1e8, 1e8], 2], expected: 2 * (2e8 - 1) },
    { name: "a single sample", args: [[2], [-1], 1], expected: 2.5 },
    { name: "400 samples (a mean, not a sum)", args: [manyTrue, manyPred, 1.35] },
    { name: "delta = 0 must throw", tier: "robustness", args: [[1, 2], [1, 3], 0], throws: true },
    { name: "negative delta must throw", tier: "robustness", args: [[1, 2], [1, 3], -1], throws: true },
    { name: "different lengths must throw", tier: "required", args: [[1, 2, 3], [1, 2], 1], throws: true },
    { name: "no samples must throw", tier: "required", args: [[], [], 1], throws: true },
  ],
  random: {
    seed: 20261306,
    count: 25,
    args: (fc) =>
      fc
        .tuple(
          fc.array(fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 })), { minLength: 1, maxLength: 10 }),
          fc.integer({ min: 1, max: 300 }),
        )
        .map(([pairs, delta]) => [pairs.map(([y]) => y / 100), pairs.map(([, p]) => p / 100), delta / 100]),
  },
});
