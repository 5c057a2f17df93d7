import { defineTests } from "@/lib/exercises/test-kit";
import { hilbert, identity, rotation, scaled, secondDifference, transpose } from "../test-data";

const binomial = (n: number, k: number) => {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
};
const hilbertInverse = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (-1) ** (i + j) * (i + j + 1) * binomial(n + i, n - j - 1) * binomial(n + j, n - i - 1) * binomial(i + j, i) ** 2),
  );

const secondDifferenceInverse = (n: number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => ((Math.min(i, j) + 1) * (n - Math.max(i, j))) / (n + 1)));

/** Householder reflection I - 2 v v^T / (v^T v): symmetric and orthogonal, its own inverse. */
const householder = (v: number[]) => {
  const vv = v.reduce((s, x) => s + x * x, 0);
  return v.map((vi, i) => v.map((vj, j) => (i === j ? 1 : 0) - (2 * vi * vj) / vv));
};

/** [[e, 2, 3], [4, 5, 6], [7, 8, 10]] and its inverse adj(A) / det(A), det = 2e - 5. */
const cornerPivot = (e: number) => [
  [e, 2, 3],
  [4, 5, 6],
  [7, 8, 10],
];
const cornerPivotInverse = (e: number) =>
  scaled(
    [
      [2, 4, -3],
      [2, 10 * e - 21, 12 - 6 * e],
      [-3, 14 - 8 * e, 5 * e - 8],
    ],
    1 / (2 * e - 5),
  );

