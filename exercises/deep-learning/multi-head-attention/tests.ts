import { defineTests } from "@/lib/exercises/test-kit";
import { grid } from "../test-data";
import { identity, matmul, scaled } from "../../linear-algebra/test-data";

/** The d x d zero matrix. */
const zeroMatrix = (d: number) => Array.from({ length: d }, () => new Array(d).fill(0));
const columnMeans = (A: number[][]) => A[0].map((_, c) => A.reduce((acc, row) => acc + row[c], 0) / A.length);
const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));

// Closed forms used as expected values (they hold for any Wq, Wk, or any attention weights):
// - one token: its only attention weight is 1, so the output is x Wv Wo;
// - Wq = 0 or Wk = 0: every score is 0, every head attends uniformly, every row is mean(X) Wv Wo;
// - identical tokens: every value row is the same, so every output row is x Wv Wo.
const X5 = grid(5, 4, 0.3, 2);
/** Wq, Wk, Wv, Wo (a tuple, so that `...W4` spreads into four typed arguments). */
type Weights = [number[][], number[][], number[][], number[][]];
const W4: Weights = [grid(4, 4, 1.1, 1), grid(4, 4, 2.2, 1), grid(4, 4, 3.3, 1), grid(4, 4, 4.4, 1)];
const W6: Weights = [grid(6, 6, 0.7, 1), grid(6, 6, 1.9, 1), grid(6, 6, 2.6, 1), grid(6, 6, 5.2, 1)];
const X4x6 = grid(4, 6, 2.4, 2);
const token = [[0.5, -1.5, 2, 0.25]];
const repeated = [
  [1, -2, 0.5, 3],
  [1, -2, 0.5, 3],
  [1, -2, 0.5, 3],
];
const uniformRow = matmul(matmul([columnMeans(X4x6)], W6[2]), W6[3])[0];

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Closed forms.
    {
      name: "X = I, identity weights, 2 heads of width 1",
      args: [identity(2), identity(2), identity(2), identity(2), identity(2), 2],
      expected: [
        [sigmoid(1), 0.5],
        [0.5, sigmoid(1)],
      ],
    },
    {
      name: "identity weights, d_model 4, 2 heads: contiguous blocks, scaled by sqrt(2)",
      args: [
        [
          [1, 0, 0, 0],
          [0, 0, 1, 0],
        ],
        identity(4),
        identity(4),
        identity(4),
        identity(4),
        2,
      ],
      expected: [
        [sigmoid(Math.SQRT1_2), 0, 0.5, 0],
        [0.5, 0, sigmoid(Math.SQRT1_2), 0],
      ],
    },
    {
      name: "identity weights, d_model 4, 1 head: scaled by sqrt(4)",
      args: [
        [
          [1, 0, 0, 0],
          [0, 0, 1, 0],
        ],
        identity(4),
        identity(4),
        identity(4),
        identity(4),
        1,
      ],
      expected: [
        [sigmoid(0.5), 0, 1 - sigmoid(0.5), 0],
        [1 - sigmoid(0.5), 0, sigmoid(0.5), 0],
      ],
    },
    { name: "a single token attends only to itself: x Wv Wo", args: [token, ...W4, 2], expected: matmul(matmul(token, W4[2]), W4[3]) },
    { name: "a single token with 4 heads of width 1", args: [token, ...W4, 4], expected: matmul(matmul(token, W4[2]), W4[3]) },
    {
      name: "Wq = 0: uniform attention, every row is mean(X) Wv Wo",
      args: [X4x6, zeroMatrix(6), W6[1], W6[2], W6[3], 3],
      expected: [uniformRow, uniformRow, uniformRow, uniformRow],
    },
    {
      name: "Wk = 0: uniform attention, every row is mean(X) Wv Wo",
      args: [X4x6, W6[0], zeroMatrix(6), W6[2], W6[3], 2],
      expected: [uniformRow, uniformRow, uniformRow, uniformRow],
    },
    {
      name: "identical tokens: every row is x Wv Wo",
      args: [repeated, ...W4, 2],
      expected: [0, 1, 2].map(() => matmul(matmul([repeated[0]], W4[2]), W4[3])[0]),
    },
    { name: "Wv = 0 gives zeros", args: [X5, W4[0], W4[1], zeroMatrix(4), W4[3], 2], expected: X5.map(() => [0, 0, 0, 0]) },
    { name: "d_model 1, one head", args: [[[2], [-1], [0.5]], [[1.5]], [[-0.5]], [[2]], [[-1]], 1] },
    // Head layouts.
    { name: "d_model 4, 2 heads of width 2", args: [X5, ...W4, 2] },
    { name: "d_model 4, 1 head (plain attention with projections)", args: [X5, ...W4, 1] },
    { name: "d_model 4, 4 heads of width 1 (scale 1)", args: [X5, ...W4, 4] },
    { name: "d_model 6, 3 heads of width 2", args: [X4x6, ...W6, 3] },
    { name: "d_model 6, 2 heads of width 3", args: [X4x6, ...W6, 2] },
    { name: "d_model 8, 4 heads, 8 tokens", args: [grid(8, 8, 0.9, 1.5), grid(8, 8, 1.2, 1), grid(8, 8, 2.5, 1), grid(8, 8, 3.8, 1), grid(8, 8, 5.1, 1), 4] },
    { name: "d_model 8, 2 heads, 3 tokens", args: [grid(3, 8, 4.1, 2), grid(8, 8, 0.4, 1), grid(8, 8, 1.6, 1), grid(8, 8, 2.9, 1), grid(8, 8, 4.7, 1), 2] },
    {
      name: "two tokens, non-symmetric weights",
      args: [
        [
          [1, 2, -1, 0.5],
          [-0.5, 1, 3, -2],
        ],
        [
          [1, 0, 0, 0.5],
          [0, 2, 0, 0],
          [0.5, 0, -1, 0],
          [0, 0, 0, 1],
        ],
        [
          [0, 1, 0, 0],
          [1, 0, 0, 0],
          [0, 0, 0, 1],
          [0, 0, 1, 0],
        ],
        [
          [2, 0, 0, 0],
          [0, -1, 0, 0],
          [0, 0, 0.5, 0],
          [1, 1, 1, 1],
        ],
        [
          [1, 2, 3, 4],
          [0, 1, 0, 0],
          [0, 0, 1, 0],
          [-1, 0, 0, 1],
        ],
        2,
      ],
    },
    // Large scores: the softmax must be shifted row by row.
    {
      name: "scores in the thousands do not overflow",
      args: [scaled(grid(4, 4, 0.5, 2), 30), identity(4), identity(4), grid(4, 4, 1.4, 1), grid(4, 4, 2.8, 1), 2],
    },
    {
      name: "very negative scores do not underflow to 0/0",
      args: [
        scaled(
          [
            [1, 1, 1, 1],
            [1, 1, 1.01, 1],
            [0.99, 1, 1, 1],
          ],
          40,
        ),
        scaled(identity(4), -1),
        identity(4),
        grid(4, 4, 3.1, 1),
        grid(4, 4, 0.2, 1),
        2,
      ],
    },
    {
      name: "large scores in one head, small in the other",
      args: [
        [
          [60, 0, 0.1, 0.2],
          [-60, 0, 0.3, -0.1],
          [30, 0, -0.2, 0.4],
        ],
        identity(4),
        identity(4),
        identity(4),
        grid(4, 4, 1.9, 1),
        2,
      ],
    },
    // Bad arguments.
    { name: "d_model 6 is not divisible by 4 heads: must throw", tier: "required", args: [X4x6, ...W6, 4], throws: true },
    {
      name: "d_model 3 is not divisible by 2 heads: must throw",
      tier: "required",
      args: [grid(2, 3, 0.1, 1), grid(3, 3, 0.2, 1), grid(3, 3, 0.3, 1), grid(3, 3, 0.4, 1), grid(3, 3, 0.5, 1), 2],
      throws: true,
    },
    { name: "more heads than columns: must throw", tier: "required", args: [identity(2), identity(2), identity(2), identity(2), identity(2), 4], throws: true },
    { name: "numHeads 0 must throw", tier: "robustness", args: [X5, ...W4, 0], throws: true },
    { name: "negative numHeads must throw", tier: "robustness", args: [X5, ...W4, -2], throws: true },
    { name: "non-integer numHeads must throw", tier: "robustness", args: [X5, ...W4, 1.5], throws: true },
    { name: "Wq that is not d_model x d_model must throw", tier: "required", args: [X5, grid(4, 3, 0.1, 1), W4[1], W4[2], W4[3], 1], throws: true },
    { name: "Wk with too few rows must throw", tier: "required", args: [X5, W4[0], grid(3, 4, 0.1, 1), W4[2], W4[3], 1], throws: true },
    {
      name: "ragged Wv must throw",
      tier: "robustness",
      args: [
        X5,
        W4[0],
        W4[1],
        [
          [1, 0, 0, 0],
          [0, 1, 0],
          [0, 0, 1, 0],
          [0, 0, 0, 1],
        ],
        W4[3],
        1,
      ],
      throws: true,
    },
    { name: "Wo of the wrong size must throw", tier: "required", args: [X5, W4[0], W4[1], W4[2], identity(3), 1], throws: true },
    { name: "ragged X must throw", tier: "robustness", args: [[[1, 2], [3]], identity(2), identity(2), identity(2), identity(2), 1], throws: true },
    { name: "no tokens give no rows", args: [[], identity(2), identity(2), identity(2), identity(2), 1], expected: [] },
    { name: "X with empty rows must throw", tier: "robustness", args: [[[]], [[]], [[]], [[]], [[]], 1], throws: true },
  ],
  random: {
    seed: 20261216,
    count: 25,
    // Shapes first (d_model, then a head count among its divisors), then X and the four weight
    // matrices as flat arrays cut into rows. Everything shrinks toward one token, d_model 1.
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 0, max: 5 }),
          fc.integer({ min: 0, max: 3 }),
          fc.array(
            fc.integer({ min: -20, max: 20 }).map((v) => v / 10),
            { minLength: 48, maxLength: 48 },
          ),
          fc.array(
            fc.integer({ min: -100, max: 100 }).map((v) => v / 100),
            { minLength: 256, maxLength: 256 },
          ),
        )
        .map(([n, dCode, headCode, xs, ws]) => {
          const d = [1, 2, 3, 4, 6, 8][dCode];
          const divisors = [1, 2, 3, 4, 6, 8].filter((h) => h <= d && d % h === 0);
          const heads = divisors[headCode % divisors.length];
          const rows = (flat: number[], count: number, offset: number) =>
            Array.from({ length: count }, (_, r) => flat.slice(offset + r * d, offset + r * d + d));
          return [rows(xs, n, 0), rows(ws, d, 0), rows(ws, d, 64), rows(ws, d, 128), rows(ws, d, 192), heads];
        }),
  },
});
