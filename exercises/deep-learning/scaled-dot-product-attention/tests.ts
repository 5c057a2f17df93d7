import { defineTests } from "@/lib/exercises/test-kit";
import { grid } from "../test-data";

/** Query i may attend to keys 0..i only (a decoder's causal mask). */
const causal = (n: number, m: number) => Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => j <= i));

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Shapes and the basic computation.
    {
      name: "a single key: every query returns its value",
      args: [
        [
          [1, -2],
          [0.5, 3],
          [0, 0],
        ],
        [[2, 1]],
        [[4, -1, 7]],
      ],
      expected: [
        [4, -1, 7],
        [4, -1, 7],
        [4, -1, 7],
      ],
    },
    {
      name: "identical keys: the output is the mean of the values",
      args: [
        [
          [1, 2, 3],
          [-4, 0.5, 2],
        ],
        [
          [1, 1, 1],
          [1, 1, 1],
          [1, 1, 1],
        ],
        [
          [3, 0],
          [6, -3],
          [0, 9],
        ],
      ],
      expected: [
        [3, 2],
        [3, 2],
      ],
    },
    {
      name: "a zero query attends uniformly",
      args: [
        [[0, 0]],
        [
          [5, -1],
          [-3, 2],
        ],
        [
          [1, 10],
          [3, 20],
        ],
      ],
      expected: [[2, 15]],
    },
    {
      name: "d_k = 4: scores are divided by 2",
      args: [
        [[2, 0, 0, 0]],
        [
          [2, 0, 0, 0],
          [0, 2, 0, 0],
        ],
        [
          [1, 0],
          [0, 1],
        ],
      ],
      expected: [[Math.exp(2) / (Math.exp(2) + 1), 1 / (Math.exp(2) + 1)]],
    },
    { name: "d_k = 9: scores are divided by 3", args: [grid(2, 9, 0.3, 1), grid(3, 9, 1.1, 1), grid(3, 2, 2.0, 5)] },
    { name: "more queries than keys, d_v larger than d_k", args: [grid(5, 2, 0.7, 3), grid(3, 2, 2.5, 3), grid(3, 6, 4.0, 10)] },
    { name: "more keys than queries, d_v = 1", args: [grid(2, 3, 1.9, 3), grid(7, 3, 0.2, 3), grid(7, 1, 3.1, 10)] },
    { name: "self-attention: Q = K = V", args: [grid(5, 3, 0.4, 3), grid(5, 3, 0.4, 3), grid(5, 3, 0.4, 3)] },
    {
      name: "d_k = 1 (scaling by 1)",
      args: [
        [[1.5], [-0.5]],
        [[1], [2], [-1]],
        [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
      ],
    },
    { name: "16 queries, 12 keys, d_k = 8, d_v = 8", args: [grid(16, 8, 0.9, 1.5), grid(12, 8, 2.3, 1.5), grid(12, 8, 5.5, 10)] },
    // Masks.
    { name: "causal mask: query i sees keys 0..i", args: [grid(4, 3, 1.2, 3), grid(4, 3, 2.8, 3), grid(4, 2, 0.6, 10), causal(4, 4)] },
    {
      name: "non-square mask (2 queries, 5 keys)",
      args: [
        grid(2, 4, 3.7, 3),
        grid(5, 4, 1.4, 3),
        grid(5, 3, 2.2, 10),
        [
          [true, false, true, false, true],
          [false, false, false, true, false],
        ],
      ],
    },
    {
      name: "a mask of all true changes nothing",
      args: [
        grid(3, 2, 0.5, 3),
        grid(4, 2, 1.5, 3),
        grid(4, 2, 2.5, 10),
        [
          [true, true, true, true],
          [true, true, true, true],
          [true, true, true, true],
        ],
      ],
    },
    {
      name: "a masked key with a much larger score gets no weight",
      args: [
        [[1000]],
        [[1], [-1], [-1.001]],
        [
          [100, 100],
          [1, 2],
          [3, 4],
        ],
        [[false, true, true]],
      ],
    },
    {
      name: "masked keys stay excluded when the allowed scores are very negative",
      args: [
        [[100]],
        [[-200], [-200.01], [-199.99], [0]],
        [
          [1, 0],
          [0, 1],
          [1, 1],
          [50, 50],
        ],
        [[true, true, true, false]],
      ],
    },
    // Large scores: the softmax must be shifted row by row.
    {
      name: "scores near +1000 do not overflow",
      args: [
        [[1000]],
        [[1], [0.999]],
        [
          [1, 0],
          [0, 1],
        ],
      ],
      expected: [[1 / (1 + Math.exp(-1)), 1 / (1 + Math.exp(1))]],
    },
    {
      name: "scores near -1000 do not underflow to 0/0",
      args: [
        [[-1000]],
        [[1], [1]],
        [
          [2, -4],
          [6, 8],
        ],
      ],
      expected: [[4, 2]],
    },
    {
      name: "rows with very different score ranges",
      args: [
        [[1000], [-1000]],
        [[1], [0.5]],
        [
          [1, 0],
          [0, 1],
        ],
      ],
    },
    {
      name: "scores of +1000 and -1000 in one row",
      args: [
        [[1000, 1000, 1000, 1000]],
        [
          [1, 1, 1, 1],
          [-1, -1, -1, -1],
        ],
        [
          [7, 8],
          [9, 10],
        ],
      ],
      expected: [[7, 8]],
    },
    // Bad arguments.
    {
      name: "a query whose mask excludes every key must throw",
      tier: "robustness",
      args: [
        [[1], [2]],
        [[1], [2]],
        [[1], [2]],
        [
          [true, false],
          [false, false],
        ],
      ],
      throws: true,
    },
    { name: "Q and K with different d_k must throw", tier: "required", args: [[[1, 2]], [[1, 2, 3]], [[1]]], throws: true },
    {
      name: "K and V with different numbers of rows must throw",
      tier: "required",
      args: [
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
        [[1]],
      ],
      throws: true,
    },
    { name: "a mask with the wrong number of rows must throw", tier: "required", args: [[[1], [2]], [[1], [2]], [[1], [2]], [[true, true]]], throws: true },
    {
      name: "a mask with the wrong number of columns must throw",
      tier: "required",
      args: [
        [[1], [2]],
        [[1], [2]],
        [[1], [2]],
        [[true], [true]],
      ],
      throws: true,
    },
    { name: "ragged Q must throw", tier: "robustness", args: [[[1, 2], [3]], [[1, 2]], [[1]]], throws: true },
    { name: "ragged K must throw", tier: "robustness", args: [[[1, 2]], [[1, 2], [3]], [[1], [2]]], throws: true },
    { name: "ragged V must throw", tier: "robustness", args: [[[1]], [[1], [2]], [[1, 2], [3]]], throws: true },
    { name: "no queries give no rows", args: [[], [[1]], [[1]]], expected: [] },
    { name: "no keys must throw", tier: "robustness", args: [[[1]], [], []], throws: true },
    { name: "d_k = 0 must throw", tier: "robustness", args: [[[]], [[]], [[1]]], throws: true },
  ],
  random: {
    seed: 20261209,
    count: 25,
    // Shapes first, then Q, K, V and the mask as flat arrays cut into rows. Mask entries shrink
    // toward true (key allowed); a row the mask would empty gets key i mod m allowed back.
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 8 }),
          fc.integer({ min: 1, max: 10 }),
          fc.integer({ min: 1, max: 8 }),
          fc.integer({ min: 1, max: 6 }),
          fc.boolean(),
          fc.array(
            fc.integer({ min: -6, max: 6 }).map((v) => v / 2),
            { minLength: 64, maxLength: 64 },
          ),
          fc.array(
            fc.integer({ min: -6, max: 6 }).map((v) => v / 2),
            { minLength: 80, maxLength: 80 },
          ),
          fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
            { minLength: 60, maxLength: 60 },
          ),
          fc.array(
            fc.boolean().map((hidden) => !hidden),
            { minLength: 80, maxLength: 80 },
          ),
        )
        .map(([n, m, dk, dv, masked, q, k, v, allowed]) => {
          const rows = (flat: number[], count: number, width: number) => Array.from({ length: count }, (_, r) => flat.slice(r * width, r * width + width));
          const args: [number[][], number[][], number[][], boolean[][]?] = [rows(q, n, dk), rows(k, m, dk), rows(v, m, dv)];
          if (masked) {
            const mask = Array.from({ length: n }, (_, i) => allowed.slice(i * m, i * m + m));
            for (let i = 0; i < n; i++) if (!mask[i].includes(true)) mask[i][i % m] = true;
            args[3] = mask;
          }
          return args;
        }),
  },
});
