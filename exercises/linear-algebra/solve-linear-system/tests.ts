import { defineTests } from "@/lib/exercises/test-kit";
import { hilbert, identity, scaled, secondDifference } from "../test-data";

const times = (A: number[][], x: number[]) => A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
const parabola = (n: number) => Array.from({ length: n }, (_, i) => ((i + 1) * (n - i)) / 2);

/** An integer 10 x 10 matrix with a zero diagonal, so that every step needs a row swap. */
const zeroDiagonal10 = Array.from({ length: 10 }, (_, i) =>
  Array.from({ length: 10 }, (_, j) => (i === j ? 0 : ((3 * i + 5 * j) % 7) - 3 + (j === (i + 1) % 10 ? 10 : 0))),
);
const x10 = [1, -2, 3, -4, 5, 0.5, -1.5, 2.5, 0, 1];

/** [[e, 1], [1, 1]] x = [1, 2] is solved by x = [1 / (1 - e), (1 - 2e) / (1 - e)]. */
const tinyCorner = (e: number) => ({
  A: [
    [e, 1],
    [1, 1],
  ],
  b: [1, 2],
  x: [1 / (1 - e), (1 - 2 * e) / (1 - e)],
});
/** [[e, 2, 3], [4, 5, 6], [7, 8, 10]] x = [1, 2, 3]: x = [1, 2e - 4, 1 - e] / (2e - 5) (Cramer's rule). */
const tinyCorner3 = (e: number) => ({
  A: [
    [e, 2, 3],
    [4, 5, 6],
    [7, 8, 10],
  ],
  b: [1, 2, 3],
  x: [1, 2 * e - 4, 1 - e].map((v) => v / (2 * e - 5)),
});

/** First column [1e-11, -5, -1]: the largest entry is the tiny one, the largest |entry| is -5. */
const negativeColumn = [
  [1e-11, 1, 2],
  [-5, 2, 1],
  [-1, -1, 3],
];
/** Cramer's rule for negativeColumn x = [1, 2, 3], with e = 1e-11 kept symbolic: det = 7e + 28. */
const negativeColumnSolution = ((e: number) => [-12, 3 * e - 12, 8 * e + 20].map((v) => v / (7 * e + 28)))(1e-11);

