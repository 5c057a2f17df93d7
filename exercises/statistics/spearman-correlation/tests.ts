import { defineTests } from "@/lib/exercises/test-kit";

// The first case is the worked example of Wikipedia's "Spearman's rank correlation coefficient"
// (IQ against hours of television, rho = -29/165). Values with ties were computed with
// scipy.stats.spearmanr (average ranks) or by hand from the ranks, outside this repository.
const iq = [106, 86, 100, 101, 99, 103, 97, 113, 112, 110];
const tv = [7, 0, 27, 50, 28, 29, 20, 12, 6, 17];
const longX = Array.from({ length: 1000 }, (_, i) => Math.round(Math.sin(i * 0.37) * 20));
const longY = Array.from({ length: 1000 }, (_, i) => Math.round(Math.sin(i * 0.37 + 0.4) * 15 + Math.cos(i * 1.9) * 6));

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "Wikipedia: IQ against hours of TV, rho = -29/165", args: [iq, tv], expected: -29 / 165 },
    {
      name: "a monotone but non-linear relation: rho = 1",
      args: [
        [1, 2, 3, 4, 5],
        [1, 8, 27, 64, 125],
      ],
      expected: 1,
    },
    {
      name: "exponential growth against a decreasing sequence: rho = -1",
      args: [
        [0.5, 1, 2, 4, 8, 16],
        [9, 7, 6.5, 0, -3, -100],
      ],
      expected: -1,
    },
    {
      name: "two pairs are always +/-1",
      args: [
        [1, 2],
        [5, 3],
      ],
      expected: -1,
    },
    {
      name: "one tie in x: ranks 1, 2.5, 2.5, 4",
      args: [
        [1, 2, 2, 3],
        [1, 3, 2, 4],
      ],
      expected: 3 / Math.sqrt(10),
    },
    {
      name: "three tied values in x",
      args: [
        [1, 1, 1, 2],
        [1, 2, 3, 4],
      ],
      expected: Math.sqrt(0.6),
    },
    {
      name: "ties in both variables",
      args: [
        [3, 1, 4, 1, 5, 9, 2, 6, 5, 3],
        [2, 7, 1, 8, 2, 8, 1, 8, 2, 8],
      ],
      expected: 0.13471506281091267,
    },
    {
      name: "ties in both, negative correlation",
      args: [
        [1, 2, 2, 2, 3],
        [3, 3, 1, 2, 2],
      ],
      expected: -0.4714045207910316,
    },
    {
      name: "binary variables",
      args: [
        [0, 0, 1, 1],
        [0, 1, 0, 1],
      ],
      expected: 0,
    },
    {
      name: "negative numbers and different digit counts (sort numerically)",
      args: [
        [10, 9, 2, 100, -5, -40],
        [1, 2, 3, 4, 5, 6],
      ],
      expected: -0.6571428571428573,
    },
    {
      name: "huge magnitudes do not matter, only the order",
      args: [
        [1e300, -1e300, 5, 7, -3],
        [2, 1, 3, 4, 0],
      ],
      expected: 0.6,
    },
    {
      name: "tiny differences still order the values",
      args: [
        [1e-300, 3e-300, 2e-300, 4e-300],
        [1, 2, 3, 4],
      ],
      expected: 0.8,
    },
    {
      name: "large offset",
      args: [
        [1e9 + 3, 1e9 + 1, 1e9 + 2, 1e9 + 4],
        [1e9 + 2, 1e9 + 1, 1e9 + 4, 1e9 + 3],
      ],
      expected: 0.4,
    },
    {
      name: "an outlier does not change the ranks",
      args: [
        [1, 2, 3, 4, 1000],
        [2, 1, 4, 3, 5],
      ],
      expected: 0.8,
    },
    { name: "1000 pairs with many ties", args: [longX, longY] },
    {
      name: "different lengths must throw",
      tier: "required",
      args: [
        [1, 2, 3],
        [1, 2],
      ],
      throws: true,
    },
    {
      name: "y longer than x must throw",
      tier: "required",
      args: [
        [1, 2],
        [1, 2, 3],
      ],
      throws: true,
    },
    { name: "empty samples must throw", tier: "required", args: [[], []], throws: true },
    { name: "a single pair must throw", tier: "robustness", args: [[1], [2]], throws: true },
    {
      name: "constant x must throw",
      tier: "robustness",
      args: [
        [3, 3, 3, 3],
        [1, 2, 3, 4],
      ],
      throws: true,
    },
    {
      name: "constant y must throw",
      tier: "robustness",
      args: [
        [1, 2, 3, 4],
        [0.1, 0.1, 0.1, 0.1],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261305,
    count: 25,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 2, max: 15 }),
          // Small integers give many ties; tenths in a wide range give negative and multi-digit values.
          values: fc.oneof(
            fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 30, maxLength: 30 }),
            fc.array(
              fc.integer({ min: -2000, max: 2000 }).map((v) => v / 10),
              { minLength: 30, maxLength: 30 },
            ),
          ),
        })
        .map(({ n, values }): [number[], number[]] => [values.slice(0, n), values.slice(15, 15 + n)])
        .filter(([x, y]) => x.some((v) => v !== x[0]) && y.some((v) => v !== y[0])),
  },
});
