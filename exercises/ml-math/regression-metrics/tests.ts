import { defineTests } from "@/lib/exercises/test-kit";

const offset = 1e8;
const n = 500;
const manyTrue = Array.from({ length: n }, (_, i) => Math.round((Math.sin(i * 0.37) * 10 + i / 50) * 100) / 100);
const manyPred = manyTrue.map((y, i) => Math.round((y + Math.cos(i * 1.7) * 2) * 100) / 100);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "scikit-learn's documentation example",
      args: [
        [3, -0.5, 2, 7],
        [2.5, 0, 2, 8],
      ],
      expected: { mse: 0.375, rmse: Math.sqrt(0.375), mae: 0.5, r2: 0.9486081370449679 },
    },
    {
      name: "perfect predictions",
      args: [
        [1.5, -2, 7, 0],
        [1.5, -2, 7, 0],
      ],
      expected: { mse: 0, rmse: 0, mae: 0, r2: 1 },
    },
    {
      name: "predicting the mean scores R² = 0",
      args: [
        [1, 2, 3, 4],
        [2.5, 2.5, 2.5, 2.5],
      ],
      expected: { mse: 1.25, rmse: Math.sqrt(1.25), mae: 1, r2: 0 },
    },
    {
      name: "worse than the mean: R² is negative",
      args: [
        [1, 2, 3],
        [3, 2, 1],
      ],
      expected: { mse: 8 / 3, rmse: Math.sqrt(8 / 3), mae: 4 / 3, r2: -3 },
    },
    {
      name: "predictions 2y + 5 are perfectly correlated but poor",
      args: [
        [1, 2, 3, 4],
        [7, 9, 11, 13],
      ],
      expected: { mse: 57.5, rmse: Math.sqrt(57.5), mae: 7.5, r2: -45 },
    },
    {
      name: "targets centred far from 0",
      args: [
        [101, 102, 103, 104],
        [101.5, 101.5, 103.5, 103.5],
      ],
      expected: { mse: 0.25, rmse: 0.5, mae: 0.5, r2: 0.8 },
    },
    {
      name: "targets near 1e8: SS_tot needs two passes",
      tier: "robustness",
      args: [
        [offset + 1, offset + 2, offset + 3, offset + 4],
        [offset + 1.5, offset + 1.5, offset + 3.5, offset + 3.5],
      ],
      expected: { mse: 0.25, rmse: 0.5, mae: 0.5, r2: 0.8 },
    },
    {
      name: "targets near 1e8, worse than the mean",
      tier: "robustness",
      args: [
        [offset - 3, offset, offset + 3],
        [offset + 1, offset - 2, offset + 4],
      ],
      expected: { mse: 7, rmse: Math.sqrt(7), mae: 7 / 3, r2: 1 - 21 / 18 },
    },
    {
      name: "constant targets, perfect predictions: R² = 1",
      tier: "robustness",
      args: [
        [2, 2, 2],
        [2, 2, 2],
      ],
      expected: { mse: 0, rmse: 0, mae: 0, r2: 1 },
    },
    {
      name: "constant targets, imperfect predictions: R² = 0",
      tier: "robustness",
      args: [
        [2, 2, 2],
        [1, 2, 3],
      ],
      expected: { mse: 2 / 3, rmse: Math.sqrt(2 / 3), mae: 2 / 3, r2: 0 },
    },
    {
      name: "constant targets whose computed mean is not exact (0.1 x 3)",
      tier: "robustness",
      args: [
        [0.1, 0.1, 0.1],
        [0.1, 0.2, 0.1],
      ],
      expected: { mse: 0.01 / 3, rmse: Math.sqrt(0.01 / 3), mae: 0.1 / 3, r2: 0 },
    },
    { name: "a single sample is a constant target", tier: "robustness", args: [[5], [3]], expected: { mse: 4, rmse: 2, mae: 2, r2: 0 } },
    { name: "a single perfect sample", tier: "robustness", args: [[-1.25], [-1.25]], expected: { mse: 0, rmse: 0, mae: 0, r2: 1 } },
    {
      name: "one outlier: RMSE and MAE differ",
      args: [
        [0, 1, 2, 3, 4],
        [0, 1, 2, 3, 14],
      ],
      expected: { mse: 20, rmse: Math.sqrt(20), mae: 2, r2: -9 },
    },
    { name: "500 samples (means, not sums)", args: [manyTrue, manyPred] },
    {
      name: "different lengths must throw",
      tier: "required",
      args: [
        [1, 2, 3],
        [1, 2],
      ],
      throws: true,
    },
    { name: "more predictions than targets must throw", tier: "required", args: [[1], [1, 2]], throws: true },
    { name: "no samples must throw", tier: "required", args: [[], []], throws: true },
  ],
  random: {
    seed: 20261305,
    count: 25,
    args: (fc) =>
      fc
        .array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -300, max: 300 })), { minLength: 2, maxLength: 12 })
        .map((pairs) => [pairs.map(([y]) => y / 100), pairs.map(([y, noise]) => (y + noise) / 100)]),
  },
});