/** [[1, 1], [1, 1 + d]]: the second pivot is d = fl(1 + d) - 1 exactly; inverse [[1 + d, -1], [-1, 1]] / d. */
const nearlySingular = (d: number) => {
  const a = 1 + d;
  const delta = a - 1;
  return {
    A: [
      [1, 1],
      [1, a],
    ],
    inverse: scaled(
      [
        [a, -1],
        [-1, 1],
      ],
      1 / delta,
    ),
  };
};
const close11 = nearlySingular(1e-11);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "1 x 1: the reciprocal", args: [[[4]]], expected: [[0.25]] },
    {
      name: "2 x 2: swap the diagonal, negate the rest, divide by ad - bc",
      args: [
        [
          [4, 7],
          [2, 6],
        ],
      ],
      expected: [
        [0.6, -0.7],
        [-0.2, 0.4],
      ],
    },
    { name: "identity 6 x 6 is its own inverse", args: [identity(6)], expected: identity(6) },
    {
      name: "diagonal: reciprocals",
      args: [
        [
          [2, 0, 0, 0],
          [0, -4, 0, 0],
          [0, 0, 0.5, 0],
          [0, 0, 0, 10],
        ],
      ],
      expected: [
        [0.5, 0, 0, 0],
        [0, -0.25, 0, 0],
        [0, 0, 2, 0],
        [0, 0, 0, 0.1],
      ],
    },
    {
      name: "non-symmetric 3 x 3 with an integer inverse",
      args: [
        [
          [1, 2, 3],
          [0, 1, 4],
          [5, 6, 0],
        ],
      ],
      expected: [
        [-24, 18, 5],
        [20, -15, -4],
        [-5, 4, 1],
      ],
    },
    {
      name: "upper bidiagonal: the inverse is all ones above the diagonal",
      args: [
        [
          [1, -1, 0, 0],
          [0, 1, -1, 0],
          [0, 0, 1, -1],
          [0, 0, 0, 1],
        ],
      ],
      expected: [
        [1, 1, 1, 1],
        [0, 1, 1, 1],
        [0, 0, 1, 1],
        [0, 0, 0, 1],
      ],
    },
    {
      name: "cyclic permutation: a zero pivot in every column",
      args: [
        [
          [0, 1, 0],
          [0, 0, 1],
          [1, 0, 0],
        ],
      ],
      expected: [
        [0, 0, 1],
        [1, 0, 0],
        [0, 1, 0],
      ],
    },
    {
      name: "quarter turn [[0, 1], [-1, 0]]",
      args: [
        [
          [0, 1],
          [-1, 0],
        ],
      ],
      expected: [
        [0, -1],
        [1, 0],
      ],
    },
    { name: "rotation by 0.7 rad: the inverse is the transpose", args: [rotation(0.7)], expected: transpose(rotation(0.7)) },
    { name: "Householder reflection 4 x 4 is its own inverse", args: [householder([1, -2, 0.5, 3])], expected: householder([1, -2, 0.5, 3]) },
    { name: "second-difference matrix 7 x 7 (closed-form inverse)", args: [secondDifference(7)], expected: secondDifferenceInverse(7) },
    { name: "Hilbert 4 x 4 (integer inverse, condition number 1.6e4)", args: [hilbert(4)], expected: hilbertInverse(4) },
    {
      name: "tiny pivot 1e-20 in the corner",
      args: [
        [
          [1e-20, 1],
          [1, 1],
        ],
      ],
      expected: scaled(
        [
          [1, -1],
          [-1, 1e-20],
        ],
        1 / (1e-20 - 1),
      ),
    },
    { name: "tiny pivot 1e-11 in the corner: without pivoting the error is ~3e-4", args: [cornerPivot(1e-11)], expected: cornerPivotInverse(1e-11) },
    { name: "zero in the corner, 3 x 3", args: [cornerPivot(0)], expected: cornerPivotInverse(0) },
    { name: "small but regular: pivots of 1e-11 are above the 1e-12 threshold", args: [scaled(identity(3), 1e-11)], expected: scaled(identity(3), 1e11) },
    {
      name: "entries of order 1e-6",
      args: [
        [
          [1e-6, 2e-6],
          [3e-6, 4e-6],
        ],
      ],
      expected: [
        [-2e6, 1e6],
        [1.5e6, -0.5e6],
      ],
    },
    {
      name: "entries of order 1e6",
      args: [
        [
          [1e6, 2e6],
          [3e6, 4e6],
        ],
      ],
      expected: [
        [-2e-6, 1e-6],
        [1.5e-6, -0.5e-6],
      ],
    },
    { name: "nearly singular: last pivot 1e-11", args: [close11.A], expected: close11.inverse },
    // Scale: the catalog's absolute threshold (|pivot| < 1e-12) assumes entries of order 1. Multiplying A by c
    // changes no question of singularity: inverse(c A) = inverse(A) / c. A scale-aware threshold,
    // |pivot| < 1e-12 * max |a_ij|, agrees with the catalog rule on every required case above.
    {
      name: "scale: 1e-13 I is perfectly conditioned, its inverse is 1e13 I",
      args: [scaled(identity(2), 1e-13)],
      expected: scaled(identity(2), 1e13),
      tier: "robustness",
    },
    {
      name: "scale: [[4, 7], [2, 6]] times 1e-13 is invertible, inverse times 1e13",
      args: [
        scaled(
          [
            [4, 7],
            [2, 6],
          ],
          1e-13,
        ),
      ],
      expected: scaled(
        [
          [0.6, -0.7],
          [-0.2, 0.4],
        ],
        1e13,
      ),
      tier: "robustness",
    },
    {
      name: "scale: the 3 x 3 example times 1e-14 is invertible",
      args: [
        scaled(
          [
            [0, 1, 2],
            [1, 0, 3],
            [4, -3, 8],
          ],
          1e-14,
        ),
      ],
      expected: scaled(
        [
          [-4.5, 7, -1.5],
          [-2, 4, -1],
          [1.5, -2, 0.5],
        ],
        1e14,
      ),
      tier: "robustness",
    },
    {
      name: "scale: 1e12 times a matrix whose last pivot is 1e-13 is still singular, must throw",
      args: [scaled(nearlySingular(1e-13).A, 1e12)],
      throws: true,
      tier: "robustness",
    },
    {
      name: "scale: [[1e9, 2e9], [2e9, 4e9 + 1e-3]] is singular to 12 digits (last pivot -5e-4), must throw",
      args: [
        [
          [1e9, 2e9],
          [2e9, 4e9 + 1e-3],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    { name: "0 x 0 (empty) matrix: its inverse is empty", args: [[]], expected: [], tier: "robustness" },
    {
      name: "singular 2 x 2 (proportional rows) must throw",
      args: [
        [
          [1, 2],
          [2, 4],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "zero matrix must throw",
      args: [
        [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "a zero row must throw",
      args: [
        [
          [1, 2, 3],
          [0, 0, 0],
          [4, 5, 6],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "1 2 3 / 4 5 6 / 7 8 9 must throw (rounding leaves a pivot of ~1e-16)",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "row 4 = row 1 + row 2 must throw",
      args: [
        [
          [2, 1, 0, 3],
          [1, -1, 4, 0.5],
          [0, 3, 1, 1],
          [3, 0, 4, 3.5],
        ],
      ],
      throws: true,
      tier: "required",
    },
    { name: "last pivot 1e-13 after elimination must throw", args: [nearlySingular(1e-13).A], throws: true, tier: "required" },
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
    { name: "one empty row (1 x 0) must throw", args: [[[]]], throws: true, tier: "required" },
  ],
  random: {
    seed: 20261202,
    count: 20,
    // Well-conditioned by construction: strictly diagonally dominant, then the rows are rotated so
    // that the large entries are off the diagonal and pivoting has work to do.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 7 }),
          shift: fc.integer({ min: 0, max: 6 }),
          values: fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 49, maxLength: 49 }),
          margins: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 7, maxLength: 7 }),
          signs: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        })
        .map(({ n, shift, values, margins, signs }) => {
          const M = Array.from({ length: n }, (_, i) => values.slice(i * 7, i * 7 + n).map((v) => v / 100));
          M.forEach((row, i) => {
            const offDiagonal = row.reduce((s, v, j) => (j === i ? s : s + Math.abs(v)), 0);
            row[i] = (signs[i] ? -1 : 1) * (offDiagonal + margins[i] / 10);
          });
          return [M.map((_, i) => M[(i + shift) % n])];
        }),
  },
});
