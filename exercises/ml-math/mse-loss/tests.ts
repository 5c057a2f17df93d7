import { defineTests } from "@/lib/exercises/test-kit";

const n = 1000;
const manyTrue = Array.from({ length: n }, (_, i) => Math.round(Math.sin(i * 0.37) * 1000) / 100);
const manyPred = Array.from({ length: n }, (_, i) => Math.round(Math.cos(i * 0.11) * 1000) / 100);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "perfect predictions cost 0",
      args: [
        [1.5, -2, 7],
        [1.5, -2, 7],
      ],
      expected: 0,
    },
    { name: "a single sample: the squared error", args: [[2], [-1]], expected: 9 },
    {
      name: "errors +1 and -1 do not cancel",
      args: [
        [0, 0],
        [1, -1],
      ],
      expected: 1,
    },
    {
      name: "errors +2 and -2 with a third perfect sample",
      args: [
        [5, 5, 5],
        [7, 3, 5],
      ],
      expected: 8 / 3,
    },
    {
      name: "a constant offset c costs c^2",
      args: [
        [1, 2, 3, 4],
        [1.5, 2.5, 3.5, 4.5],
      ],
      expected: 0.25,
    },
    {
      name: "symmetric in its two arguments",
      args: [
        [2.5, 0, 2, 8],
        [3, -0.5, 2, 7],
      ],
      expected: 0.375,
    },
    {
      name: "one outlier dominates",
      args: [
        [0, 0, 0, 0, 0],
        [0.1, -0.1, 0.1, -0.1, 10],
      ],
      expected: (4 * 0.01 + 100) / 5,
    },
    {
      name: "fractional errors below 1 shrink when squared",
      args: [
        [0, 0],
        [0.5, 0.25],
      ],
      expected: 0.15625,
    },
    {
      name: "large values with small errors",
      args: [
        [1e8, 2e8, -3e8],
        [1e8 + 3, 2e8 - 4, -3e8],
      ],
      expected: 25 / 3,
    },
    {
      name: "large errors",
      args: [
        [1e6, -1e6],
        [-1e6, 1e6],
      ],
      expected: 4e12,
    },
    { name: "1000 samples (a mean, not a sum)", args: [manyTrue, manyPred] },
    { name: "different lengths must throw", tier: "required", args: [[1, 2], [1]], throws: true },
    { name: "more predictions than targets must throw", tier: "required", args: [[1], [1, 2]], throws: true },
    { name: "no samples must throw", tier: "required", args: [[], []], throws: true },
  ],
  random: {
    seed: 20261304,
    count: 20,
    args: (fc) =>
      fc
        .array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), { minLength: 1, maxLength: 12 })
        .map((pairs) => [pairs.map(([y]) => y / 100), pairs.map(([, p]) => p / 100)]),
  },
});
