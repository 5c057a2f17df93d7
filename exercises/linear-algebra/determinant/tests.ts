import { defineTests } from "@/lib/exercises/test-kit";
import { identity, secondDifference } from "../test-data";

/** Vandermonde matrix V[i][j] = x_i^j; det V = prod over i < j of (x_j - x_i). */
const vandermonde = (nodes: number[]) => nodes.map((x) => nodes.map((_, j) => x ** j));

/** I + u v^T: by the matrix determinant lemma, det = 1 + v . u. */
const rankOneUpdate = (u: number[], v: number[]) => u.map((ui, i) => v.map((vj, j) => (i === j ? 1 : 0) + ui * vj));

/** The anti-diagonal (reversal) permutation of size n: det = (-1)^(n (n - 1) / 2). */
const reversal = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i + j === n - 1 ? 1 : 0)));

/** A diagonal matrix whose rows are then cyclically shifted by one: every pivot needs a swap. */
const shiftedDiagonal = (d: number[]) => {
  const n = d.length;
  const D = d.map((value, i) => d.map((_, j) => (i === j ? value : 0)));
  return D.map((_, i) => D[(i + 1) % n]);
};

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "1 x 1: the entry itself", args: [[[-3.5]]], expected: -3.5 },
    {
      name: "2 x 2: ad - bc",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      expected: -2,
    },
    {
      name: "3 x 3 by hand",
      args: [
        [
          [2, -3, 1],
          [2, 0, -1],
          [1, 4, 5],
        ],
      ],
      expected: 49,
    },
    { name: "identity 10 x 10", args: [identity(10)], expected: 1 },
    {
      name: "swapping two rows flips the sign",
      args: [
        [
          [3, 4],
          [1, 2],
        ],
      ],
      expected: 2,
    },
    {
      name: "zero in the top-left corner (a pivot must be swapped in)",
      args: [
        [
          [0, 1],
          [1, 0],
        ],
      ],
      expected: -1,
    },
    {
      name: "zero on the diagonal further down",
      args: [
        [
          [1, 2, 3],
          [2, 4, 7],
          [1, 3, 2],
        ],
      ],
      expected: -1,
    },
    { name: "reversal permutation 5 x 5 (even)", args: [reversal(5)], expected: 1 },
    { name: "reversal permutation 6 x 6 (odd)", args: [reversal(6)], expected: -1 },
    { name: "cyclically shifted diagonal 4 x 4", args: [shiftedDiagonal([2, -3, 5, 0.5])], expected: 15 },
    { name: "cyclically shifted diagonal 7 x 7", args: [shiftedDiagonal([1, 2, 3, 4, 5, 6, 7])], expected: 5040 },
    {
      name: "upper triangular: product of the diagonal",
      args: [
        [
          [2, 7, -1, 3],
          [0, -3, 4, 1],
          [0, 0, 0.5, 8],
          [0, 0, 0, 4],
        ],
      ],
      expected: -12,
    },
    {
      name: "lower triangular: product of the diagonal",
      args: [
        [
          [-1, 0, 0],
          [5, 2, 0],
          [-7, 3, 6],
        ],
      ],
      expected: -12,
    },
    {
      name: "tiny pivot 1e-20 in the corner",
      args: [
        [
          [1e-20, 1],
          [1, 1],
        ],
      ],
      expected: -1,
    },
    {
      name: "tiny pivot 1e-17: elimination without pivoting loses everything",
      args: [
        [
          [1e-17, 1, 1],
          [1, 1, 0],
          [1, 0, 1],
        ],
      ],
      expected: -2,
    },
    {
      name: "tiny pivot 1e-14: elimination without pivoting is 6% off",
      args: [
        [
          [1e-14, 1, 2],
          [1, 3, 4],
          [2, 5, 7],
        ],
      ],
      expected: -1 + 1e-14,
    },
    {
      name: "two equal rows: singular",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [1, 2, 3],
        ],
      ],
      expected: 0,
    },
    {
      name: "proportional rows: singular",
      args: [
        [
          [1, -2, 4, 0.5],
          [3, 1, 0, 2],
          [-2, 4, -8, -1],
          [0, 5, 1, 1],
        ],
      ],
      expected: 0,
    },
    {
      name: "1 2 3 / 4 5 6 / 7 8 9: singular, rounding leaves ~1e-16",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
      expected: 0,
    },
    {
      name: "a zero column",
      args: [
        [
          [1, 0, 2],
          [3, 0, 4],
          [5, 0, 6],
        ],
      ],
      expected: 0,
    },
    {
      name: "zero matrix 4 x 4",
      args: [
        [
          [0, 0, 0, 0],
          [0, 0, 0, 0],
          [0, 0, 0, 0],
          [0, 0, 0, 0],
        ],
      ],
      expected: 0,
    },
    { name: "second-difference matrix 10 x 10: det = n + 1", args: [secondDifference(10)], expected: 11 },
    { name: "Vandermonde 5 x 5 on -2, -1, 0.5, 1, 3", args: [vandermonde([-2, -1, 0.5, 1, 3])], expected: 1 * 2.5 * 3 * 5 * 1.5 * 2 * 4 * 0.5 * 2.5 * 2 },
    { name: "Vandermonde 10 x 10 on 1..10: det = 1! 2! ... 9!", args: [vandermonde([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])], expected: 1834933472251084800000 },
    {
      name: "I + u v^T, 8 x 8: det = 1 + v . u",
      args: [rankOneUpdate([1, -2, 0.5, 3, 0, 1, -1, 2], [0.5, 1, -2, 0.25, 4, -1, 0, 1])],
      expected: 1 + (0.5 - 2 - 1 + 0.75 + 0 - 1 + 0 + 2),
    },
    {
      name: "huge entries: det(1e60 A) = 1e180 det(A)",
      args: [
        [
          [2e60, -3e60, 1e60],
          [2e60, 0, -1e60],
          [1e60, 4e60, 5e60],
        ],
      ],
      expected: 49e180,
    },
    {
      name: "scaled by 1000: det(1000 A) = 1000^3 det(A)",
      args: [
        [
          [2000, -3000, 1000],
          [2000, 0, -1000],
          [1000, 4000, 5000],
        ],
      ],
      expected: 49e9,
    },
    {
      name: "scaled by 1e-3: det(A / 1000) = det(A) / 1000^3",
      args: [
        [
          [0.002, -0.003, 0.001],
          [0.002, 0, -0.001],
          [0.001, 0.004, 0.005],
        ],
      ],
      expected: 49e-9,
    },
    {
      name: "tiny entries 1e-4: the determinant -2e-8 is not 0",
      args: [
        [
          [1e-4, 2e-4],
          [3e-4, 4e-4],
        ],
      ],
      expected: -2e-8,
    },
    {
      name: "a pivot of 1e-13 is not a zero pivot: det diag(1e-13, 1e13) = 1",
      args: [
        [
          [1e-13, 0],
          [0, 1e13],
        ],
      ],
      expected: 1,
      tier: "robustness",
    },
    { name: "0 x 0 (empty) matrix: the empty product, 1", args: [[]], expected: 1, tier: "robustness" },
    {
      name: "2 x 3 must throw",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "3 x 2 must throw",
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "ragged rows must throw",
      args: [
        [
          [1, 2],
          [3, 4, 5],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "a short last row must throw",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    { name: "one empty row (1 x 0) must throw", args: [[[]]], throws: true, tier: "required" },
  ],
  random: {
    seed: 20261201,
    count: 20,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 10 }),
          values: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 100, maxLength: 100 }),
        })
        .map(({ n, values }) => [Array.from({ length: n }, (_, i) => values.slice(i * n, i * n + n).map((v) => v / 100))]),
  },
});
