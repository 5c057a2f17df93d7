import { defineTests } from "@/lib/exercises/test-kit";

const shift = (X: number[][], offsets: number[]) => X.map((row) => row.map((x, j) => x + offsets[j]));
const scores = [
  [90, 60, 90],
  [90, 90, 30],
  [60, 60, 60],
  [60, 60, 90],
  [30, 30, 30],
];
const scoresCov = [
  [630, 450, 225],
  [450, 450, 0],
  [225, 0, 900],
];
const numpyDoc = [
  [0, 2],
  [1, 1],
  [2, 0],
];

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "numpy's example: perfectly anti-correlated",
      args: [numpyDoc],
      expected: [
        [1, -1],
        [-1, 1],
      ],
    },
    {
      name: "two identical trends",
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ],
      expected: [
        [4, 4],
        [4, 4],
      ],
    },
    { name: "test scores: 5 students, 3 subjects", args: [scores], expected: scoresCov },
    { name: "one feature: the sample variance", args: [[[2], [4], [4], [4], [5], [5], [7], [9]]], expected: [[32 / 7]] },
    {
      name: "exactly 2 rows",
      args: [
        [
          [1, 5],
          [3, 1],
        ],
      ],
      expected: [
        [2, -4],
        [-4, 8],
      ],
    },
    {
      name: "a constant column has zero variance and zero covariance",
      args: [
        [
          [1, 7],
          [2, 7],
          [4, 7],
        ],
      ],
      expected: [
        [7 / 3, 0],
        [0, 0],
      ],
    },
    {
      name: "more features than rows",
      args: [
        [
          [1, 0, 2, -1],
          [3, 1, 0, 1],
        ],
      ],
      expected: [
        [2, 1, -2, 2],
        [1, 0.5, -1, 1],
        [-2, -1, 2, -2],
        [2, 1, -2, 2],
      ],
    },
    {
      name: "decimals (values from numpy)",
      args: [
        [
          [2.1, 8.0, -1.5],
          [2.5, 10.0, -1.9],
          [3.6, 12.0, -3.1],
          [4.0, 14.0, -3.8],
          [1.2, 6.5, -0.2],
          [3.0, 11.1, -2.0],
        ],
      ],
      expected: [
        [1.0466666666666669, 2.7453333333333334, -1.2666666666666666],
        [2.7453333333333334, 7.406666666666666, -3.3133333333333344],
        [-1.2666666666666666, -3.3133333333333344, 1.581666666666667],
      ],
    },
    {
      name: "far from the origin (offset 1e9): shifting the data does not change the covariance",
      args: [shift(numpyDoc, [1e9, 1e9])],
      expected: [
        [1, -1],
        [-1, 1],
      ],
    },
    { name: "offsets 1e12 and -3e8", args: [shift(scores, [1e12, -3e8, 0])], expected: scoresCov },
    {
      name: "offset 1e8 with decimals",
      args: [
        shift(
          [
            [0.5, 1.5],
            [1.25, -0.5],
            [2, 0.25],
            [0.25, 1],
          ],
          [1e8, -1e8],
        ),
      ],
    },
    { name: "large values (1e6 scale)", args: [scores.map((row) => row.map((x) => x * 1e6))], expected: scoresCov.map((row) => row.map((x) => x * 1e12)) },
    { name: "20 observations, 4 features", args: [Array.from({ length: 20 }, (_, i) => [Math.sin(i), Math.cos(2 * i) * 3, i / 10, Math.sin(i) + (i % 3)])] },
    { name: "a single row must throw (n - 1 = 0)", args: [[[1, 2, 3]]], throws: true, tier: "robustness" },
    { name: "a single row of one feature must throw (n - 1 = 0)", args: [[[4]]], throws: true, tier: "robustness" },
    { name: "no rows must throw", args: [[]], throws: true, tier: "robustness" },
    { name: "rows with no features: the 0 x 0 matrix", args: [[[], []]], expected: [], tier: "robustness" },
    { name: "ragged rows must throw", args: [[[1, 2], [3, 4], [5]]], throws: true, tier: "robustness" },
  ],
  random: {
    seed: 20261204,
    count: 25,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 2, max: 10 }),
          d: fc.integer({ min: 1, max: 5 }),
          values: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 50, maxLength: 50 }),
          offset: fc.constantFrom(0, 0, 100, -1e4, 1e6),
        })
        .map(({ n, d, values, offset }) => [Array.from({ length: n }, (_, i) => values.slice(i * d, i * d + d).map((v) => v / 10 + offset))]),
  },
});