const corner20 = tinyCorner(1e-20);
const corner2e12 = tinyCorner(2e-12);
const corner3 = tinyCorner3(1e-11);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "1 x 1", args: [[[4]], [10]], expected: [2.5] },
    {
      name: "textbook 3 x 3: 2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3",
      args: [
        [
          [2, 1, -1],
          [-3, -1, 2],
          [-2, 1, 2],
        ],
        [8, -11, -3],
      ],
      expected: [2, 3, -1],
    },
    { name: "identity: x = b", args: [identity(5), [3, -1, 4, -1, 5]], expected: [3, -1, 4, -1, 5] },
    {
      name: "diagonal system",
      args: [
        [
          [2, 0, 0],
          [0, -4, 0],
          [0, 0, 0.5],
        ],
        [1, 2, 3],
      ],
      expected: [0.5, -0.5, 6],
    },
    {
      name: "upper triangular: back substitution only",
      args: [
        [
          [2, 1, -1],
          [0, 3, 2],
          [0, 0, 4],
        ],
        [3, 13, 8],
      ],
      expected: [1, 3, 2],
    },
    {
      name: "lower triangular",
      args: [
        [
          [2, 0, 0],
          [1, 3, 0],
          [-1, 2, 4],
        ],
        [4, 11, 12],
      ],
      expected: [2, 3, 2],
    },
    {
      name: "swap needed: [[0, 1], [1, 0]]",
      args: [
        [
          [0, 1],
          [1, 0],
        ],
        [3, 4],
      ],
      expected: [4, 3],
    },
    {
      name: "zero pivot appears in the middle of elimination",
      args: [
        [
          [1, 2, 3],
          [2, 4, 7],
          [1, 3, 2],
        ],
        [6, 13, 6],
      ],
      expected: [1, 1, 1],
    },
    { name: "tiny pivot 1e-20: without pivoting x1 comes out 0 instead of 1", args: [corner20.A, corner20.b], expected: corner20.x },
    { name: "tiny pivot 2e-12: without pivoting x1 is off by 2e-5", args: [corner2e12.A, corner2e12.b], expected: corner2e12.x },
    { name: "tiny pivot 1e-11 in a 3 x 3", args: [corner3.A, corner3.b], expected: corner3.x },
    { name: "negative pivot candidates: the largest |entry| wins, not the largest entry", args: [negativeColumn, [1, 2, 3]], expected: negativeColumnSolution },
    { name: "10 x 10 with a zero diagonal", args: [zeroDiagonal10, times(zeroDiagonal10, x10)], expected: x10 },
    { name: "second-difference matrix 9 x 9, right-hand side all ones: a parabola", args: [secondDifference(9), new Array(9).fill(1)], expected: parabola(9) },
    {
      name: "Hilbert 5 x 5 (condition number 4.8e5), b = row sums: x = all ones",
      args: [hilbert(5), hilbert(5).map((row) => row.reduce((s, v) => s + v, 0))],
      expected: [1, 1, 1, 1, 1],
    },
    {
      name: "zero right-hand side: x = 0",
      args: [
        [
          [3, 1],
          [1, 2],
        ],
        [0, 0],
      ],
      expected: [0, 0],
    },
    {
      name: "entries of order 1e-6",
      args: [
        scaled(
          [
            [2, 1, -1],
            [-3, -1, 2],
            [-2, 1, 2],
          ],
          1e-6,
        ),
        [8e-6, -11e-6, -3e-6],
      ],
      expected: [2, 3, -1],
    },
    {
      name: "entries of order 1e8",
      args: [
        scaled(
          [
            [2, 1, -1],
            [-3, -1, 2],
            [-2, 1, 2],
          ],
          1e8,
        ),
        [8, -11, -3],
      ],
      expected: [2e-8, 3e-8, -1e-8],
    },
    {
      name: "huge right-hand side",
      args: [
        [
          [4, -2],
          [1, 1],
        ],
        [2e12, 3e12],
      ],
      expected: [1.3333333333333333e12, 1.6666666666666667e12],
    },
    // Singularity is not named by the catalog row for solve: it is a robustness check, by the scale-aware rule
    // |pivot| < 1e-12 * max |a_ij| (the catalog's matrix-inverse threshold made independent of units).
    { name: "0 x 0 system: the solution is empty", args: [[], []], expected: [], tier: "robustness" },
    {
      name: "singular, consistent (infinitely many solutions) must throw",
      args: [
        [
          [1, 2],
          [2, 4],
        ],
        [3, 6],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "singular, inconsistent (no solution) must throw",
      args: [
        [
          [1, 2],
          [2, 4],
        ],
        [3, 7],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "1 2 3 / 4 5 6 / 7 8 9 must throw (rounding leaves a pivot of ~1e-16)",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
        [6, 15, 24],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "zero matrix must throw",
      args: [
        [
          [0, 0],
          [0, 0],
        ],
        [1, 1],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "last pivot 1e-13 after elimination must throw",
      args: [
        [
          [1, 1],
          [1, 1 + 1e-13],
        ],
        [2, 2],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "scale: 1e-13 I is perfectly conditioned, x = b / 1e-13",
      args: [
        [
          [1e-13, 0],
          [0, 1e-13],
        ],
        [1e-13, 2e-13],
      ],
      expected: [1, 2],
      tier: "robustness",
    },
    {
      name: "scale: the textbook 3 x 3 times 1e-13 is regular",
      args: [
        scaled(
          [
            [2, 1, -1],
            [-3, -1, 2],
            [-2, 1, 2],
          ],
          1e-13,
        ),
        [8e-13, -11e-13, -3e-13],
      ],
      expected: [2, 3, -1],
      tier: "robustness",
    },
    {
      name: "scale: 1e12 times a matrix whose last pivot is 1e-13 is still singular, must throw",
      args: [
        [
          [1e12, 1e12],
          [1e12, 1e12 * (1 + 1e-13)],
        ],
        [2e12, 2e12],
      ],
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
        [1, 2],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "b shorter than A must throw",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [1],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "b longer than A must throw",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [1, 2, 3],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "non-square A must throw",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [1, 2],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "non-square A (3 x 2) must throw",
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        [1, 2, 3],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "ragged A must throw",
      args: [
        [
          [1, 2],
          [3, 4, 5],
        ],
        [1, 2],
      ],
      throws: true,
      tier: "robustness",
    },
  ],
  random: {
    seed: 20261203,
    count: 20,
    // Well-conditioned by construction: strictly diagonally dominant, then the rows (and b) are
    // rotated so that the dominant entries sit off the diagonal and pivoting has work to do.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 8 }),
          shift: fc.integer({ min: 0, max: 7 }),
          values: fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 64, maxLength: 64 }),
          margins: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 8, maxLength: 8 }),
          signs: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
          b: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 8, maxLength: 8 }),
        })
        .map(({ n, shift, values, margins, signs, b }) => {
          const M = Array.from({ length: n }, (_, i) => values.slice(i * 8, i * 8 + n).map((v) => v / 100));
          M.forEach((row, i) => {
            const offDiagonal = row.reduce((s, v, j) => (j === i ? s : s + Math.abs(v)), 0);
            row[i] = (signs[i] ? -1 : 1) * (offDiagonal + margins[i] / 10);
          });
          return [M.map((_, i) => M[(i + shift) % n]), b.slice(0, n).map((v) => v / 10)];
        }),
  },
});
