import { defineTests } from "@/lib/exercises/test-kit";
import { hilbert, identity, matmul, scaled } from "../test-data";

const zeros = (m: number, n: number) => Array.from({ length: m }, () => new Array(n).fill(0));
const diag = (d: number[]) => d.map((value, i) => d.map((_, j) => (i === j ? value : 0)));
const outer = (u: number[], v: number[]) => u.map((a) => v.map((b) => a * b));
/** 1 2 3 / 4 5 6 / 7 8 9: row 3 = 2 row 2 - row 1, rank 2; elimination leaves a rounding-size last pivot. */
const m123 = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
];
/** Dürer's magic square (Melencolia I): singular, rank 3. */
const durer = [
  [16, 3, 2, 13],
  [5, 10, 11, 8],
  [9, 6, 7, 12],
  [4, 15, 14, 1],
];
/** An 8 x 8 product of 8 x 3 and 3 x 8 integer factors: rank 3. */
const lowRank8 = matmul(
  Array.from({ length: 8 }, (_, i) => [((i * 5) % 7) - 3, ((i * 3) % 5) - 2, (i % 4) - 1]),
  [
    [1, -2, 0, 3, 1, 2, -1, 0],
    [0, 1, 4, -1, 2, 0, 3, 1],
    [2, 0, -1, 1, -3, 1, 0, 2],
  ],
);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "identity 5 x 5: full rank", args: [identity(5)], expected: 5 },
    { name: "zero matrix: rank 0 (the default tol is 0 and 0 does not exceed it)", args: [zeros(3, 4)], expected: 0 },
    {
      name: "proportional rows: rank 1",
      args: [
        [
          [1, 2],
          [2, 4],
        ],
      ],
      expected: 1,
    },
    { name: "1 2 3 / 4 5 6 / 7 8 9: rank 2 (the last pivot is rounding noise)", args: [m123], expected: 2 },
    { name: "Dürer's magic square: rank 3", args: [durer], expected: 3 },
    {
      name: "consecutive integers 4 x 4: rank 2",
      args: [
        [
          [1, 2, 3, 4],
          [2, 3, 4, 5],
          [3, 4, 5, 6],
          [4, 5, 6, 7],
        ],
      ],
      expected: 2,
    },
    { name: "outer product of decimal vectors: rank 1 despite rounding", args: [outer([0.1, 0.2, 0.3], [0.7, 1.1, -0.3, 0.9])], expected: 1 },
    { name: "8 x 8 product of rank-3 factors", args: [lowRank8], expected: 3 },
    { name: "Hilbert 6 x 6 (condition number 1.5e7) is still full rank", args: [hilbert(6)], expected: 6 },
    {
      name: "wide 2 x 4, full row rank",
      args: [
        [
          [1, 0, 2, -1],
          [0, 1, 3, 4],
        ],
      ],
      expected: 2,
    },
    {
      name: "tall 5 x 2, full column rank",
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
          [7, 8],
          [9, 11],
        ],
      ],
      expected: 2,
    },
    {
      name: "a zero first column: the pivot moves right",
      args: [
        [
          [0, 1, 2],
          [0, 2, 5],
        ],
      ],
      expected: 2,
    },
    {
      name: "only the last column is non-zero",
      args: [
        [
          [0, 0, 1],
          [0, 0, 2],
          [0, 0, 3],
        ],
      ],
      expected: 1,
    },
    {
      name: "zero pivot position needs a row swap",
      args: [
        [
          [0, 1],
          [1, 0],
        ],
      ],
      expected: 2,
    },
    {
      name: "tiny corner 1e-20 (row swap), rank 2",
      args: [
        [
          [1e-20, 1],
          [1, 1],
        ],
      ],
      expected: 2,
    },
    { name: "a single row", args: [[[0, 3, -4]]], expected: 1 },
    { name: "a single zero row", args: [[[0, 0, 0]]], expected: 0 },
    { name: "a single column", args: [[[1], [-2], [0.5]]], expected: 1 },
    {
      name: "scaled by 1e-12: rank is scale-invariant",
      args: [
        scaled(
          [
            [1, 2],
            [3, 4],
          ],
          1e-12,
        ),
      ],
      expected: 2,
    },
    { name: "1 2 3 / ... scaled by 1e-12: still rank 2", args: [scaled(m123, 1e-12)], expected: 2 },
    { name: "scaled by 1e9: rank 2", args: [scaled(m123, 1e9)], expected: 2 },
    { name: "default tol uses the largest ABSOLUTE entry: diag(-1e6, 1e-5)", args: [diag([-1e6, 1e-5])], expected: 1 },
    { name: "default tol is 1e-10 x max: diag(1, 2e-10) has rank 2", args: [diag([1, 2e-10])], expected: 2 },
    { name: "a pivot equal to the default tol does not count: diag(1, 1e-10)", args: [diag([1, 1e-10])], expected: 1 },
    { name: "the default tol uses the largest entry, not a norm: diag(1, 1, 1, 1, 1.5e-10) has rank 5", args: [diag([1, 1, 1, 1, 1.5e-10])], expected: 5 },
    { name: "diag(1, 1e-3, 1e-6), default tol: rank 3", args: [diag([1, 1e-3, 1e-6])], expected: 3 },
    { name: "diag(1, 1e-3, 1e-6), tol = 1e-4: rank 2", args: [diag([1, 1e-3, 1e-6]), 1e-4], expected: 2 },
    { name: "diag(1, 1e-3, 1e-6), tol = 1e-2: rank 1", args: [diag([1, 1e-3, 1e-6]), 1e-2], expected: 1 },
    {
      name: "tol larger than every entry: rank 0",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        10,
      ],
      expected: 0,
    },
    { name: "a pivot equal to tol does not count: diag(2, 0.5) with tol 0.5", args: [diag([2, 0.5]), 0.5], expected: 1 },
    {
      name: "tol = 0 on an exactly singular matrix",
      args: [
        [
          [1, 2],
          [2, 4],
        ],
        0,
      ],
      expected: 1,
    },
    { name: "tol = 0 on a full-rank matrix with tiny entries", args: [diag([1e-300, 1e-300]), 0], expected: 2 },
    {
      name: "an explicit tol is absolute, not scaled: 1e-12 [[1, 2], [3, 4]] with tol 1e-10",
      args: [
        scaled(
          [
            [1, 2],
            [3, 4],
          ],
          1e-12,
        ),
        1e-10,
      ],
      expected: 0,
    },
    { name: "no rows: rank 0", args: [[]], expected: 0, tier: "robustness" },
    {
      name: "ragged rows must throw",
      args: [
        [
          [1, 2, 3],
          [4, 5],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "a longer last row must throw",
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6, 7],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
  ],
  random: {
    seed: 20261205,
    count: 20,
    // A = B C with integer factors B (m x r) and C (r x n), so rank(A) <= r, then scaled by 10^s.
    args: (fc) =>
      fc
        .record({
          m: fc.integer({ min: 1, max: 7 }),
          n: fc.integer({ min: 1, max: 7 }),
          r: fc.integer({ min: 0, max: 7 }),
          b: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 49, maxLength: 49 }),
          c: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 49, maxLength: 49 }),
          s: fc.integer({ min: -8, max: 8 }),
        })
        .map(({ m, n, r, b, c, s }) => {
          const inner = Math.min(r, m, n);
          const B = Array.from({ length: m }, (_, i) => b.slice(i * 7, i * 7 + inner));
          const C = Array.from({ length: inner }, (_, p) => c.slice(p * 7, p * 7 + n));
          const A = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => B[i].reduce((sum, v, p) => sum + v * C[p][j], 0) * 10 ** s));
          return [A];
        }),
  },
});
